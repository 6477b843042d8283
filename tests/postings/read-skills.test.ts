import { describe, expect, it } from 'vitest';
import { readSkills } from '../../lib/postings/read-skills';

describe('readSkills', () => {
  it('reads no skill in the part presenting the organization: what it does is not what the job asks', () => {
    const text = [
      'Développeur·se Python',
      '# À propos de nous',
      'Nos chantiers vont de la datavisualisation aux bases de données, en passant par le design UX/UI.',
      '# Profil recherché',
      'Python, Django et PostgreSQL.',
    ].join('\n');
    expect(readSkills([], text).skills).toEqual(['Python', 'Django', 'PostgreSQL']);
  });

  it('still reads the skills a body names outside such parts, and those the front matter declares', () => {
    expect(readSkills(['React'], '## Contexte\nLe service est écrit en Django.\n## Candidater\nÉcrivez-nous.').skills).toEqual(['React', 'Django']);
  });
});
