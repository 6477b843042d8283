import { foldText } from '../text/fold';

/**
 * Front-matter keys that mean the same thing, most specific first. Keys are compared folded
 * (case, accents) with "-" and " " read as "_": `post-date`, `Post_Date` and `post date` are one key.
 * Seen in beta.gouv.fr's content/_jobs (543 files), multi.coop's posts and generic job boards.
 */
export const FIELD_KEYS = {
  title: ['title', 'titre', 'job_title', 'intitule'],
  // beta.gouv.fr: one file says `titles:` for `title:`; `roles`/`role` name the position (ANCT's incubator too).
  derivedTitle: ['titles', 'roles', 'role', 'poste', 'position', 'job', 'name'],
  // `hiringOrganization` is schema.org JobPosting's (keys are compared lower-cased).
  organization: [
    'startup', 'friend', 'equipe', 'team', 'organization', 'organisation', 'company', 'entreprise', 'employer', 'employeur', 'structure',
    'hiringorganization', 'hiring_organization', 'agency',
  ],
  // techcorridor.io writes `type: Full Time`; the US GSA's TTS site `appointment type: perm` (see readContract).
  contract: ['contrat', 'contract', 'type_de_contrat', 'contract_type', 'employment_type', 'employmenttype', 'job_type', 'type'],
  skills: ['techno', 'technos', 'technologies', 'skills', 'competences', 'stack'],
  tags: ['tags', 'domaines', 'domaine', 'categories', 'category', 'keywords'],
  postedAt: ['post_date', 'post_ouvert', 'poste_ouvert', 'date', 'published', 'published_at', 'date_publication', 'date_de_publication'],
  startsAt: ['debut', 'date_debut', 'date_de_debut', 'start', 'start_date', 'starts_at'],
  location: ['lieu', 'localisation', 'location', 'ville', 'city', 'adresse'],
  remote: ['teletravail', 'remote', 'travail_a_distance'],
  salary: ['salaire', 'remuneration', 'salary', 'tjm'],
  contact: ['contact', 'contacts', 'email', 'mail', 'apply', 'candidature'],
  // beta.gouv.fr "friend" postings point to the partner's own page.
  externalUrl: ['externalurl', 'external_url', 'lien', 'link'],
  // The Canadian Digital Service gives the English and French versions of a posting one `translationKey`.
  translationKey: ['translationkey', 'translation_key'],
} as const;

export type FieldName = keyof typeof FIELD_KEYS;

/** Front-matter values looked up by normalized key. */
export interface FrontMatterFields {
  /** The value of the first synonym present, and the key it was found under. */
  find(field: FieldName): { key: string; value: unknown } | undefined;
  /** The values of every synonym present, in the table's order. */
  findAll(field: FieldName): unknown[];
  /** The value of one normalized key. */
  get(key: string): unknown;
}

/** The fields whose synonyms hold each key, with the key's rank among them: a posting's own keys are looked up once, not each field's synonyms at each find. */
const FIELDS_OF_KEY = new Map<string, Array<{ field: FieldName; rank: number }>>();
for (const [field, keys] of Object.entries(FIELD_KEYS) as Array<[FieldName, readonly string[]]>) {
  keys.forEach((key, rank) => FIELDS_OF_KEY.set(key, [...(FIELDS_OF_KEY.get(key) ?? []), { field, rank }]));
}

export function indexFields(data: Record<string, unknown>): FrontMatterFields {
  const byKey = new Map<string, unknown>();
  // Each field's value under its first synonym present with a value, and that synonym's rank.
  const found = new Map<FieldName, { key: string; value: unknown }>();
  const foundRank = new Map<FieldName, number>();
  for (const key of Object.keys(data)) {
    const normalized = normalizeKey(key);
    if (byKey.has(normalized)) continue;
    const value = data[key];
    byKey.set(normalized, value);
    const fieldsOfKey = FIELDS_OF_KEY.get(normalized);
    if (fieldsOfKey === undefined || value === undefined || value === null || value === '') continue;
    for (const { field, rank } of fieldsOfKey) {
      if (rank >= (foundRank.get(field) ?? Infinity)) continue;
      found.set(field, { key: normalized, value });
      foundRank.set(field, rank);
    }
  }
  return {
    find: (field) => found.get(field),
    findAll(field) {
      const values: unknown[] = [];
      for (const key of FIELD_KEYS[field]) {
        const value = byKey.get(key);
        if (value !== undefined && value !== null) values.push(value);
      }
      return values;
    },
    get: (key) => byKey.get(key),
  };
}

const SIMPLE_KEY = /^[a-z_]+$/;

function normalizeKey(key: string): string {
  // Most keys are already plain ASCII: folding (Unicode normalization) is for the others.
  return SIMPLE_KEY.test(key) ? key : foldText(key.trim()).replace(/[-\s]+/g, '_');
}
