import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePostingAt } from '../../lib/postings/parse-posting';

const JOBS = path.resolve(__dirname, '../../../shared/fixtures/beta.gouv.fr-jobs');
const NOW = new Date('2024-09-01T00:00:00Z');

/**
 * beta.gouv.fr's `techno` key, as each real posting writes it (a YAML list, or prose: "React,
 * NodeJS, Go, Docker", "Python et JavaScript", "Svelte / Svelte-kit"), and the skills it names,
 * written out by hand: the taxonomy must know each spelling, and a team that lets the recruit
 * choose ("Choix libre") names none.
 */
const DECLARED: Array<[file: string, techno: string, skills: string[]]> = [
  ['2017-03-16-developpeur-data-gouv-js.md', 'JavaScript', ['JavaScript']],
  ['2017-05-04-developpeurs-drones.md', 'Python et JavaScript', ['Python', 'JavaScript']],
  ['2018-07-16-dev-civil-de-la-defense.md', 'Choix technologiques ouverts parmi les solutions libres du marché.', []],
  ['2018-10-16-dev-full-stack.md', 'Choix libre', []],
  ['2020-04-02-dev-CDD-fabrique-numerique-def.md', 'JavaScript', ['JavaScript']],
  ['2020-06-01-trackdechets-full-stack.md', 'React, NodeJS, Go, Docker', ['React', 'Node.js', 'Go', 'Docker']],
  ['2020-07-30-Potentiel-dev-fullstack.md', 'javascript', ['JavaScript']],
  ['2021-06-30-etalab-geo.md', 'NodeJS, Python', ['Node.js', 'Python']],
  [
    '2021-11-19-dev-carnet-de-bord.md',
    'Svelte / Svelte-kit, Hasura, PostgreSQL, HTML, CSS, JavaScript, Tailwind, Docker, Docker Compose, PaaS, Github Actions',
    ['Svelte', 'SvelteKit', 'Hasura', 'PostgreSQL', 'HTML', 'CSS', 'JavaScript', 'Tailwind CSS', 'Docker', 'Docker Compose', 'PaaS', 'GitHub Actions'],
  ],
  ['2022-06-01-developpeuse.principale.-.developpeur.principal.md', 'Python, Flask, Celery', ['Python', 'Flask', 'Celery']],
  ['2022-09-25-domifa-developpeur-fullstack.md', 'TypeScript', ['TypeScript']],
];

function read(file: string) {
  return parsePostingAt(readFileSync(path.join(JOBS, file)), { path: file }, NOW);
}

describe('skills declared by beta.gouv.fr postings (`techno`)', () => {
  it.each(DECLARED)('%s: its `techno` is still what the table says', (file, techno) => {
    const declared = read(file).frontMatter.techno;
    expect(Array.isArray(declared) ? declared.join(', ') : declared).toBe(techno);
  });

  it.each(DECLARED)('%s: comes first among its skills, by the taxonomy’s names', (file, techno, skills) => {
    const offer = read(file);
    expect(offer.skills.slice(0, skills.length)).toEqual(skills);
    // No piece of the sentence ("Choix libre") kept as a skill of its own.
    if (skills.length === 0) expect(offer.skills.filter((skill) => techno.includes(skill))).toEqual([]);
  });
});

describe('roles in beta.gouv.fr postings', () => {
  it('reads a Product Owner posting without its title among its domains', () => {
    const offer = read('2022-01-26-un-e.gestionnaire.de.produit.product.owner.md');
    // The title says "Product Owner" and the body "PO" in a product team: a role, not a field.
    expect(offer.title).toContain('Product Owner');
    expect([...offer.skills, ...offer.domains, ...offer.softSkills]).not.toContain('Product Owner');
    expect(offer.domains).toContain('Gestion de produit');
  });
});
