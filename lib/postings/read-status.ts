import { foldText } from '../text/fold';
import { asBoolean, asTextList } from './field-values';
import type { FrontMatterFields } from './front-matter-fields';
import { parseFrenchDate } from './french-dates';
import type { OfferStatus } from './types';

type Signal = 'open' | 'closed' | undefined;

interface StatusRule {
  /** Normalized front-matter keys (see indexFields). */
  keys: readonly string[];
  read(value: unknown, today: string): Signal;
}

const OPEN_WORDS = new Set(['open', 'opened', 'ouvert', 'ouverte', 'active', 'actif', 'published', 'publie', 'en cours']);
const CLOSED_WORDS = new Set([
  'closed', 'close', 'ferme', 'fermee', 'filled', 'pourvu', 'pourvue', 'archived', 'archive', 'expired', 'expire', 'inactive', 'termine', 'cloture', 'cloturee',
]);

/** Keys that carry the date after which a posting no longer takes applications. */
export const CLOSING_DATE_KEYS = [
  // ANCT's incubator and beta.gouv.fr close a post at `poste_ferme`; the US GSA's TTS site at `closes`.
  'poste_ferme', 'closes', 'closing_date', 'date_limite', 'date_limite_de_candidature', 'deadline', 'application_deadline', 'apply_by',
  // schema.org JobPosting's `validThrough`; generic `expires`; beta.gouv.fr unpublishes at `depublication_date`.
  'validthrough', 'valid_through', 'expires', 'expiration_date', 'depublication_date',
] as const;

/**
 * What the keys say, in order of authority: the first rule that speaks decides, so that keys
 * contradicting each other give the same answer every time.
 * 1. The flag a publisher's own site shows or hides a posting by decides alone: beta.gouv.fr
 *    lists a post while `open: true` (whatever `poste_pourvu` says); the Canadian Digital Service
 *    moves a post to its archive with `archived: true`; a draft or unpublished file is not open.
 * 2. A filled post (`poste_pourvu: true`, ANCT's incubator and beta.gouv.fr) is closed.
 * 3. A closing date passed, or an opening date to come, closes it: dates pass by themselves, where
 *    a `status: open` written on the day of publication is seldom updated (ANCT's files keep it
 *    long after `poste_ferme`).
 * 4. A status word (`status: open`, multi.coop's `job_status: [ open, urgent ]`).
 * 5. A closing date to come, or an opening date passed with no closing date, says open.
 */
const STATUS_RULES: readonly StatusRule[] = [
  { keys: ['open', 'ouvert', 'active'], read: (value) => fromBoolean(asBoolean(value)) },
  { keys: ['archived', 'archive'], read: (value) => (asBoolean(value) === undefined ? undefined : asBoolean(value) ? 'closed' : 'open') },
  { keys: ['draft', 'brouillon'], read: (value) => (asBoolean(value) === true ? 'closed' : undefined) },
  { keys: ['published', 'publie'], read: (value) => (asBoolean(value) === false ? 'closed' : undefined) },
  { keys: ['poste_pourvu', 'pourvu', 'filled'], read: (value) => (asBoolean(value) === true ? 'closed' : undefined) },
  { keys: CLOSING_DATE_KEYS, read: (value, today) => closedWhenPassed(value, today) },
  { keys: ['opens', 'opening_date', 'date_ouverture'], read: (value, today) => closedUntil(value, today) },
  { keys: ['status', 'statut', 'job_status', 'etat'], read: fromWords },
  { keys: CLOSING_DATE_KEYS, read: (value, today) => openUntil(value, today) },
  { keys: ['opens', 'opening_date', 'date_ouverture'], read: (value, today) => openSince(value, today) },
];

/**
 * Open, closed or unknown, from the front matter (dates compared to `now`), else from a closing
 * date read in the body (`bodyDeadline`, ISO).
 */
export function readStatus(fields: FrontMatterFields, now: Date, bodyDeadline?: string): OfferStatus {
  const today = now.toISOString().slice(0, 10);
  for (const rule of STATUS_RULES) {
    for (const key of rule.keys) {
      const value = fields.get(key);
      const signal = value === undefined || value === null ? undefined : rule.read(value, today);
      if (signal !== undefined) return signal;
    }
  }
  if (bodyDeadline !== undefined) return bodyDeadline < today ? 'closed' : 'open';
  return 'unknown';
}

function firstDate(value: unknown): string | undefined {
  return asTextList(value)
    .map((text) => parseFrenchDate(text.slice(0, 200)))
    .find((found) => found !== undefined);
}

function closedWhenPassed(value: unknown, today: string): Signal {
  if (asBoolean(value) === true) return 'closed';
  const date = firstDate(value);
  // The closing date is the last day the post is open.
  return date !== undefined && date < today ? 'closed' : undefined;
}

function openUntil(value: unknown, today: string): Signal {
  const date = firstDate(value);
  return date !== undefined && date >= today ? 'open' : undefined;
}

function closedUntil(value: unknown, today: string): Signal {
  const date = firstDate(value);
  return date !== undefined && date > today ? 'closed' : undefined;
}

function openSince(value: unknown, today: string): Signal {
  const date = firstDate(value);
  return date !== undefined && date <= today ? 'open' : undefined;
}

function fromBoolean(value: boolean | undefined): Signal {
  if (value === undefined) return undefined;
  return value ? 'open' : 'closed';
}

function fromWords(value: unknown): Signal {
  const words = asTextList(value).map((word) => foldText(word));
  if (words.some((word) => CLOSED_WORDS.has(word))) return 'closed';
  if (words.some((word) => OPEN_WORDS.has(word))) return 'open';
  return undefined;
}
