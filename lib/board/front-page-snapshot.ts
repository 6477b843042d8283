import { isStage, type FavoriteRecord, type FrontPageRecord, type OfferSummary, type Stage } from '../db/records';
import { OFFER_SUMMARY_VERSION } from './offer-summary';
import type { FrontPageRead } from './read-front-page';

/**
 * The popup's first screen as the database holds it (the front page, the "not interested" rules and
 * the words they found, the saved offers' stages), copied by the worker where the popup reads it without opening IndexedDB:
 * opening the database took 8–35 ms before the first render could start. The worker forgets the
 * copy before any change to what it copies and makes it again after (lib/board/snapshot-keeper.ts),
 * so a copy that is there is the database's current state.
 */
export interface FrontPageSnapshot extends FrontPageRead {
  /** The summaries' shape (OFFER_SUMMARY_VERSION): a copy made by an older Vigie is not read. */
  summaryVersion: number;
  saved: ReadonlyArray<readonly [string, Stage]>;
  savedPostings: number;
}

/**
 * Where the worker keeps the copy, as JSON text, in storage.local: the popup reads it in the same call as the query
 * it reopens on. Text rather than the object: the browser hands storage values over as trees of
 * values, converted item by item in its own main thread and again in the popup's (60 summaries,
 * their skills and tags, 125 KB over IPC); one string crosses as one, and JSON.parse reads it faster
 * than either conversion. Measured from an extension page (2026-12-07, bench/README.md), one storage.local call
 * with the copy answered in 12.2 ms median in Chromium and 2 ms in Firefox, against 14.2 and 5 ms for
 * storage.session's beside storage.local's, and 16.4 and 4–5 ms for the database's opening and read
 * beside storage.local's.
 */
export const FRONT_PAGE_SNAPSHOT_KEY = 'popupFrontPage';

/** `savedPostings`: the saved offers counted as the popup's saved list counts them (oneEntryPerPosting, lib/duplicates). */
export function frontPageSnapshotOf(read: FrontPageRead, favorites: ReadonlyArray<Pick<FavoriteRecord, 'offerId' | 'stage'>>, savedPostings: number): string {
  const saved = favorites.map(({ offerId, stage }) => [offerId, stage] as const);
  const snapshot: FrontPageSnapshot = { ...read, summaryVersion: OFFER_SUMMARY_VERSION, saved, savedPostings };
  return JSON.stringify(snapshot);
}

/**
 * The front page of a stored copy, or undefined when it is missing, of another version (an object,
 * as Vigie stored it before the text) or malformed (storage is untrusted input: content scripts may write storage.local too): the popup then reads the
 * database as before. The rules and the hits
 * are checked where they are used, as when they come from the database (sanitizeNoiseRules, readWordHits).
 */
export function readFrontPageSnapshot(stored: unknown): FrontPageRead | undefined {
  const value = parsedJson(stored);
  if (!isObject(value) || value.summaryVersion !== OFFER_SUMMARY_VERSION || !isFrontPageRecord(value.record) || !isSavedList(value.saved) || !isCount(value.savedPostings)) return undefined;
  return { record: value.record, rules: value.rules, wordHits: value.wordHits, saved: value.saved, savedPostings: value.savedPostings };
}

function parsedJson(stored: unknown): unknown {
  if (typeof stored !== 'string') return undefined;
  try {
    return JSON.parse(stored);
  } catch {
    return undefined;
  }
}

function isFrontPageRecord(value: unknown): value is FrontPageRecord {
  return isObject(value) && value.id === 'current' && isCount(value.total) && isCount(value.updatedAt) && Array.isArray(value.summaries) && value.summaries.every(isOfferSummary);
}

/** What each field of a summary must be: the rows render these, and filter and sort by them. */
const SUMMARY_FIELDS: Record<keyof OfferSummary, (value: unknown) => boolean> = {
  id: isText,
  sourceId: isText,
  title: isText,
  status: isText,
  contract: isText,
  remote: isText,
  skills: isTextList,
  skillGroups: optional((value) => Array.isArray(value) && value.every(isTextList)),
  optionalSkills: optional(isTextList),
  tags: isTextList,
  firstSeenAt: isCount,
  organization: optional(isText),
  location: optional(isText),
  postedAt: optional(isText),
  deadline: optional(isText),
};

const SUMMARY_CHECKS = Object.entries(SUMMARY_FIELDS);

export function isOfferSummary(value: unknown): value is OfferSummary {
  return isObject(value) && SUMMARY_CHECKS.every(([field, check]) => check(value[field]));
}

function isSavedList(value: unknown): value is Array<[string, Stage]> {
  return Array.isArray(value) && value.every((entry) => Array.isArray(entry) && entry.length === 2 && isText(entry[0]) && isStage(entry[1]));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string';
}

function isTextList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every(isText);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function optional(check: (value: unknown) => boolean): (value: unknown) => boolean {
  return (value) => value === undefined || check(value);
}
