import { describe, expect, it } from 'vitest';
import { PostingError, parsePosting } from '../../lib/postings';
import { parsePostingAt } from '../../lib/postings/parse-posting';
import type { Offer } from '../../lib/postings/types';
import { asText, fixtureFiles, readSeed, seedFiles } from './support/shared-files';

const AUGUST_2024 = new Date('2024-08-01T12:00:00Z');
const encoder = new TextEncoder();

function parseSeed(name: string): Offer {
  return parsePostingAt(readSeed(name), { path: name, sourceId: 'seeds' }, AUGUST_2024);
}

describe('parsePosting on the seeds', () => {
  it.each([
    {
      seed: '000_2e6741c25371631c.txt',
      title: 'Directrice / Directeur technique',
      organization: 'multi.coop',
      status: 'open',
      contract: 'CDI',
      remote: 'full',
      location: 'Paris',
      skills: ['Python', 'Flask', 'FastAPI', 'JavaScript', 'Vue.js', 'PostgreSQL', 'Docker', 'Ansible'],
    },
    {
      seed: '001_c65881e23b54bc96.txt',
      // "Data.gouv.fr recrute un ou une développeuse fullstack": the position, without who recruits.
      title: 'Un ou une développeuse fullstack',
      organization: 'data.gouv.fr',
      status: 'closed',
      contract: 'freelance',
      remote: 'partial',
      location: 'Paris',
      skills: ['JavaScript', 'Vue.js', 'Python', 'Flask'],
    },
    {
      seed: '002_b4afecc8f90f2003.txt',
      title: 'Une développeuse ou un développeur full stack expérimenté(e)',
      organization: 'metiers.numerique.gouv.fr',
      status: 'open',
      contract: 'freelance',
      remote: 'full',
      // "Les membres de l’équipe sont à Paris mais il est tout à fait possible de télétravailler
      // depuis n'importe où": the team's city, not the job's (the labels accept both).
      location: undefined,
      skills: ['Node.js', 'React', 'TypeScript', 'GraphQL', 'PostgreSQL', 'Docker'],
    },
    {
      seed: '003_b3b5b53559b6bef6.txt',
      title: 'Tech Lead',
      // `startup` lists the incubator's products; the body names the lab that hires.
      organization: 'Laboratoire d’innovation du Ministère de l’Intérieur',
      status: 'open',
      contract: 'CDD',
      remote: 'partial',
      location: 'Paris',
      skills: ['Vue.js', 'Node.js', 'MongoDB', 'Docker', 'Python', 'Java', 'PHP'],
    },
    {
      seed: '004_b838c80371b2b049.txt',
      title: 'Chargé·e de communautés et de contributions logiciels libres - CDD 3 ans renouvelable H/F',
      // Only its body names it: "L'entité que vous intégrerez est la Direction interministérielle du numérique".
      organization: 'DINUM',
      status: 'unknown',
      contract: 'CDD',
      remote: 'partial',
      location: 'Paris',
      skills: ['Git'],
    },
  ])('$seed: $title', ({ seed, skills, ...expected }) => {
    const offer = parseSeed(seed);
    expect(offer).toMatchObject(expected);
    expect(offer.organization).toBe(expected.organization);
    expect(offer.skills).toEqual(expect.arrayContaining(skills));
  });

  it.each([
    ['<b>Coop</b> <img src=x onerror=alert(1)>des Communs', 'Coop des Communs'],
    ['**Coop** &amp; _Fils_', 'Coop & Fils'],
    ['<a href="javascript:alert(1)">DINUM</a>', 'DINUM'],
  ])('shows an organization written as %s as its text, as titles are', (organization, shown) => {
    const offer = parsePosting(encoder.encode(`---\ntitle: Dev\norganization: '${organization}'\n---\n\nTexte.\n`), { path: 'a.md' });
    expect(offer.organization).toBe(shown);
  });

  it('reads the multi.coop conventions of seed 000', () => {
    const offer = parseSeed('000_2e6741c25371631c.txt');
    expect(offer).toMatchObject({ postedAt: '2022-01-01', startsAt: '2022-01-01', tags: ['dev', 'CTO'], contact: 'mailto:contact@multi.coop' });
    expect(offer.summary).toMatch(/^Vous avez envie de rejoindre une coopérative du numérique d'intérêt général et de proposer une vision pour de la R&D open source \? 🦄 Nous cherchons/);
    expect(offer.summary.length).toBeLessThanOrEqual(300);
    expect(offer.summary).not.toMatch(/<|&nbsp;|\*\*/);
  });

  it('repairs seed 001, damaged by a Mac Roman reading, and says so', () => {
    const offer = parseSeed('001_c65881e23b54bc96.txt');
    expect(offer.warnings.map((warning) => warning.code)).toEqual(['mojibake-repaired']);
    expect(offer.frontMatter).toMatchObject({ roles: 'un·e développeur·se fullstack', techno: ['JS', 'VueJS', 'Python'], open: false });
    expect(offer.body).toContain('**Travail à distance** — Le travail à distance est... la norme dans le contexte actuel 🤷🏽‍♀️.');
    expect(offer.body).not.toMatch(/√|¬|‚Ä/);
    expect(offer.summary).toBe(
      "data.gouv.fr cherche une développeuse ou un développeur fullstack qui s'intéresse aux données ouvertes et à l'open source, pour une mission de longue durée en freelance.",
    );
    expect(offer.contact).toBe('mailto:candidatures@data.gouv.fr');
  });

  it('derives the title of seed 002 from its role and reads its daily rate', () => {
    const offer = parseSeed('002_b4afecc8f90f2003.txt');
    expect(offer.warnings.map((warning) => warning.code)).toEqual(['title-derived']);
    expect(offer.salary).toMatchObject({ min: 550, max: 650, unit: 'day', currency: 'EUR' });
    expect(offer.salary?.text).toContain('entre 550 et 650 euros / jour');
    expect(offer.startsAt).toBeUndefined();
    expect(offer.contact).toBe('mailto:recrutement@beta.gouv.fr');
  });

  it('reads the "Informations générales" list of seed 003', () => {
    const offer = parseSeed('003_b3b5b53559b6bef6.txt');
    expect(offer).toMatchObject({ startsAt: '2021-07-01', contact: 'mailto:stephane.ritter@interieur.gouv.fr' });
  });

  it('reads everything of seed 004 (title and layout only) from its body', () => {
    const offer = parseSeed('004_b838c80371b2b049.txt');
    expect(offer.frontMatter).toEqual({ title: offer.title, layout: 'layouts/page.njk' });
    expect(offer).toMatchObject({
      contact: 'mailto:candidatures-DINUM@pm.gouv.fr',
      summary: "Le pôle logiciels libres recherche un·e chargé·e de communautés et de contributions logiciels libres, c'est peut-être vous ?",
    });
    expect(offer.warnings).toEqual([]);
  });
});

describe('parsePosting on every seed and fixture', () => {
  const files = [...seedFiles(), ...fixtureFiles()];

  it.each(files.map((file) => [file.path, file] as const))('%s parses, with a title', (_path, file) => {
    const offer = parsePosting(file.bytes, { path: file.path, sourceId: file.sourceId });
    expect(offer.title.trim()).not.toBe('');
    expect(offer.id).toBe(`${file.sourceId}:${file.path}`);
    expect(offer.contentHash).toMatch(/^[0-9a-f]{14}$/);
    expect(JSON.parse(JSON.stringify(offer.frontMatter))).toEqual(offer.frontMatter);
    expect(offer.body).not.toMatch(/^---/);
  });

  it('gives the same offer for the bytes and the decoded string', () => {
    for (const file of files) {
      const context = { path: file.path, sourceId: file.sourceId };
      expect(parsePostingAt(asText(file.bytes), context, AUGUST_2024)).toEqual(parsePostingAt(file.bytes, context, AUGUST_2024));
    }
  });

  it('reads the beta.gouv.fr fixtures as closed (all have open: false) and the multi.coop ones as open', () => {
    const offers = fixtureFiles().map((file) => parsePostingAt(file.bytes, { path: file.path, sourceId: file.sourceId }, AUGUST_2024));
    expect(offers.filter((offer) => offer.path.startsWith('content/_jobs/')).every((offer) => offer.status === 'closed')).toBe(true);
    expect(offers.filter((offer) => offer.path.startsWith('texts/')).map((offer) => offer.status)).toEqual(['open', 'open']);
  });
});

describe('parsePosting on beta.gouv.fr files', () => {
  const betaGouv = { path: 'content/_jobs/2021-06-30-etalab-geo.md', url: 'https://github.com/betagouv/beta.gouv.fr/blob/master/content/_jobs/2021-06-30-etalab-geo.md', sourceId: 'src-1' };

  it('derives the page URL from the Jekyll file name', () => {
    const offer = parsePosting('---\nroles: un·e dev\nstartup: etalab\n---\n\nTexte.', betaGouv);
    expect(offer.url).toBe('https://beta.gouv.fr/recrutement/2021/06/30/etalab-geo.html');
    expect(offer.postedAt).toBe('2021-06-30');
  });

  it('takes a title from the role key as it reads any title: one line, no invisible controls, at most 200 characters', () => {
    const hiresNoPosition = "title: Tchap recrute une équipe pour développer l'usage de son produit";
    const long = parsePosting(`---\n${hiresNoPosition}\nroles: ${'a'.repeat(1000)}\n---\nTexte.`, betaGouv);
    expect(long.title.length).toBeLessThanOrEqual(200);
    expect(long.title.endsWith('…')).toBe(true);
    const hidden = parsePosting(`---\n${hiresNoPosition}\nroles: "Chargé\u202Ee de déploiement"\n---\nTexte.`, betaGouv);
    expect(hidden.title).toBe('Chargée de déploiement');
  });

  it('prefers the partner page of a "friend" posting', () => {
    const offer = parsePosting('---\nrole: PM\nexternalUrl: https://incubateur.anct.gouv.fr/recrutement/dev-sit\n---\nTexte.', betaGouv);
    expect(offer.url).toBe('https://incubateur.anct.gouv.fr/recrutement/dev-sit');
  });

  it('keeps the file URL for other repositories, and never a javascript: URL', () => {
    const context = { path: 'jobs/2021-06-30-dev.md', url: 'https://gitlab.com/org/jobs/-/blob/main/jobs/2021-06-30-dev.md' };
    expect(parsePosting('# Dev\n', context).url).toBe(context.url);
    const unsafe = parsePosting('---\ntitle: Dev\nexternalURL: "javascript:alert(1)"\n---\n', { path: 'a.md', url: 'javascript:alert(2)' });
    expect(unsafe.url).toBeUndefined();
    expect(unsafe.warnings.map((warning) => warning.code)).toContain('field-ignored');
  });

  it.each([
    // beta.gouv.fr's site lists a posting from `open` alone: it decides over every other key.
    { case: 'open: true wins over filled', frontMatter: 'open: true\nposte_pourvu: true', status: 'open' },
    { case: 'filled', frontMatter: 'status: open\nposte_pourvu: true', status: 'closed' },
    { case: 'closing date passed', frontMatter: 'status: open\nposte_ferme: 2022-02-22T23:00:00.000Z', status: 'closed' },
    { case: 'closing date to come', frontMatter: 'status: open\nposte_ferme: 2025-03-01', status: 'open' },
    { case: 'open: true wins over an unpublishing date', frontMatter: 'open: true\ndepublication_date: 2022-06-10T13:28:13.121Z', status: 'open' },
    { case: 'unpublished', frontMatter: 'depublication_date: 2022-06-10T13:28:13.121Z', status: 'closed' },
    { case: 'open: false wins over status: open', frontMatter: 'status: open\nopen: false\nposte_ferme: 2025-03-01', status: 'closed' },
    { case: 'open as a word', frontMatter: 'open: "oui"', status: 'open' },
    { case: 'multi.coop job_status', frontMatter: 'job_status: [ open, urgent ]', status: 'open' },
    { case: 'multi.coop closed', frontMatter: 'job_status: [ closed ]', status: 'closed' },
    { case: 'nothing said', frontMatter: 'roles: dev', status: 'unknown' },
    { case: 'a date that is not a date', frontMatter: 'open: true\nposte_ferme: bientôt', status: 'open' },
  ])('status: $case → $status', ({ frontMatter, status }) => {
    const offer = parsePostingAt(`---\ntitle: Dev\n${frontMatter}\n---\nTexte.`, { path: 'job.md' }, AUGUST_2024);
    expect(offer.status).toBe(status);
  });
});

describe('parsePosting on unusual but valid files', () => {
  it('accepts a BOM and CRLF line ends', () => {
    const offer = parsePosting(encoder.encode('\uFEFF---\r\ntitle: Dev\r\ncontrat: CDI\r\n---\r\n\r\nBonjour.\r\n'), { path: 'a.md' });
    expect(offer).toMatchObject({ title: 'Dev', contract: 'CDI', summary: 'Bonjour.', warnings: [] });
    expect(offer.body).toBe('\nBonjour.\n');
  });

  it('reads windows-1252 bytes, with a warning', () => {
    const bytes = Uint8Array.from([...encoder.encode('---\ntitle: D'), 0xe9, ...encoder.encode('veloppeuse\n---\nPoste '), 0xe0, ...encoder.encode(' Paris.\n')]);
    const offer = parsePosting(bytes, { path: 'a.md' });
    expect(offer.title).toBe('Développeuse');
    expect(offer.body).toBe('Poste à Paris.\n');
    expect(offer.warnings.map((warning) => warning.code)).toEqual(['latin1-decoded']);
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const text = '# Développeuse\nÀ Lyon.';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let index = 0; index < text.length; index++) bytes[2 + index * 2] = text.charCodeAt(index);
    expect(parsePosting(bytes, { path: 'a.md' })).toMatchObject({ title: 'Développeuse', location: 'Lyon' });
  });

  it('reads no place in the body of a fully remote job: the city it names is the team’s or its meetings', () => {
    const team = 'L’équipe est majoritairement basée en région parisienne.';
    expect(parsePosting(`---\ntitle: Bizdev\n---\n\n${team}\n\n* Poste en télétravail`, { path: 'a.md' })).toMatchObject({ remote: 'full', location: undefined });
    expect(parsePosting(`---\ntitle: Bizdev\n---\n\n${team}\n\n* 2 jours de télétravail`, { path: 'a.md' })).toMatchObject({ remote: 'partial', location: 'Paris' });
    // A place the posting declares stays.
    expect(parsePosting(`---\ntitle: Bizdev\nlocation: Nantes\n---\n\n${team}\n\n* Poste en télétravail`, { path: 'a.md' })).toMatchObject({ location: 'Nantes' });
  });

  it('reads a Markdown file without front matter when it has a heading', () => {
    const offer = parsePosting('# Stage développeur·se\n\nÀ Nantes, 2 jours de télétravail.', { path: 'stage.md' });
    expect(offer).toMatchObject({ title: 'Stage développeur·se', contract: 'internship', remote: 'partial', location: 'Nantes', status: 'unknown' });
    expect(offer.warnings.map((warning) => warning.code)).toEqual(['title-derived']);
  });

  it('survives values of the wrong type', () => {
    const offer = parsePosting(
      '---\ntitle: [ "Dev", "ignored" ]\nstartup: { name: x }\ncontrat: 42\ntechno: { a: 1 }\ntags: Python\nopen: [ yes ]\ndate: pas une date\ncontact: [ 12 ]\n---\nTexte.',
      { path: 'a.md' },
    );
    // A map under an organization key is read as schema.org's `hiringOrganization: { name: … }`.
    expect(offer).toMatchObject({ title: 'Dev', organization: 'x', contract: 'unknown', tags: ['Python'], postedAt: undefined, contact: undefined });
  });

  it('takes the title from the first heading, then the file name', () => {
    expect(parsePosting('---\nlayout: page\n---\nIntro.\n\n## Chef·fe de projet\n', { path: 'a.md' }).title).toBe('Chef·fe de projet');
    expect(parsePosting('---\nlayout: page\n---\n', { path: 'jobs/2022-01-07-PM-incubateur.md' }).title).toBe('PM incubateur');
  });

  it('has a stable id and a content hash that follows the text', () => {
    const first = parsePosting('# A\n', { path: 'a.md', sourceId: 's' });
    const second = parsePosting('# A\n', { path: 'a.md', sourceId: 's' });
    const changed = parsePosting('# B\n', { path: 'a.md', sourceId: 's' });
    expect(first.id).toBe('s:a.md');
    expect(parsePosting('# A\n', { path: 'a.md' }).id).toBe(':a.md');
    expect(second.contentHash).toBe(first.contentHash);
    expect(changed.contentHash).not.toBe(first.contentHash);
    expect(changed.id).toBe(first.id);
  });
});

