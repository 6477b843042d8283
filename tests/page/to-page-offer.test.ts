import { readFileSync } from 'node:fs';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { canonicalPageUrl, pageOfferId } from '../../lib/page/canonical-page-url';
import type { JobPosting } from '../../lib/page/job-posting';
import { descriptionBody } from '../../lib/page/description-body';
import { toPageOffer } from '../../lib/page/to-page-offer';
import { parsePosting } from '../../lib/postings';

const posting: JobPosting = {
  title: 'Développeur·se backend',
  organization: 'Coopérative Exemple',
  location: 'Lyon, FR',
  employmentTypes: ['FULL_TIME'],
  telecommute: false,
  datePosted: '2024-03-01T09:00:00+01:00',
  validThrough: '2024-04-30',
  description: 'Un CDI à Lyon.\n\nVous travaillerez en Python et Django avec PostgreSQL. Télétravail partiel possible.',
  skills: ['Docker'],
};
const URL = 'https://jobs.example.org/offres/42';

describe('toPageOffer', () => {
  it('reads a page’s posting as an Offer', () => {
    const offer = toPageOffer(posting, URL, new Date('2024-03-10'));
    expect(offer).toMatchObject({
      id: pageOfferId(URL),
      sourceId: 'page',
      path: URL,
      url: URL,
      title: 'Développeur·se backend',
      organization: 'Coopérative Exemple',
      status: 'open',
      contract: 'CDI',
      remote: 'partial',
      location: 'Lyon, FR',
      postedAt: '2024-03-01',
      summary: 'Un CDI à Lyon.',
    });
    // "backend" in the title is the role's area, not a skill asked for.
    expect(offer).toMatchObject({ skills: ['Docker', 'Python', 'Django', 'PostgreSQL'], domains: ['Back-end'], softSkills: [] });
  });

  it('reads the organization’s own product as no skill it asks, as a posting file does', () => {
    const tchap = { ...posting, organization: 'Tchap', description: 'Faire adopter Tchap par les agents publics, avec Python.', skills: [] };
    expect(toPageOffer(tchap, URL).skills).toEqual(['Python']);
    expect(toPageOffer({ ...tchap, organization: 'DINUM' }, URL).skills).toEqual(['Tchap', 'Python']);
  });

  it('is closed once validThrough has passed', () => {
    expect(toPageOffer(posting, URL, new Date('2024-05-01')).status).toBe('closed');
  });

  it.each([
    [['CONTRACTOR'], 'freelance'],
    [['INTERN'], 'internship'],
    [['TEMPORARY'], 'CDD'],
    [['CDD'], 'CDD'],
  ] as const)('reads employmentType %j as %s', (employmentTypes, contract) => {
    expect(toPageOffer({ ...posting, employmentTypes: [...employmentTypes] }, URL).contract).toBe(contract);
  });

  it('reads TELECOMMUTE as remote: full without a place, partial with one', () => {
    expect(toPageOffer({ ...posting, telecommute: true, location: undefined }, URL).remote).toBe('full');
    expect(toPageOffer({ ...posting, telecommute: true }, URL).remote).toBe('partial');
  });
});

