import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectContract, detectContractByVotes } from '../../lib/postings/detect-contract';
import { detectLanguage } from '../../lib/postings/detect-language';
import { detectRemote } from '../../lib/postings/detect-remote';
import { parsePostingAt } from '../../lib/postings/parse-posting';
import { readBodyDeadline } from '../../lib/postings/read-deadline';
import { organizationInBody, spellsAcronym, spellsShortName } from '../../lib/postings/read-organization';
import { splitTitle } from '../../lib/postings/split-title';

const FIXTURES = fileURLToPath(new URL('../../../shared/fixtures/', import.meta.url));
// The US GSA's FedRAMP Security Director posting opens on 2024-08-28 and closes on 2024-09-01.
const AUGUST_30_2024 = new Date('2024-08-30T12:00:00Z');

function parseFixture(folder: string, name: string, sourceId: string) {
  return parsePostingAt(readFileSync(`${FIXTURES}${folder}/${name}`), { path: name, sourceId }, AUGUST_30_2024);
}

describe('fields of real postings from each publisher', () => {
  it.each([
    {
      folder: '18F+join.tts.gsa.gov-jobs',
      name: 'FedRAMP-Security-Director.md',
      sourceId: 'github:https://api.github.com/18F/join.tts.gsa.gov@:_positions',
      expected: { title: 'FedRAMP Security Director', organization: 'TTS Office of Solutions', status: 'open', contract: 'civil-servant', remote: 'full', location: undefined, remoteCountries: ['US'], deadline: '2024-09-01', language: 'en' },
    },
    {
      folder: '18F+join.tts.gsa.gov-jobs',
      name: 'Information Technology Specialist GS14.md',
      sourceId: 'github:https://api.github.com/18F/join.tts.gsa.gov@:_positions',
      expected: { title: 'GS 14 Term Limited Various Roles', organization: 'TechToGov - TTS', status: 'closed', contract: 'CDD', remote: 'full', deadline: '2023-10-30', language: 'en' },
    },
    {
      folder: 'cds-snc+digital-canada-ca-jobs',
      name: 'en-senior-content-designer--a3772e8b-c531-4177-9227-1b1b0790243a.md',
      sourceId: 'github:https://api.github.com/cds-snc/digital-canada-ca@:content/en/careers',
      expected: { title: 'Senior Content Designer', organization: 'Canadian Digital Service', status: 'open', contract: 'CDD', remote: 'full', remoteCountries: ['CA'], language: 'en' },
    },
    {
      folder: 'cds-snc+digital-canada-ca-jobs',
      name: 'fr-développeur-de-logiciel-temporaire-–-portail-alerte-covid.md',
      sourceId: 'github:https://api.github.com/cds-snc/digital-canada-ca@:content/fr/carrieres',
      // It never names the Canadian Digital Service: it opens by presenting the product its team makes.
      expected: { title: 'Développeur de logiciel temporaire – Portail Alerte COVID', organization: 'Alerte COVID', status: 'closed', contract: 'CDD', language: 'fr' },
    },
    {
      folder: 'incubateur-territoires+incubateur.anct.gouv.fr-jobs',
      name: '2022-01-07-dev-fullstack-incubateur.md',
      sourceId: 'github:https://api.github.com/incubateur-territoires/incubateur.anct.gouv.fr@:content/jobs',
      // `status: open`, but `poste_ferme: 2022-02-22…` has passed.
      expected: { title: 'Développeur.se fullstack', organization: 'Incubateur des Territoires', status: 'closed', contract: 'freelance', deadline: '2022-02-22', language: 'fr' },
    },
    {
      folder: 'pythonjobs+jobs-jobs',
      name: 'Python_developer_Headforwards_Cornwall.html',
      sourceId: 'github:https://api.github.com/pythonjobs/jobs@:jobs',
      // "the closing date for this vacancy is the last day of December 2016".
      expected: { title: 'Python Developer Job', organization: 'Headforwards', status: 'closed', contract: 'CDI', location: 'Redruth', deadline: '2016-12-31', language: 'en' },
    },
    {
      folder: 'pythonjobs+jobs-jobs',
      name: 'eligible-python-and-django-mid-to-senior-software-developer-at-a-fintech-company.html',
      sourceId: 'github:https://api.github.com/pythonjobs/jobs@:jobs',
      expected: { organization: 'Eligible', status: 'unknown', contract: 'CDI', remote: 'none', location: 'London', deadline: undefined, language: 'en' },
    },
    {
      folder: 'techcorridorio+jobs.techcorridor.io-jobs',
      name: 'doximity_theresumator_com_apply_jobs_details_hU5bfp.md',
      sourceId: 'github:https://api.github.com/techcorridorio/jobs.techcorridor.io@:_posts',
      expected: { title: 'Client Success Manager', organization: 'Doximity', contract: 'CDI', remote: 'full', location: undefined, language: 'en' },
    },
    {
      folder: 'beta.gouv.fr-jobs',
      name: '2020-12-07-anct-charge-de-deploiement.md',
      sourceId: 'github:https://api.github.com/betagouv/beta.gouv.fr@77e2919:content/_jobs',
      expected: { title: 'Un.e chargé.e de déploiement', organization: 'Incubateur des Territoires', status: 'closed', contract: 'freelance', language: 'fr' },
    },
    {
      folder: 'beta.gouv.fr-jobs',
      name: '2020-04-02-dev-CDD-fabrique-numerique-def.md',
      sourceId: 'github:https://api.github.com/betagouv/beta.gouv.fr@77e2919:content/_jobs',
      // No `startup`: "La Fabrique numérique, l'incubateur … du ministère des armées, recrute…".
      expected: { organization: 'Fabrique numérique', contract: 'CDD', location: 'Paris', language: 'fr' },
    },
  ])('$folder/$name', ({ folder, name, sourceId, expected }) => {
    expect(parseFixture(folder, name, sourceId)).toMatchObject(expected);
  });
});