describe('parsePosting on files that are not postings', () => {
  it.each([
    { case: 'empty', raw: '', reason: 'empty' },
    { case: 'empty bytes', raw: new Uint8Array(), reason: 'empty' },
    { case: 'whitespace', raw: ' \n\t\r\n \u00A0 ', reason: 'empty' },
    { case: 'a BOM alone', raw: '\uFEFF', reason: 'empty' },
    { case: 'binary (NUL bytes)', raw: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), reason: 'binary' },
    { case: 'binary text', raw: 'PK\u0003\u0004\u0014\u0000\u0008', reason: 'binary' },
    { case: 'plain text', raw: 'Just some notes about the team.\nNothing else.', reason: 'not-a-posting' },
    { case: 'HTML', raw: '<!DOCTYPE html><html><body><p>Hello</p></body></html>', reason: 'not-a-posting' },
    { case: 'an empty front matter and nothing else', raw: '---\n---\n', reason: 'not-a-posting' },
    { case: '10 MB', raw: `---\ntitle: x\n---\n${'a'.repeat(10 * 1024 * 1024)}`, reason: 'too-large' },
    { case: '10 MB of bytes', raw: new Uint8Array(10 * 1024 * 1024).fill(0x61), reason: 'too-large' },
  ])('$case → PostingError $reason', ({ raw, reason }) => {
    const parse = () => parsePosting(raw, { path: 'jobs/file.md' });
    expect(parse).toThrow(PostingError);
    try {
      parse();
    } catch (error) {
      expect(error).toMatchObject({ reason, name: 'PostingError' });
      expect((error as Error).message).toContain('jobs/file.md');
    }
  });
});

