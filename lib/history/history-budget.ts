import type { PostingVersion } from './types';

/**
 * What the history of a posting the seeker did not save may hold: its last 10 versions, within
 * 4 KiB (the serialized versions' UTF-8 bytes), the oldest dropped first. Most postings never
 * change, so the store grows with the postings that do; a saved offer keeps its whole history.
 */
export const HISTORY_BUDGET: HistoryBudget = { versions: 10, bytes: 4096 };

export interface HistoryBudget {
  versions: number;
  bytes: number;
}

const encoder = new TextEncoder();

/** The bytes a version takes, counted as its JSON in UTF-8 (what IndexedDB keeps, give or take its own framing). */
export function versionBytes(version: PostingVersion): number {
  return encoder.encode(JSON.stringify(version)).length;
}

export interface HistoryTrim {
  /** Versions dropped, oldest first. */
  drop: PostingVersion[];
  /** The newest version alone is over the budget: kept with its field changes, without its paragraphs. */
  shrink?: PostingVersion;
}

/**
 * Which of an unsaved posting's versions (any order) leave its history to fit the budget. The newest
 * one always stays, so that the card can still say what changed last.
 */
export function trimHistory(versions: readonly PostingVersion[], budget: HistoryBudget = HISTORY_BUDGET): HistoryTrim {
  const newestFirst = [...versions].sort((a, b) => b.seenAt - a.seenAt || (b.seq ?? 0) - (a.seq ?? 0));
  const [newest, ...older] = newestFirst;
  if (!newest) return { drop: [] };
  let bytes = versionBytes(newest);
  const trim: HistoryTrim = { drop: [] };
  if (bytes > budget.bytes && (newest.body.added.length > 0 || newest.body.removed.length > 0)) {
    trim.shrink = { ...newest, body: { added: [], removed: [] } };
    bytes = versionBytes(trim.shrink);
  }
  let kept = 1;
  for (const version of older) {
    bytes += versionBytes(version);
    kept++;
    if (kept > budget.versions || bytes > budget.bytes) trim.drop.push(version);
  }
  trim.drop.reverse();
  return trim;
}
