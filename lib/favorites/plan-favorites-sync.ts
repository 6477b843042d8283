import { fitSyncBudget } from './fit-sync-budget';
import { mergeEntryLists } from './merge-entries';
import { sameJson } from './canonical-json';
import { sameStoredEntry, type SyncEntry } from './sync-entry';
import { syncItemBytes } from './sync-item-bytes';
import { SYNC_QUOTAS, type SyncBudget } from './sync-quotas';
import { decodeRecord, FAVORITE_KEY_PREFIX, type SyncRecord } from './sync-record';

/**
 * How long an unsave is kept. Past it, a browser that has not synced since then (and still holds
 * the offer) saves it back: keeping a favorite by mistake is better than losing one.
 */
export const TOMBSTONE_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;

export interface FavoritesSyncInput {
  /** This browser's favorites and unsaves. */
  local: readonly SyncEntry[];
  /** All of storage.sync, as get(null) gives it. */
  remote: Readonly<Record<string, unknown>>;
  now: number;
  budget?: SyncBudget;
}

export interface FavoritesSyncPlan {
  /** Merged entries this browser's database does not hold yet. */
  toApply: SyncEntry[];
  /** Unsaves past their lifetime, to forget here once `toApply` is stored. */
  expired: string[];
  /** Records that changed, for one set() call. */
  set: Record<string, SyncRecord>;
  /** Keys to take out of storage.sync: expired unsaves, records left out, unreadable records. */
  remove: string[];
  /**
   * Saved offers kept out of storage.sync for lack of room: the least recently changed. An unsave
   * left out is not listed: older than all that is kept, it is lost as an expired one is.
   */
  leftOut: string[];
  /** Offers whose note travels cut to fit one item. */
  cutNotes: string[];
  /** Saved offers in storage.sync once the plan is carried out. */
  syncedCount: number;
  /** Bytes and items of storage.sync in use once the plan is carried out, other extensions' items included: the rest is the room left (lib/noise). */
  usedBytes: number;
  usedItems: number;
}

/**
 * The whole decision of one sync with storage.sync, for the worker to carry out: both sides merged
 * offer by offer, then what this browser must store and what storage.sync must hold, within its
 * quotas. Items of storage.sync that are not Vigie's favorites are left alone, and counted.
 */
export function planFavoritesSync({ local, remote, now, budget = SYNC_QUOTAS }: FavoritesSyncInput): FavoritesSyncPlan {
  const { entries: remoteEntries, foreign } = readRemote(remote);
  const mergedById = mergeEntryLists(local, remoteEntries);
  const merged = [...mergedById.values()];
  const localById = new Map(local.map((entry) => [entry.offerId, entry]));
  // An expired unsave still removes an older save; it is only no longer kept, here or there.
  const expired = new Set(merged.filter((entry) => entry.kind === 'removed' && now - entry.updatedAt > TOMBSTONE_LIFETIME_MS).map((entry) => entry.offerId));
  const room = { ...budget, totalBytes: budget.totalBytes - foreign.bytes, maxItems: budget.maxItems - foreign.count };
  const fitted = fitSyncBudget(merged.filter((entry) => !expired.has(entry.offerId)), room);
  return {
    toApply: merged.filter((entry) => needsApplying(localById.get(entry.offerId), entry)),
    expired: [...expired].filter((offerId) => localById.has(offerId)),
    set: Object.fromEntries(fitted.kept.filter((record) => !sameJson(remote[record.key], record.value)).map((record) => [record.key, record.value])),
    remove: keysToRemove(remote, new Set(fitted.kept.map((record) => record.key))),
    leftOut: fitted.leftOut.filter((offerId) => mergedById.get(offerId)?.kind === 'saved'),
    cutNotes: fitted.kept.filter((record) => record.noteCut).map((record) => record.offerId),
    syncedCount: fitted.kept.filter((record) => !('x' in record.value)).length,
    usedBytes: fitted.bytes + foreign.bytes,
    usedItems: fitted.kept.length + foreign.count,
  };
}

/** Vigie's records that are not to stay: expired unsaves, records left out, unreadable ones. */
function keysToRemove(remote: Readonly<Record<string, unknown>>, kept: ReadonlySet<string>): string[] {
  return Object.keys(remote).filter((key) => key.startsWith(FAVORITE_KEY_PREFIX) && !kept.has(key));
}

function readRemote(remote: Readonly<Record<string, unknown>>): { entries: SyncEntry[]; foreign: { bytes: number; count: number } } {
  const entries: SyncEntry[] = [];
  const foreign = { bytes: 0, count: 0 };
  for (const [key, value] of Object.entries(remote)) {
    if (!key.startsWith(FAVORITE_KEY_PREFIX)) {
      foreign.bytes += syncItemBytes(key, value);
      foreign.count++;
      continue;
    }
    const entry = decodeRecord(key, value);
    if (entry) entries.push(entry);
  }
  return { entries, foreign };
}

/** An unsave of an offer never saved here has nothing to remove. */
function needsApplying(local: SyncEntry | undefined, merged: SyncEntry): boolean {
  return local ? !sameStoredEntry(local, merged) : merged.kind === 'saved';
}