describe('parsePosting on damaged front matter', () => {
  it('reads the body of a malformed YAML block, keeping the readable keys', () => {
    const offer = parsePosting('---\ntitle: Recrutement : dev\nstartup: tchap\n  bad: [indent\n---\n\nCDI à Lyon.', { path: 'a.md' });
    expect(offer.warnings.map((warning) => warning.code)).toContain('invalid-front-matter');
    expect(offer).toMatchObject({ title: 'Recrutement : dev', organization: 'tchap', contract: 'CDI', location: 'Lyon' });
    expect(offer.body).toBe('\nCDI à Lyon.');
  });

  it('reads an unterminated front matter as text', () => {
    const offer = parsePosting('---\ntitle: Dev\n\n# Développeur\nCDD de 3 ans.', { path: 'a.md' });
    expect(offer.warnings.map((warning) => warning.code)).toEqual(['unterminated-front-matter', 'title-derived']);
    expect(offer).toMatchObject({ title: 'Développeur', contract: 'CDD', frontMatter: {} });
  });

  it('reports a front matter that is not a map', () => {
    const offer = parsePosting('---\n- a\n- b\n---\n# Dev\n', { path: 'a.md' });
    expect(offer.warnings.map((warning) => warning.code)).toContain('invalid-front-matter');
    expect(offer.frontMatter).toEqual({});
  });

  it('keeps dates as ISO strings and the data JSON-compatible', () => {
    const offer = parsePosting('---\ntitle: Dev\ndate: 2021-05-27T13:38:53.782Z\npost_ouvert: 2021-04-02\nn: .inf\n---\n', { path: 'a.md' });
    expect(offer.frontMatter).toEqual({ title: 'Dev', date: '2021-05-27T13:38:53.782Z', post_ouvert: '2021-04-02T00:00:00.000Z', n: 'Infinity' });
    expect(offer.postedAt).toBe('2021-04-02');
  });
});
