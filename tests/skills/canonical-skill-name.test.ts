import { describe, expect, it } from 'vitest';
import { SKILLS, canonicalSkillName } from '../../lib/skills';

describe('canonicalSkillName', () => {
  it.each([
    ['postgres', 'PostgreSQL'],
    ['VueJS', 'Vue.js'],
    ['vue', 'Vue.js'],
    ['js', 'JavaScript'],
    ['  Node JS ', 'Node.js'],
    ['rgaa', 'Accessibilité numérique'],
    ['ACCESSIBILITE', 'Accessibilité numérique'],
    ['Go', 'Go'],
    ['golang', 'Go'],
    ['développement   web', 'Développement web'],
    ['appel d’offres', 'Marchés publics'],
    ['ui', 'UI design'],
  ])('%s → %s', (input, name) => {
    expect(canonicalSkillName(input)).toBe(name);
  });

  it.each(['', 'Choix libre', 'Python Django', 'basket-ball'])('knows no skill called "%s"', (input) => {
    expect(canonicalSkillName(input)).toBeUndefined();
  });

  it('resolves every spelling of the taxonomy to its skill', () => {
    const wrong = SKILLS.flatMap((skill) =>
      [skill.name, ...skill.aliases].filter((spelling) => canonicalSkillName(spelling) !== skill.name),
    );
    expect(wrong).toEqual([]);
  });
});
