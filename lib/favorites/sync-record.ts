import { isStage, STAGES } from '../db/records';
import { savedEntry, type SavedEntry, type StageStep, type SyncEntry } from './sync-entry';
import { syncItemBytes } from './sync-item-bytes';
import { SYNC_QUOTAS } from './sync-quotas';

/**
 * One storage.sync item per saved offer: `fav:` + the offer id. The offer id is the source's id
 * (derived from the folder's address, so the same in every browser that follows it) and the
 * file's path: enough for another browser to find the offer. A new record format takes a new
 * prefix, so that an older Vigie never misreads, nor removes, a newer one's records.
 */
export const FAVORITE_KEY_PREFIX = 'fav:';

/** A saved offer in storage.sync. One-letter names: every byte counts against the 100 KB quota. */
export interface SavedRecord {
  /** Title, cut to LABEL_LIMITS.title. */
  t: string;
  /** Organization, cut to LABEL_LIMITS.organization. */
  o?: string;
  /** The posting's web page; left out when longer than LABEL_LIMITS.url (a cut address is a wrong one). */
  u?: string;
  /** Stage. */
  s: (typeof STAGES)[number];
  /**
   * The last MAX_STEPS steps of the stage history, as [index in STAGES, time], with a third
   * element when the seeker gave the step another date (an older Vigie reads the first two).
   */
  h: Array<[number, number] | [number, number, number]>;
  /** Note; absent when empty. */
  n?: string;
  /** Contact, cut to LABEL_LIMITS.contact; '' when cleared; absent when never given (or from an older Vigie, which drops it). */
  k?: string;
  /** 1 when the note is the beginning of a longer one, cut to fit the 8 KB item. */
  c?: 1;
  /** Saved at. */
  a: number;
  /** Last changed at. */
  m: number;
}

/** An unsave: when it happened. */
export interface RemovedRecord {
  x: number;
}

export type SyncRecord = SavedRecord | RemovedRecord;

export interface EncodedRecord {
  offerId: string;
  key: string;
  value: SyncRecord;
  /** As Chrome counts it against the quotas (syncItemBytes). */
  bytes: number;
  updatedAt: number;
  /** Its note had to be cut (here or in the browser it came from). */
  noteCut: boolean;
}

const LABEL_LIMITS = { title: 120, organization: 80, url: 500, contact: 300 } as const;
/** Stage changes a record carries: a real story has a handful; 50 is also what an import keeps. */
export const MAX_STEPS = 50;
/** Bounds on what is read back: the same as a note typed here. */
const READ_LIMITS = { offerId: 1000, title: 500, organization: 500, url: 2000, note: 5000, contact: 300 } as const;

export function favoriteKey(offerId: string): string {
  return `${FAVORITE_KEY_PREFIX}${offerId}`;
}

/**
 * The record that fits one item, or undefined when even its smallest form does not (an absurdly
 * long offer id). The label and the last MAX_STEPS stage changes (at most about 1 KB) always
 * travel; the note gives way when the item would pass 8 KB. Decoding a record and encoding it
 * again gives the same record: two browsers holding the same favorite write the same bytes, and
 * never overwrite each other back and forth.
 */
export function encodeEntry(entry: SyncEntry, maxItemBytes: number = SYNC_QUOTAS.bytesPerItem): EncodedRecord | undefined {
  const key = favoriteKey(entry.offerId);
  const value = entry.kind === 'removed' ? { x: entry.updatedAt } : fitNote(key, baseRecord(entry), entry, maxItemBytes);
  const bytes = syncItemBytes(key, value);
  if (bytes > maxItemBytes) return undefined;
  return { offerId: entry.offerId, key, value, bytes, updatedAt: entry.updatedAt, noteCut: 'c' in value };
}

function baseRecord(entry: SavedEntry): SavedRecord {
  const { title, organization, url } = entry.label;
  return {
    t: cutText(title, LABEL_LIMITS.title),
    ...(organization ? { o: cutText(organization, LABEL_LIMITS.organization) } : {}),
    ...(url && url.length <= LABEL_LIMITS.url ? { u: url } : {}),
    s: entry.stage,
    h: entry.stageHistory.slice(-MAX_STEPS).map((step) => (step.on === undefined ? [STAGES.indexOf(step.stage), step.at] : [STAGES.indexOf(step.stage), step.at, step.on])),
    ...(entry.contact !== undefined ? { k: cutText(entry.contact, LABEL_LIMITS.contact) } : {}),
    a: entry.savedAt,
    m: entry.updatedAt,
  };
}

/** The whole note when it fits; else its longest beginning that does, flagged as cut. */
function fitNote(key: string, base: SavedRecord, entry: SavedEntry, maxItemBytes: number): SavedRecord {
  const withNote = (note: string, cut: boolean): SavedRecord => ({ ...base, ...(note ? { n: note } : {}), ...(cut ? { c: 1 as const } : {}) });
  const whole = withNote(entry.note, entry.noteTruncated);
  if (syncItemBytes(key, whole) <= maxItemBytes || syncItemBytes(key, base) > maxItemBytes) return whole;
  let fits = 0;
  let fails = entry.note.length;
  while (fails - fits > 1) {
    const middle = Math.floor((fits + fails) / 2);
    if (syncItemBytes(key, withNote(cutText(entry.note, middle), true)) <= maxItemBytes) fits = middle;
    else fails = middle;
  }
  return withNote(cutText(entry.note, fits), true);
}

/** At most `length` UTF-16 units, never half of a surrogate pair. */
function cutText(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/** The entry an item of storage.sync holds, or undefined when it is not a well-formed record of Vigie's. */
export function decodeRecord(key: string, value: unknown): SyncEntry | undefined {
  if (!key.startsWith(FAVORITE_KEY_PREFIX) || !isObject(value)) return undefined;
  const offerId = key.slice(FAVORITE_KEY_PREFIX.length);
  if (offerId.length === 0 || offerId.length > READ_LIMITS.offerId) return undefined;
  if ('x' in value) return isTime(value.x) ? { kind: 'removed', offerId, updatedAt: value.x } : undefined;
  if (typeof value.t !== 'string' || !isStage(value.s) || !isTime(value.a) || !isTime(value.m)) return undefined;
  return savedEntry({
    offerId,
    label: {
      title: value.t.slice(0, READ_LIMITS.title),
      organization: optionalText(value.o, READ_LIMITS.organization),
      url: webAddress(value.u),
    },
    stage: value.s,
    stageHistory: readSteps(value.h),
    note: optionalText(value.n, READ_LIMITS.note) ?? '',
    contact: typeof value.k === 'string' ? value.k.slice(0, READ_LIMITS.contact) : undefined,
    noteTruncated: value.c === 1,
    savedAt: value.a,
    updatedAt: value.m,
  });
}

function readSteps(raw: unknown): StageStep[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .flatMap((step): StageStep[] => {
      if (!Array.isArray(step) || !isTime(step[1])) return [];
      const stage = STAGES[step[0] as number];
      if (!Number.isInteger(step[0]) || !stage) return [];
      return isTime(step[2]) ? [{ stage, at: step[1], on: step[2] }] : [{ stage, at: step[1] }];
    })
    .slice(-MAX_STEPS);
}

/** Only http(s): the popup makes a link of it. */
function webAddress(value: unknown): string | undefined {
  const text = optionalText(value, READ_LIMITS.url);
  return text !== undefined && /^https?:\/\//i.test(text) ? text : undefined;
}

function optionalText(value: unknown, max: number): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value.slice(0, max) : undefined;
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
