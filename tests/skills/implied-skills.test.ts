import { describe, expect, it } from 'vitest';
import { impliedSkills } from '../../lib/skills';

describe('impliedSkills', () => {
  it.each([
    ['Django', ['Python']],
    ['django', ['Python']],
    ['Symfony', ['PHP']],
    ['Ruby on Rails', ['Ruby']],
    ['Spring', ['Java']],
    ['Vue.js', ['JavaScript']],
    ['Django REST Framework', ['Django', 'Python']],
    ['Next.js', ['React', 'JavaScript']],
    ['NestJS', ['Node.js', 'TypeScript', 'JavaScript']],
  ])('%s implies %j, nearest first, each once', (skill, implied) => {
    expect(impliedSkills(skill)).toEqual(implied);
  });

  it.each(['Python', 'Figma', 'Logement', 'Tricot'])('%s implies nothing', (skill) => {
    expect(impliedSkills(skill)).toEqual([]);
  });
});
