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

/** What each key says about the status. A closed signal wins over an open one: a filled post stays closed. */
const STATUS_RULES: readonly StatusRule[] = [
  // beta.gouv.fr marks a filled post with `poste_pourvu: true`.
  { keys: ['poste_pourvu', 'pourvu', 'filled'], read: (value) => (asBoolean(value) === true ? 'closed' : undefined) },
  // beta.gouv.fr closes a post at `poste_ferme` (a date) and unpublishes it at `depublication_date`.
  { keys: ['poste_ferme', 'depublication_date', 'date_limite', 'closing_date', 'valid_through', 'expires'], read: closedWhenPassed },
  // beta.gouv.fr lists a post while `open: true`.
  { keys: ['open', 'ouvert', 'active'], read: (value) => fromBoolean(asBoolean(value)) },
  // beta.gouv.fr's later files say `status: open`; multi.coop says `job_status: [ open, urgent ]`.
  { keys: ['status', 'statut', 'job_status', 'etat'], read: fromWords },
];

/** Open, closed or unknown, from the front matter, with dates compared to `now`. */
export function readStatus(fields: FrontMatterFields, now: Date): OfferStatus {
  const today = now.toISOString().slice(0, 10);
  const signals = STATUS_RULES.flatMap((rule) => rule.keys.map((key) => readKey(rule, fields.get(key), today)));
  if (signals.includes('closed')) return 'closed';
  if (signals.includes('open')) return 'open';
  return 'unknown';
}

function readKey(rule: StatusRule, value: unknown, today: string): Signal {
  return value === undefined || value === null ? undefined : rule.read(value, today);
}

function closedWhenPassed(value: unknown, today: string): Signal {
  if (asBoolean(value) === true) return 'closed';
  const date = asTextList(value).map(parseFrenchDate).find((found) => found !== undefined);
  // The closing date is the last day the post is open.
  return date !== undefined && date < today ? 'closed' : undefined;
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