describe('an organization key holding a slug', () => {
  const read = (frontMatter: string, body: string) =>
    parsePostingAt(`---\n${frontMatter}\n---\n${body}`, { path: 'content/_jobs/job.md', sourceId: 'test' }, AUGUST_30_2024).organization;

  it.each([
    // The text spells the slug's words: its spelling, accents and capitals are the name.
    ['startup: aidants-connect\nroles: Développeur', 'Aidants Connect simplifie les démarches.', 'Aidants Connect'],
    ['startup: civils-de-la-defense\nroles: Dev', 'Les Civils de la Défense recrutent.', 'Civils de la Défense'],
    // The title or the body names the team in other words.
    ["startup: place-de-marche-inclusion\ntitle: Le marché de l'inclusion recrute un développeur Django", 'Une API des structures inclusives.', "Le marché de l'inclusion"],
    ['startup: chauffage-urbain\nroles: Bizdev', "France chaleur urbaine (FCU) est une start-up d'État.", 'France chaleur urbaine'],
    // Nothing else names it: the slug, written as words.
    ['startup: mon-service-public\nroles: Designer', 'Vous concevrez les parcours.', 'Mon service public'],
    // Names are kept as written, a single lower-case word too.
    ['startup: Incubateur des Territoires\nroles: Dev', 'Au sein de la DINUM.', 'Incubateur des Territoires'],
    ['startup: trackdechets\nroles: Dev', 'Au sein de la DINUM.', 'trackdechets'],
    // Several products, not one name: the body says who hires, else the list is kept as written.
    ['startup: PSIJ, Candilib, Drône tracking, FEDEL-DM...\nroles: Tech Lead', "L'Incubateur des Territoires recherche un dev.", 'Incubateur des Territoires'],
    ['startup: Alpha, Beta, Gamma\nroles: Dev', 'Vous coderez.', 'Alpha, Beta, Gamma'],
    ['startup: Acme, Inc.\nroles: Dev', "L'Incubateur des Territoires recherche un dev.", 'Acme, Inc.'],
  ])('%s', (frontMatter, body, organization) => {
    expect(read(frontMatter, body)).toBe(organization);
  });

  it('spells out a slug longer than the ones whose pattern is kept, the same each time it is read', () => {
    const words = Array.from({ length: 30 }, (_, index) => `mot${index}`);
    const written = words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join(' ');
    for (let round = 0; round < 2; round++) expect(read(`startup: ${words.join('-')}\nroles: Dev`, `${written} recrute.`)).toBe(written);
  });
});

