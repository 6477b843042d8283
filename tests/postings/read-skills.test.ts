import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../lib/postings/read-front-matter';
import { readSkills } from '../../lib/postings/read-skills';
import { toAnalysisText } from '../../lib/postings/markdown-to-text';
import { extractSkills } from '../../lib/skills';
import { withoutUnaskedPhrases } from '../../lib/skills/not-asked';
import { skillEvidence } from '../../lib/skills/skill-evidence';
import { sortByKind } from '../../lib/skills/sort-by-kind';
import { splitBody } from '../../lib/text/body-sections';

const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));

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

  it('reads no skill in the name of the program a posting speaks of as itself ("FedRAMP’s policies"), unless listed among skills asked', () => {
    const about = 'FedRAMP’s Cyber Data Analyst will shape FedRAMP’s policies and bring AI, machine learning and data analysis to FedRAMP’s needs.';
    expect(readSkills([], 'FedRAMP Cyber Data Analyst', `${about}\nYou analyze data in Python and R.`).skills).not.toContain('FedRAMP');
    expect(readSkills([], 'FedRAMP Director', `${about}\nApplying compliance frameworks, such as FedRAMP, FISMA, SOC2 or ISO 27001.`).skills).toContain('FedRAMP');
    // Said once so, it may be the seeker's skill: "Django's ORM".
    expect(readSkills([], 'Backend developer', 'You know Django’s ORM well.').skills).toContain('Django');
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

  it('leaves out a roster and a title in capitals that hold a skill, and keeps the skills asked beside them', () => {
    const body = ['DÉVELOPPEUR PYTHON', '', '## L’équipe actuelle du produit', '', '## Le poste', '* Product Manager : Agathe Latreille', '- 2 développeurs, en React', 'Vous coderez en TypeScript.'].join('\n');
    expect(readSkills([], 'Dev', body).skills).toEqual(['React', 'TypeScript']);
  });

  it('reads what skill evidence of the whole text reads, on every posting of the shared folders', () => {
    // The rules that leave lines out run only where a skill is found (see skillsAsked): the same
    // skills, in the same order, as running them on every line and searching the text they leave.
    const folders = ['seeds', ...readdirSync(`${SHARED}fixtures`).map((publisher) => `fixtures/${publisher}`)];
    const bodies = folders.flatMap((folder) =>
      readdirSync(`${SHARED}${folder}`).map((name) => readFrontMatter(readFileSync(`${SHARED}${folder}/${name}`, 'utf8').replace(/\r\n?/g, '\n'), name).body),
    );
    expect(bodies.length).toBeGreaterThan(100);
    let blanked = 0;
    for (const body of bodies) {
      const text = withoutUnaskedPhrases(`Poste\n${toAnalysisText(splitBody(body).job)}`);
      const evidence = skillEvidence(text);
      if (evidence !== text) blanked++;
      // A program the posting speaks of as itself, by possessives ("FedRAMP’s policies"), is left out
      // on both sides: readSkills keeps it only where listed among skills, tested apart.
      const isOwnProgram = (name: string) => (text.match(new RegExp(String.raw`${name.replace(/[.*+?^${}()|[\]\\]/g, String.raw`\$&`)}['’]s\b`, 'g'))?.length ?? 0) >= 2;
      const expected = sortByKind(extractSkills(evidence).map((match) => match.name).filter((name) => !isOwnProgram(name)));
      const { skills, domains, softSkills } = readSkills([], 'Poste', body);
      expect({ skills: skills.filter((name) => !isOwnProgram(name)), domains, softSkills }).toEqual(expected);
    }
    expect(blanked).toBeGreaterThan(20);
  });
});