describe('a page’s description, read as a posting file’s body', () => {
  const declaring = (description: string): JobPosting => ({ ...posting, skills: [], description });

  it('leaves out the sections presenting the organization, its team or how to apply, in HTML as in Markdown', () => {
    // On one line, as pages declare it; headings as h2, with markup inside, or as a paragraph in bold.
    const description = [
      '<p>Fiche de poste</p>',
      '<h2>Le Contexte : La Fabrique Numérique</h2><p>La Fabrique héberge ses services avec Docker et Kubernetes.</p>',
      '<h2>Le Poste</h2><p>Vous développerez en TypeScript avec Angular.</p>',
      '<p><strong>About Acme:</strong></p><p>Acme builds its tools with Ruby on Rails.</p>',
      '<h2><strong>Candidater</strong></h2><p>Vos références (GitHub, GitLab).</p>',
    ].join('');
    const offer = toPageOffer(declaring(description), URL);
    expect(offer.skills).toEqual(['TypeScript', 'Angular']);
    // The body is Markdown, as a posting file's: its headings stay headings.
    expect(offer.body).toBe([
      'Fiche de poste', '## Le Contexte : La Fabrique Numérique', 'La Fabrique héberge ses services avec Docker et Kubernetes.',
      '## Le Poste', 'Vous développerez en TypeScript avec Angular.', '**About Acme:**', 'Acme builds its tools with Ruby on Rails.',
      '## Candidater', 'Vos références (GitHub, GitLab).',
    ].join('\n\n'));
  });

  it('reads the skills a posting file’s reader reads, on a page that declares that file’s text (DomiFa)', () => {
    const file = readFileSync(new globalThis.URL('../../../shared/fixtures/beta.gouv.fr-jobs/2022-09-25-domifa-developpeur-fullstack.md', import.meta.url), 'utf8');
    const html = marked.parse(file.split(/^---$/m).slice(2).join('---')) as string;
    const fromFile = parsePosting(file, { path: 'domifa.md', sourceId: 'beta' }).skills;
    for (const description of [html, html.replaceAll('\n', '')]) {
      const { skills } = toPageOffer(declaring(description), URL);
      expect(skills).toEqual(fromFile);
      // "Le Contexte: La Fabrique Numérique" presents the organization's platform, not the job.
      for (const context of ['Docker', 'Git', 'Cloud computing', 'SRE']) expect(skills).not.toContain(context);
      expect(skills).toEqual(expect.arrayContaining(['TypeScript', 'Angular', 'NestJS', 'PostgreSQL']));
    }
  });

  it('reads markup escaped once more, lists, entities, and text a paragraph per line; never a script’s text', () => {
    expect(descriptionBody('&lt;p&gt;Échappé&lt;/p&gt;&lt;p&gt;Deuxième&lt;/p&gt;')).toBe('Échappé\n\nDeuxième');
    expect(descriptionBody('<p>Vous ferez&nbsp;: <em>du</em> <a href="x">Python</a></p><ul><li>Django</li><li>Docker</li></ul><script>alert(1)</script>'))
      .toBe('Vous ferez : du Python\n\n- Django\n\n- Docker');
    expect(descriptionBody('  Ligne un  \nLigne deux\n\n\nD&eacute;but  ')).toBe('Ligne un\n\nLigne deux\n\nDébut');
    // A heading too long to be read as one still ends its line.
    const long = 'Mot '.repeat(100).trim();
    expect(descriptionBody(`<h2>${long}</h2>Vous ferez du Python.`)).toBe(`${long}\n\nVous ferez du Python.`);
  });

  it('reads a paragraph in bold alone as a heading, its colon inside or after, and a page’s runs of spaces in time', () => {
    expect(descriptionBody('<p><b>About Acme</b> : </p><p>Ruby.</p>')).toBe('**About Acme**:\n\nRuby.');
    expect(descriptionBody('<p> <strong>Profil :</strong></p><p>Go.</p>')).toBe('**Profil :**\n\nGo.');
    // 100,000 spaces a page declares after a bold start: two runs of spaces side by side in the pattern took 4 s at 50,000.
    const started = performance.now();
    expect(descriptionBody(`<p><b>About Acme</b>${' '.repeat(99_000)}x`)).toBe('About Acme x');
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('frees the title, organization and declared skills of the markup and entities pages leave in them', () => {
    const offer = toPageOffer({ ...posting, title: 'Développeuse &amp; développeur <b>Python</b>', organization: '<strong>Mairie</strong> de Lyon', skills: ['<i>Figma</i>'] }, URL);
    expect(offer).toMatchObject({ title: 'Développeuse & développeur Python', organization: 'Mairie de Lyon' });
    expect(offer.skills[0]).toBe('Figma');
  });
});

describe('canonicalPageUrl', () => {
  it.each([
    ['https://Jobs.Example.org/offres/42/#apply', 'https://jobs.example.org/offres/42'],
    ['https://jobs.example.org/offres/42?utm_source=x&id=3&fbclid=y', 'https://jobs.example.org/offres/42?id=3'],
    ['https://jobs.example.org/offres/42?utm_medium=mail', 'https://jobs.example.org/offres/42'],
    ['http://jobs.example.org:80/', 'http://jobs.example.org/'],
  ])('%s → %s', (input, canonical) => {
    expect(canonicalPageUrl(input)).toBe(canonical);
  });

  it('refuses what is not a web page', () => {
    expect(canonicalPageUrl('javascript:alert(1)')).toBeUndefined();
    expect(canonicalPageUrl('pas une adresse')).toBeUndefined();
  });

  it('gives one page one id', () => {
    expect(pageOfferId(canonicalPageUrl('https://a.org/x?utm_campaign=1')!)).toBe(pageOfferId(canonicalPageUrl('https://a.org/x/')!));
    expect(pageOfferId('https://a.org/x')).toMatch(/^page:[0-9a-f]{14}$/);
  });
});