describe('the contact address when nothing else names the organization', () => {
  const read = (contact: string) =>
    parsePostingAt(`---\ntitle: Développeur·euse fullstack\ncontact: ${contact}\n---\nVous coderez en Python.`, { path: 'jobs/dev.md', sourceId: 'test' }, AUGUST_30_2024).organization;

  it.each([
    ['contact@multi.coop', 'multi.coop'],
    ['equipe@le.taxi', 'le.taxi'],
    ['jean.dupont@gmail.com', undefined],
    ['recrutement@orange.fr', undefined],
    ['https://forms.example.org/apply', undefined],
  ])('%s → %s', (contact, organization) => {
    expect(read(contact)).toBe(organization);
  });
});

describe('splitTitle', () => {
  it.each([
    ['Login.gov: Fraud Supervisor', { position: 'Fraud Supervisor', organization: 'Login.gov' }],
    ['Office of Solutions: FedRAMP Director', { position: 'FedRAMP Director', organization: 'Office of Solutions' }],
    ['Incubateur des Territoires recrute : un.e chargé.e de déploiement', { position: 'Un.e chargé.e de déploiement', organization: 'Incubateur des Territoires' }],
    ["l'Incubateur des Territoires recrute un Responsable technique", { position: 'Un Responsable technique', organization: 'Incubateur des Territoires' }],
    ['L’équipe du registre national des taxis cherche une ou un entrepreneur(e) associé(e)', { position: 'Une ou un entrepreneur(e) associé(e)', organization: 'Équipe du registre national des taxis' }],
    ["Chargé.e de portefeuille à l'Incubateur des Territoires", { position: "Chargé.e de portefeuille à l'Incubateur des Territoires", organization: 'Incubateur des Territoires' }],
    ['Datagir recrute une développeuse ou un développeur pour améliorer le calculateur', { position: 'Développeuse ou développeur pour améliorer le calculateur', organization: 'Datagir' }],
    ['Data Engineer at Unmortgage', { position: 'Data Engineer at Unmortgage', organization: 'Unmortgage' }],
    ['Offre : développeuse Python', { position: 'Offre : développeuse Python' }],
    ['Développeur·se : React et Node', { position: 'Développeur·se : React et Node' }],
    ['Senior Software Engineer', { position: 'Senior Software Engineer' }],
    // Before the colon, a place, a contract or a level names no organization.
    ['Paris : Développeur Python', { position: 'Paris : Développeur Python' }],
    ['CDD 12 mois : Chargé·e de mission données', { position: 'CDD 12 mois : Chargé·e de mission données' }],
    ['Senior : Data engineer', { position: 'Senior : Data engineer' }],
    ['Lyon - CDI : Développeuse front-end', { position: 'Lyon - CDI : Développeuse front-end' }],
    ['Remote (EU): Backend engineer', { position: 'Remote (EU): Backend engineer' }],
    ['Full-time, 6 months: Product designer', { position: 'Full-time, 6 months: Product designer' }],
    ['Junior / Entry level: Support analyst', { position: 'Junior / Entry level: Support analyst' }],
    // A name stays a name, even with a city or a number in it.
    ['Ville de Paris : Cheffe de projet numérique', { position: 'Cheffe de projet numérique', organization: 'Ville de Paris' }],
    ['18F: Senior Product Manager', { position: 'Senior Product Manager', organization: '18F' }],
    ['U.S. Digital Corps: Fellow Experience Supervisor', { position: 'Fellow Experience Supervisor', organization: 'U.S. Digital Corps' }],
  ])('%s', (title, parts) => {
    expect(splitTitle(title)).toEqual(parts);
  });

  it('takes the position from the role key when a recruiting title hires no position', () => {
    const role = 'Chargée ou chargé de déploiement Tchap';
    expect(splitTitle("Tchap recrute une équipe pour développer l'usage de son produit", role)).toEqual({ position: role, organization: 'Tchap' });
    expect(splitTitle('Acme is hiring: a team to grow our product', 'Growth lead')).toEqual({ position: 'Growth lead', organization: 'Acme' });
    // A position in the title stays, whatever the role key says.
    expect(splitTitle('Etalab recrute un·e spécialiste des données', 'Data')).toEqual({ position: 'Un·e spécialiste des données', organization: 'Etalab' });
    // No role key: the sentence is all there is.
    expect(splitTitle('Tchap recrute une équipe')).toEqual({ position: 'Une équipe', organization: 'Tchap' });
  });
});

