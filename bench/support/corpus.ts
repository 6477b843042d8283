import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePosting, type Offer } from '../../lib/postings';
import { mulberry32 } from '../../tests/support/mulberry32';

const FIXTURES = new URL('../../../shared/fixtures/', import.meta.url).pathname;
const SOURCES = ['beta.gouv.fr-jobs', 'multi.coop-jobs'];

/** Every real fixture posting as an Offer, in a stable order. */
export function loadFixtureOffers(): Offer[] {
  return SOURCES.flatMap((sourceId) =>
    readdirSync(join(FIXTURES, sourceId))
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((path) => parsePosting(readFileSync(join(FIXTURES, sourceId, path)), { path, sourceId })),
  );
}

/** Roles and qualifiers mixed into generated titles, as the real postings word them. */
const ROLES = [
  'Développeur·se fullstack', 'Développeuse ou développeur backend', 'Dev front-end', 'Data engineer',
  'Data scientist', 'Designer UX/UI', 'Product designer', 'Chargé·e de déploiement', 'Product manager',
  'Responsable de produit', 'Ingénieur·e DevOps', 'Coach agile', 'Intrapreneur·e', 'Growth hacker',
  'Chargé·e de communication', 'Business developer', 'Architecte logiciel', 'Développeur Python Django',
];
const QUALIFIERS = ['', '', 'senior', 'junior', 'expérimenté·e', '(stage)', 'F/H', 'en CDD', 'freelance', 'alternance'];
const SKILLS = [
  'Python', 'Django', 'JavaScript', 'TypeScript', 'Vue.js', 'React', 'Node.js', 'PostgreSQL', 'Docker',
  'Kubernetes', 'Ruby on Rails', 'PHP', 'Symfony', 'Go', 'Rust', 'Java', 'Spring', 'Figma', 'Elm', 'Svelte',
];
const CITIES = ['Paris', 'Lyon', 'Marseille', 'Toulouse', 'Nantes', 'Lille', 'Bordeaux', 'Rennes', 'Strasbourg', 'Montpellier', 'Télétravail'];
const TAGS = ['dev', 'design', 'data', 'produit', 'déploiement', 'ops', 'urgent', 'cto', 'fullstack'];
/** Syllables of invented names (products, teams, places, people) that grow the vocabulary. */
const SYLLABLES = [
  'ba', 'be', 'bi', 'bo', 'ca', 'ce', 'co', 'da', 'de', 'di', 'do', 'fa', 'fi', 'ga', 'go', 'la', 'le',
  'li', 'lo', 'lu', 'ma', 'me', 'mi', 'mo', 'na', 'ne', 'ni', 'no', 'pa', 'pe', 'po', 'ra', 're', 'ri',
  'ro', 'sa', 'se', 'si', 'so', 'ta', 'te', 'ti', 'to', 'va', 've', 'vi', 'zo', 'tran', 'plu', 'gra',
];
const FIRST_DAY = Date.UTC(2016, 0, 1);
const DAYS = 10 * 365;

/**
 * `count` offers derived deterministically from the real fixtures: titles, organizations,
 * skills, dates and statuses varied, body paragraphs shuffled and mixed with another
 * posting's, and a few invented names per offer so the vocabulary keeps growing with the
 * corpus as a real one does.
 */
export function generateOffers(count: number): Offer[] {
  const base = loadFixtureOffers();
  const paragraphs = base.map((offer) => offer.body.split(/\n\s*\n/));
  const random = mulberry32(count);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const invent = () => Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(SYLLABLES)).join('');
  return Array.from({ length: count }, (_, i) => {
    const template = base[i % base.length]!;
    const other = pick(paragraphs);
    const body = shuffle([...paragraphs[i % base.length]!, pick(other), `Projet ${invent()} avec ${invent()} ${invent()}.`], random);
    const status = random();
    return {
      ...template,
      id: `${template.id}#${i}`,
      path: `${i}-${template.path}`,
      title: random() < 0.5 ? template.title : `${pick(ROLES)} ${pick(QUALIFIERS)}`.trim(),
      organization: random() < 0.5 ? template.organization : `${invent()}.beta.gouv.fr`,
      status: status < 0.2 ? 'open' : status < 0.9 ? 'closed' : 'unknown',
      skills: [...new Set([...template.skills, pick(SKILLS), pick(SKILLS)])],
      tags: [pick(TAGS)],
      location: pick(CITIES),
      postedAt: new Date(FIRST_DAY + Math.floor(random() * DAYS) * 86_400_000).toISOString().slice(0, 10),
      body: body.join('\n\n'),
    };
  });
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
