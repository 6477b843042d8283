import { describe, expect, it } from 'vitest';
import { asideTexts, paintedSkills } from '../../lib/page/painted-skills';
import { scoreMatch } from '../../lib/skills/score-match';

describe('paintedSkills', () => {
  it('paints as missing every member of a list of which one will do that the seeker holds none of, as the card lists it', () => {
    // "Au moins un framework front (React, Vue ou Svelte)", and Docker asked: a Python developer lacks both.
    const match = scoreMatch({ skills: ['Python', 'React', 'Vue.js', 'Svelte', 'Docker'], skillGroups: [['React', 'Vue.js', 'Svelte']] }, ['Python']);
    expect(paintedSkills(match)).toEqual({ held: ['Python'], missing: ['Docker', 'React', 'Vue.js', 'Svelte'] });
  });

  it('paints the member the seeker has of a list they hold, and none of its others as missing', () => {
    const match = scoreMatch({ skills: ['Django', 'Rails', 'PostgreSQL'], skillGroups: [['Django', 'Rails']] }, ['Django']);
    expect(paintedSkills(match)).toEqual({ held: ['Django'], missing: ['PostgreSQL'] });
  });

  it('paints an optional skill only when the seeker has it, and a skill held through another as held', () => {
    // "Elm est un plus", "Kafka est un plus"; a Django developer has Python.
    const match = scoreMatch({ skills: ['Python', 'Elm', 'Kafka'], optionalSkills: ['Elm', 'Kafka'] }, ['Django', 'Elm']);
    expect(paintedSkills(match)).toEqual({ held: ['Python', 'Elm'], missing: [] });
  });

  it('paints none of the seeker’s skills the posting does not ask for', () => {
    expect(paintedSkills(scoreMatch({ skills: ['Figma'] }, ['Python', 'Figma']))).toEqual({ held: ['Figma'], missing: [] });
  });

  it('gives the texts of the parts the posting reading leaves out, as a page shows them: each paragraph, spaces collapsed, and each line, without its Markdown marks', () => {
    const body = [
      '## La mission', 'Du **Python**.', '',
      '## Qui sommes-nous ?', '', 'Nous codons en [Rust](https://rust-lang.org) et', 'en Go.', '',
      '- Fabien : Data scientist', '- 2 développeurs', '',
      '## About us', 'We build **Docker** images.',
    ].join('\n');
    expect(asideTexts(body)).toEqual([
      'Qui sommes-nous ?', 'Nous codons en Rust et en Go.', 'Nous codons en Rust et', 'en Go.',
      'Fabien : Data scientist 2 développeurs', 'Fabien : Data scientist', '2 développeurs', 'About us We build Docker images.', 'About us', 'We build Docker images.',
    ]);
    expect(asideTexts('## Profil\nDu Python.')).toEqual([]);
  });

  it('leaves out a text the job’s part holds too: a page block reading only "Python" may be the job’s own', () => {
    const body = '## Compétences\n\n- Python\n- Docker\n\n## Qui sommes-nous ?\n\nNotre stack :\n\n- Python\n- Rust\n';
    const texts = asideTexts(body);
    expect(texts).toContain('Rust');
    expect(texts).not.toContain('Python');
  });
});