describe('organizationInBody', () => {
  it.each([
    ["Vous travaillerez au sein d'Etalab, rattaché à la DINUM.", 'Etalab'],
    ["L'entité que vous intégrerez est la Direction interministérielle du numérique. Il s'agit…", 'DINUM'],
    ['The Canadian Digital Service (CDS) is changing how the government works.', 'Canadian Digital Service'],
    ['Le Service numérique canadien (SNC) modifie la façon dont le gouvernement…', 'Service numérique canadien'],
    ["L'Incubateur des Territoires recherche un.e UX UI designer.", 'Incubateur des Territoires'],
    ['# About Skimlinks\nSkimlinks is one of the best-known startups.', 'Skimlinks'],
    // The product or organization the posting opens by presenting.
    ["## Résumé\n\nAlerte COVID est un système d'avis d'exposition.", 'Alerte COVID'],
    ["France chaleur urbaine (FCU) est une start-up d'État qui vise…", 'France chaleur urbaine'],
    ['We build tools.\nNotify is a free platform for sending messages.', 'Notify'],
    ['Python est un langage que nous aimons.', undefined],
    ['Notre équipe est une structure agile.', undefined],
    ['Nous sommes une équipe de 4 personnes (dont 1 développeur).', undefined],
    ['Vous rejoindrez une équipe agile au sein du pôle logiciels libres.', undefined],
    // A short name of a word and initials, the name going on after it.
    ['Le Laboratoire d’innovation (Lab MI) du Ministère de l’Intérieur fait partie du réseau.', 'Laboratoire d’innovation du Ministère de l’Intérieur'],
    ['The Digital Lab (Lab DC) of the City Council builds services.', undefined],
    // A short line right under the opening heading names the product the posting is for.
    ["# UI Designer Junior\nLa plateforme de l'inclusion\n\n## Contexte\nL’insertion…", "La plateforme de l'inclusion"],
    ['# Développeur Python\nCDI à Paris\n\nVous coderez.', undefined],
    ['# Développeur Python\nPublié le 12 mars 2022\n\nVous coderez.', undefined],
    ['# Développeur Python\nVous coderez en Python, avec nous.', undefined],
    ['# Développeur Python\n\nLa plateforme de l’inclusion recrute.', undefined],
  ])('%s → %s', (text, organization) => {
    expect(organizationInBody(text)).toBe(organization);
  });

  it.each([
    ['Canadian Digital Service', 'CDS', true],
    ['Service numérique canadien', 'SNC', true],
    ['Direction interministérielle du numérique', 'DINUM', true],
    ['Nous sommes une équipe', 'SNC', false],
    ['Canadian Digital Service', 'CD', false],
  ])('%s spells %s: %s', (name, acronym, spells) => {
    expect(spellsAcronym(name, acronym)).toBe(spells);
  });

  it.each([
    ['Laboratoire d’innovation du Ministère de l’Intérieur', 'Lab MI', true],
    ['Laboratoire d’innovation du Ministère de l’Intérieur', 'Lab M', false],
    ['Laboratoire d’innovation', 'Lab MI', false],
    ['Direction du Numérique', 'Lab MI', false],
  ])('%s has the short name %s: %s', (name, shortName, spells) => {
    expect(spellsShortName(name, shortName)).toBe(spells);
  });
});

