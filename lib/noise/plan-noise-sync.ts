import { mergeRuleLists, withoutExpiredUndos } from './merge-noise-rules';
import { ruleId, type NoiseRule } from './noise-rules';
import { sanitizeNoiseRules } from './sanitize-noise-rules';

/**
 * The rules travel in storage.sync as a few items `noise:0`, `noise:1`… each a list of short
 * strings, one per rule: "<kind><+|-><time in base 36>|<what>", e.g. `o+mbz3k1s0|Etalab`,
 * `h+mbz3k1s0|2f1c0a9e3b7d11` (a hidden posting is its 14-character hash, whatever its id),
 * `wt+mbz3k1s0|stage` (t: in titles, a: anywhere). About 28 bytes a hidden posting: some 290 an item.
 * A new format takes a new prefix, so that an older Vigie never misreads a newer one's items.
 */
export const NOISE_KEY_PREFIX = 'noise:';

/**
 * At most this many items (24 KB of storage.sync's 100 KB): saved offers come first, the rules
 * take what room they leave, up to this.
 */
export const MAX_NOISE_ITEMS = 3;

export interface NoiseSyncRoom {
  /** Bytes and items storage.sync has left once the saved offers and other extensions' items are counted. */
  totalBytes: number;
  maxItems: number;
  bytesPerItem: number;
}

export interface NoiseSyncPlan {
  /** Both sides' rules, merged: what this browser stores. */
  merged: NoiseRule[];
  /** Items that changed, for the one set() call. */
  set: Record<string, string[]>;
  /** Vigie's noise items no longer needed. */
  remove: string[];
  /** Rules that act here but found no room: they stay in this browser only. */
  leftOut: number;
}

const KIND_LETTERS = { hidden: 'h', organization: 'o', word: 'w' } as const;
const SCOPE_LETTERS = { title: 't', anywhere: 'a' } as const;
/** Blocked organizations and words first: few, and each hides many postings; then the newest. */
const KIND_ORDER = { organization: 0, word: 0, hidden: 1 } as const;

export function encodeNoiseRule(rule: NoiseRule): string {
  const head = `${KIND_LETTERS[rule.kind]}${rule.kind === 'word' ? SCOPE_LETTERS[rule.scope] : ''}${rule.removed ? '-' : '+'}${rule.at.toString(36)}`;
  const what = rule.kind === 'hidden' ? rule.key : rule.kind === 'organization' ? rule.name : rule.word;
  return `${head}|${what}`;
}

const ENCODED = /^(h|o|w[ta])([+-])([0-9a-z]{1,11})\|(.+)$/s;

/** Undefined for a string that is not a rule (an item damaged or from elsewhere); the rule is sanitized like an import. */
export function decodeNoiseRule(text: string): NoiseRule | undefined {
  const match = ENCODED.exec(text);
  if (!match) return undefined;
  const [, kind = '', sign, time = '', what] = match;
  const base = { at: parseInt(time, 36), ...(sign === '-' ? { removed: true } : {}) };
  const raw =
    kind === 'h' ? { kind: 'hidden', key: what, ...base }
    : kind === 'o' ? { kind: 'organization', name: what, ...base }
    : { kind: 'word', word: what, scope: kind === 'wt' ? 'title' : 'anywhere', ...base };
  return sanitizeNoiseRules([raw])[0];
}

/** Every rule of storage.sync's noise items. */
export function readRemoteNoise(remote: Readonly<Record<string, unknown>>): NoiseRule[] {
  return Object.entries(remote).flatMap(([key, value]) =>
    key.startsWith(NOISE_KEY_PREFIX) && Array.isArray(value) ? value.flatMap((text) => (typeof text === 'string' ? (decodeNoiseRule(text) ?? []) : [])) : [],
  );
}

/**
 * One sync of the rules: both sides merged rule by rule (the later change wins), then packed into
 * the room left, most important first. The packing depends on the rules only, so two browsers
 * holding the same rules write the same items and never overwrite each other back and forth.
 */
export function planNoiseSync(local: readonly NoiseRule[], remote: Readonly<Record<string, unknown>>, room: NoiseSyncRoom, now: number): NoiseSyncPlan {
  const merged = withoutExpiredUndos(mergeRuleLists(local, readRemoteNoise(remote)), now);
  const { items, leftOut } = pack(merged, { ...room, maxItems: Math.min(MAX_NOISE_ITEMS, room.maxItems) });
  const set = Object.fromEntries(items.flatMap((item, index) => {
    const key = `${NOISE_KEY_PREFIX}${index}`;
    return sameList(remote[key], item) ? [] : [[key, item] as const];
  }));
  const remove = Object.keys(remote).filter((key) => key.startsWith(NOISE_KEY_PREFIX) && Number(key.slice(NOISE_KEY_PREFIX.length)) >= items.length);
  return { merged, set, remove, leftOut };
}

function pack(rules: readonly NoiseRule[], room: NoiseSyncRoom): { items: string[][]; leftOut: number } {
  const ordered = [...rules].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || b.at - a.at || (ruleId(a) < ruleId(b) ? -1 : 1));
  const items: string[][] = [];
  let itemBytes = 0;
  let totalBytes = 0;
  let leftOut = 0;
  for (const rule of ordered) {
    const encoded = encodeNoiseRule(rule);
    const bytes = jsonStringBytes(encoded) + 1;
    const keyBytes = NOISE_KEY_PREFIX.length + String(items.length).length;
    // An empty list "[]" and its key cost bytes too, counted when an item is opened.
    const fitsCurrent = items.length > 0 && itemBytes + bytes <= room.bytesPerItem && totalBytes + bytes <= room.totalBytes;
    const opening = keyBytes + 2 + bytes;
    const fitsNew = !fitsCurrent && items.length < room.maxItems && opening <= room.bytesPerItem && totalBytes + opening <= room.totalBytes;
    if (fitsCurrent) {
      items[items.length - 1]!.push(encoded);
      itemBytes += bytes;
      totalBytes += bytes;
    } else if (fitsNew) {
      items.push([encoded]);
      itemBytes = opening;
      totalBytes += opening;
    } else if (!rule.removed) leftOut++;
  }
  return { items, leftOut };
}

/** A string's bytes in Chrome's JSON (lib/favorites/sync-item-bytes.ts counts the same way): quotes, escapes, UTF-8. */
function jsonStringBytes(text: string): number {
  const json = JSON.stringify(text);
  let bytes = 0;
  for (const character of json) {
    const code = character.codePointAt(0) ?? 0;
    bytes += character === '<' ? 6 : code === 0x2028 || code === 0x2029 ? 6 : code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

function sameList(stored: unknown, item: readonly string[]): boolean {
  return Array.isArray(stored) && stored.length === item.length && stored.every((text, index) => text === item[index]);
}
