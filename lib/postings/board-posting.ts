import { foldText } from '../text/fold';
import { hashString } from '../text/hash';
import { detectContract, detectContractByVotes, detectContractInTitle } from './detect-contract';
import { detectLanguage } from './detect-language';
import { detectRemote } from './detect-remote';
import { indexFields } from './front-matter-fields';
import { htmlAsBody } from './html-body';
import { LIMITS } from './limits';
import { offerId } from './offer-id';
import { toAnalysisText } from './markdown-to-text';
import { readDeadline } from './read-deadline';
import { readPlace } from './read-place';
import { readSalary } from './read-salary';
import { readSkills } from './read-skills';
import { summarize } from './summarize';
import { toSafeUrl } from './to-safe-url';
import type { ContractType, Offer, ParseContext, PostingLanguage, RemotePolicy, Salary } from './types';

/**
 * One open position as a job board's adapter read it from the board's answer, before Vigie's
 * normalizers: the same shape whatever the vendor. Every text is untrusted.
 */
export interface BoardPosting {
  /** The vendor's id: stable while the posting lives, the key that tells it was closed. */
  id: string;
  title: string;
  url?: string;
  applyUrl?: string;
  organization?: string;
  /** The description as HTML (markup already decoded), or plain text when the vendor gives only that. */
  html?: string;
  text?: string;
  location?: string;
  /** The vendor's employment type as written: "Full-time", "FullTime", "fulltime_permanent", "intern"… */
  employment?: string;
  /** What the vendor's remote field says, when it has one. */
  remote?: RemotePolicy;
  /** Pay the vendor gives as figures (Lever's salaryRange, Ashby's compensation). */
  salary?: Salary;
  /** Pay the vendor gives as a sentence. */
  salaryText?: string;
  /** ISO date or date-time, RFC 822 date (feeds). */
  postedAt?: string;
  /** The last day to apply, when the vendor gives one. */
  closesAt?: string;
  /** The vendor's language code ("fr", "en-GB"…), when it gives one. */
  language?: string;
  departments: string[];
}

// A board has no front matter: the deadline shown is the vendor's, else a deadline sentence of the description.
const NO_FIELDS = indexFields({});

// A board's location field that is only "Remote" ("Remote - Europe", "Remote (US)", "Télétravail") means fully remote.
const REMOTE_PLACE = /^\s*(?:fully remote|remote|t[ée]l[ée]travail|[àa] distance)\b/i;

/** Vendors' employment codes, folded, that name a contract; any other is read by the contract detector. */
const EMPLOYMENT_CODES: Readonly<Record<string, ContractType>> = {
  permanent: 'CDI',
  fulltime_permanent: 'CDI',
  parttime_permanent: 'CDI',
  fulltime_fixed_term: 'CDD',
  parttime_fixed_term: 'CDD',
  temporary: 'CDD',
  temp: 'CDD',
  contract: 'freelance',
  contractor: 'freelance',
  freelance: 'freelance',
  intern: 'internship',
  internship: 'internship',
  trainee: 'internship',
  apprenticeship: 'apprenticeship',
};

/** A board's posting as an Offer, through the normalizers that read posting files. */
export function offerFromBoardPosting(posting: BoardPosting, context: ParseContext, now: Date): Offer {
  const body = posting.html !== undefined ? htmlAsBody(posting.html) : (posting.text ?? '').trim();
  const plainBody = toAnalysisText(body.slice(0, LIMITS.maxAnalyzedText));
  const title = posting.title.trim().slice(0, LIMITS.maxFieldText) || context.path;
  const sourceId = context.sourceId ?? '';
  const closesAt = toIsoDate(posting.closesAt);
  const deadline = closesAt ?? readDeadline(NO_FIELDS, plainBody);
  const remote = readRemote(posting, title, plainBody);
  return {
    id: offerId(sourceId, context.path),
    sourceId,
    path: context.path,
    url: safeUrl(posting.url) ?? (context.url === undefined ? undefined : toSafeUrl(context.url)),
    title,
    organization: posting.organization?.trim() || undefined,
    // Only the vendor's closing field closes a posting its board still lists: a deadline read in the
    // text is shown, but boards often extend it without editing the text.
    status: closesAt !== undefined && closesAt < now.toISOString().slice(0, 10) ? 'closed' : 'open',
    contract: readContract(posting.employment, title, plainBody),
    remote,
    ...readPlace(posting.location?.trim() || undefined, [], remote, plainBody),
    ...readSkills([], title, body.slice(0, LIMITS.maxAnalyzedText), posting.organization === undefined ? [] : [posting.organization]),
    tags: [...new Set(posting.departments.map((name) => name.trim()).filter(Boolean))],
    postedAt: toIsoDate(posting.postedAt),
    deadline,
    language: readLanguage(posting.language, title, plainBody),
    salary: posting.salary ?? readSalary([...(posting.salaryText ? [posting.salaryText] : []), plainBody]),
    contact: safeUrl(posting.applyUrl),
    summary: summarize(body),
    body,
    frontMatter: { postingId: posting.id },
    contentHash: hashString(JSON.stringify(posting)),
    warnings: [],
  };
}

function readContract(employment: string | undefined, title: string, plainBody: string): ContractType {
  const code = employment === undefined ? undefined : EMPLOYMENT_CODES[foldText(employment).replace(/[\s-]+/g, '_')];
  if (code) return code;
  const fromEmployment = detectContract(employment ?? '');
  if (fromEmployment !== 'unknown') return fromEmployment;
  const fromTitle = detectContractInTitle(title);
  return fromTitle !== 'unknown' ? fromTitle : detectContractByVotes(plainBody);
}

function readRemote(posting: BoardPosting, title: string, plainBody: string): RemotePolicy {
  if (posting.remote && posting.remote !== 'unknown') return posting.remote;
  if (REMOTE_PLACE.test(posting.location ?? '')) return 'full';
  const fromLocation = detectRemote(posting.location ?? '');
  return fromLocation !== 'unknown' ? fromLocation : detectRemote(`${title}\n${plainBody}`);
}

function safeUrl(value: string | undefined): string | undefined {
  return value === undefined ? undefined : toSafeUrl(value);
}

/** "2026-06-22T09:00:00-04:00" → the publisher's own day; other dates (RFC 822 in feeds, epochs) → the UTC day. */
export function toIsoDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const written = /^\s*(\d{4}-\d{2}-\d{2})/.exec(value)?.[1];
  if (written) return written;
  const time = Date.parse(value);
  return Number.isFinite(time) ? new Date(time).toISOString().slice(0, 10) : undefined;
}

function readLanguage(declared: string | undefined, title: string, plainBody: string): PostingLanguage {
  const code = declared?.trim().slice(0, 2).toLowerCase();
  return code === 'fr' || code === 'en' ? code : detectLanguage(title, plainBody);
}