describe('contracts in French and English', () => {
  it.each([
    ['permanent', 'CDI'],
    ['Full Time', 'CDI'],
    ['CDI', 'CDI'],
    ['Fixed-term, 12 months', 'CDD'],
    ['Temporary', 'CDD'],
    ['Développeur de logiciel temporaire', 'CDD'],
    ['contractuel de droit public', 'CDD'],
    ['Contract', 'freelance'],
    ['indépendant/freelance', 'freelance'],
    ['préstataire', 'freelance'],
    ['portage salarial', 'freelance'],
    ['Summer internship', 'internship'],
    ['stage de 6 mois', 'internship'],
    ['alternance', 'apprenticeship'],
    ['Apprenticeship', 'apprenticeship'],
    ['titulaire', 'civil-servant'],
    ['fonctionnaire en détachement', 'civil-servant'],
    ['GS 15 IT Specialist', 'civil-servant'],
  ])('the short text %j names %s', (text, contract) => {
    expect(detectContract(text)).toBe(contract);
  });

  it.each([
    ['This role is a 2 year-term position and is classified as an IT-04.', 'CDD'],
    ['This role is classified as a EC-06 in the Economics and Social Science Services group.', 'civil-servant'],
    ['Ce poste est classé IS-04 dans la fonction publique.', 'civil-servant'],
    ['We will make permanent improvements to a full-time platform.', 'unknown'],
    ['Poste ouvert pour des indépendant·e·s sur une durée de 6 mois.', 'freelance'],
  ])('the body %j votes %s', (text, contract) => {
    expect(detectContractByVotes(text)).toBe(contract);
  });

  it('reads the US federal `appointment type` key', () => {
    const read = (value: string) => parsePostingAt(`---\ntitle: Analyst\nappointment type: ${value}\n---\nText.`, { path: 'a.md' }, AUGUST_30_2024).contract;
    expect([read('perm'), read('term')]).toEqual(['civil-servant', 'CDD']);
  });
});

describe('remote work in French and English', () => {
  it.each([
    ['Location: Anywhere in the U.S. (remote)', 'full'],
    ['CDS is a fully distributed team. This role can be performed from anywhere in Canada.', 'full'],
    ['we largely work distributedly across Canada', 'full'],
    ['Hybrid: two days a week in the office', 'partial'],
    ['télétravail 2 jours par semaine', 'partial'],
    ['100 % télétravail', 'full'],
    ['The position is on-site in London. We are not interested in agencies or remote at this moment.', 'none'],
    ['pas de télétravail possible', 'none'],
    ['Our office is in Iowa City.', 'unknown'],
    ['* On-site full-time employment at our North Liberty, Iowa office', 'none'],
    ['Temps plein dont 3 jours en présentiel à Paris par semaine', 'partial'],
    ['L’équipe est dispersée à travers la France, et travaille principalement à distance.', 'full'],
    ['Le SNC est une équipe entièrement décentralisée. Ce rôle peut être assumé de n’importe où au Canada.', 'full'],
    ['## Modalités\n- Télétravail\n- Démarrage ASAP', 'full'],
    ['- Télétravail possible 2 jours par semaine', 'partial'],
  ])('%j → %s', (text, remote) => {
    expect(detectRemote(text)).toBe(remote);
  });

  it('reads a location that is only "Remote" as fully remote, with no city', () => {
    const offer = parsePostingAt('---\ntitle: Dev\nlocation: Remote, UK-only\n---\nText.', { path: 'a.md' }, AUGUST_30_2024);
    expect(offer).toMatchObject({ remote: 'full', location: undefined });
  });
});

describe('deadlines', () => {
  it.each([
    ['Écrivez-nous avant le 8 mars 2020 en nous précisant votre profil.', '2020-03-08'],
    ['Date limite de candidature : 15/09/2023', '2023-09-15'],
    ["Candidatures jusqu'au 3 octobre 2022.", '2022-10-03'],
    ['Applications close on April 25, 2024.', '2024-04-25'],
    ['Apply by 2024-05-01.', '2024-05-01'],
    ['The closing date for this vacancy is the last day of December 2016.', '2016-12-31'],
    ['Le plus vite possible avant le 17 juin.', undefined],
    ['Début de la mission : janvier 2022.', undefined],
  ])('%j → %s', (text, deadline) => {
    expect(readBodyDeadline(text)).toBe(deadline);
  });

  it('takes a deadline key before the body, and closes the posting once it has passed', () => {
    const read = (frontMatter: string, body = 'Texte.') => parsePostingAt(`---\ntitle: Dev\n${frontMatter}\n---\n${body}`, { path: 'a.md' }, AUGUST_30_2024);
    expect(read('closes: 2024-09-01')).toMatchObject({ deadline: '2024-09-01', status: 'open' });
    expect(read('validThrough: 2024-08-01')).toMatchObject({ deadline: '2024-08-01', status: 'closed' });
    expect(read('deadline: 2024-08-01', 'Apply by 2024-12-01.')).toMatchObject({ deadline: '2024-08-01', status: 'closed' });
    expect(read('roles: dev', 'Date limite de candidature : 1er septembre 2024.')).toMatchObject({ deadline: '2024-09-01', status: 'open' });
  });
});

