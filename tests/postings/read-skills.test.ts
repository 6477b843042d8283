import { describe, expect, it } from 'vitest';
import { readSkills } from '../../lib/postings/read-skills';

describe('readSkills', () => {
  it('reads no skill in the part presenting the organization: what it does is not what the job asks', () => {
    const body = [
      '# À propos de nous',
      'Nos chantiers vont de la datavisualisation aux bases de données, en passant par le design UX/UI.',
      '# Profil recherché',
      'Python, Django et PostgreSQL.',
    ].join('\n');
    expect(readSkills([], 'Développeur·se Python', body).skills).toEqual(['Python', 'Django', 'PostgreSQL']);
  });

  it('still reads the skills a body names outside such parts, and those the front matter declares', () => {
    expect(readSkills(['React'], 'Développeur', '## Contexte\nLe service est écrit en Django.\n## Candidater\nÉcrivez-nous.').skills).toEqual(['React', 'Django']);
  });

  it('reads no skill in a part presenting the organization under a heading in bold or in HTML', () => {
    const about = 'Nos équipes travaillent en Java et en Angular.';
    expect(readSkills([], 'Dev', `**Qui sommes-nous ?**\n\n${about}\n\n## Profil\n\nPython.`).skills).toEqual(['Python']);
    expect(readSkills([], 'Dev', `<p><strong>Skills:</strong></p>\n<ul><li>Python</li></ul>\n<p><strong>About us</strong></p>\n<p>${about}</p>`).skills).toEqual(['Python']);
    expect(readSkills([], 'Dev', `<h2>About Acme</h2>\n<p>${about}</p>\n<h2>The role</h2>\n<p>Python.</p>`).skills).toEqual(['Python']);
  });

  it('reads no skill in a context section that names the organization it presents, but does in a bare one', () => {
    const incubator = 'L’incubateur offre un contexte basé sur Docker et Git.';
    expect(readSkills([], 'Dev', `## Le Contexte : La Fabrique Numérique\n\n${incubator}\n\n## Le Poste\n\nTypeScript.`).skills).toEqual(['TypeScript']);
    expect(readSkills([], 'Dev', `## Contexte\n\n${incubator}\n\n## Le Poste\n\nTypeScript.`).skills).toEqual(['Docker', 'Git', 'TypeScript']);
  });
});