describe('status when keys contradict: the same answer every time', () => {
  it.each([
    { case: "beta.gouv.fr's `open` decides alone", frontMatter: 'open: true\nposte_pourvu: true\nposte_ferme: 2020-01-01\nstatus: closed', status: 'open' },
    { case: '`open: false` decides alone', frontMatter: 'open: false\nstatus: open\nposte_ferme: 2030-01-01', status: 'closed' },
    { case: "the Canadian Digital Service's `archived`", frontMatter: 'archived: true\nstatus: open', status: 'closed' },
    { case: 'a filled post, whatever its status', frontMatter: 'status: open\nposte_pourvu: true', status: 'closed' },
    { case: 'a passed closing date over a stale status', frontMatter: 'status: open\nposte_ferme: 2022-02-22T23:00:00.000Z', status: 'closed' },
    { case: 'a posting not open yet', frontMatter: 'opens: 2024-09-10\ncloses: 2024-09-20', status: 'closed' },
    { case: 'between its opening and closing dates', frontMatter: 'opens: 2024-08-28\ncloses: 2024-09-01', status: 'open' },
    { case: 'a draft', frontMatter: 'draft: true\nstatus: open', status: 'closed' },
    { case: 'unpublished', frontMatter: 'published: false', status: 'closed' },
    { case: 'a schema.org validThrough to come', frontMatter: 'validThrough: 2025-01-31', status: 'open' },
    { case: 'nothing says', frontMatter: 'roles: dev', status: 'unknown' },
  ])('$case → $status', ({ frontMatter, status }) => {
    const text = `---\ntitle: Dev\n${frontMatter}\n---\nTexte.`;
    const statuses = [1, 2, 3].map(() => parsePostingAt(text, { path: 'a.md' }, AUGUST_30_2024).status);
    expect(statuses).toEqual([status, status, status]);
    // The same keys in reverse order say the same.
    const reversed = `---\ntitle: Dev\n${frontMatter.split('\n').reverse().join('\n')}\n---\nTexte.`;
    expect(parsePostingAt(reversed, { path: 'a.md' }, AUGUST_30_2024).status).toBe(status);
  });
});

describe('language', () => {
  it.each([
    ['Senior Software Engineer', 'Join a very small and fast-paced product team to help build a completely new product.', 'en'],
    ['Développeur·se fullstack', "Vous aurez pour mission de contribuer au déploiement des services publics numériques.", 'fr'],
    ['Python/Django', 'Nous cherchons une personne pour notre équipe.', 'fr'],
    ['Python/Django', 'We are looking for a developer to join our team.', 'en'],
  ])('%s → %s', (title, body, language) => {
    expect(detectLanguage(title, body)).toBe(language);
  });
});

describe('front matter that is not valid YAML', () => {
  it('is read key by key, and the posting says so', () => {
    const text = [
      '---',
      '# TTS job template: keep the keys below',
      'title: "Login.gov: "Fraud" Supervisor"',
      'opens: 2024-06-26',
      'closes: 2024-09-26',
      'appointment type: perm',
      'tags: [ python, go ]',
      'key objectives:',
      '  - Lead the anti-fraud program',
      '\tdescription: a tab',
      'created: !!timestamp 2024-06-26',
      'closes: 2020-01-01',
      '---',
      'Body.',
    ].join('\n');
    const offer = parsePostingAt(text, { path: 'a.md' }, AUGUST_30_2024);
    expect(offer.frontMatter).toEqual({
      title: 'Login.gov: "Fraud" Supervisor',
      opens: '2024-06-26',
      closes: '2024-09-26',
      'appointment type': 'perm',
      tags: ['python', 'go'],
      'key objectives': ['Lead the anti-fraud program'],
      created: '2024-06-26',
    });
    expect(offer).toMatchObject({ title: '"Fraud" Supervisor', organization: 'Login.gov', status: 'open', contract: 'civil-servant', deadline: '2024-09-26' });
    expect(offer.warnings).toEqual([{ code: 'invalid-front-matter', message: expect.stringMatching(/^a\.md: the front matter is not valid YAML \(.+\); read key by key instead \(7 keys\)$/) }]);
  });
});
