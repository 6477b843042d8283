/** Where the worker tells the options page how the last sync with storage.sync went (storage.local). */
export const FAVORITES_SYNC_STATUS_KEY = 'vigie:favoritesSync';
/** The times of the recent writes to storage.sync, so that a restarted worker still keeps to the write limits. */
export const FAVORITES_SYNC_WRITES_KEY = 'vigie:favoritesSyncWrites';

/**
 * quota: storage.sync is full; rate: too many writes, they resume by themselves; unavailable: the
 * browser does not sync extension data (Firefox with sync turned off); failed: anything else.
 */
export type FavoritesSyncProblem = 'quota' | 'rate' | 'unavailable' | 'failed';

export interface FavoritesSyncStatus {
  at: number;
  /** Saved offers in storage.sync after the last sync that went through. */
  synced: number;
  /** Saved offers kept out of storage.sync for lack of room. */
  leftOut: number;
  /** Notes that travel cut. */
  cutNotes: number;
  /** Hidden postings and blocked organizations or words kept out of storage.sync for lack of room (absent before they travelled). */
  noiseLeftOut?: number;
  problem?: FavoritesSyncProblem;
  /** The browser's own words about the problem. */
  detail?: string;
}

export function describeSyncError(error: unknown): Pick<FavoritesSyncStatus, 'problem' | 'detail'> {
  const detail = (error instanceof Error ? error.message : String(error)).slice(0, 300);
  // Chrome's messages name the quota: "MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded", "QUOTA_BYTES quota exceeded".
  if (/MAX_WRITE_OPERATIONS/i.test(detail)) return { problem: 'rate', detail };
  if (/QUOTA_BYTES|MAX_ITEMS|quota/i.test(detail)) return { problem: 'quota', detail };
  // Firefox: "Please set webextensions.storage.sync.enabled to true in about:config".
  if (/storage\.sync\.enabled|sync.*(disabled|not available|unavailable)/i.test(detail)) return { problem: 'unavailable', detail };
  return { problem: 'failed', detail };
}

export function isFavoritesSyncStatus(value: unknown): value is FavoritesSyncStatus {
  if (typeof value !== 'object' || value === null) return false;
  const status = value as Record<string, unknown>;
  return ['at', 'synced', 'leftOut', 'cutNotes'].every((field) => typeof status[field] === 'number');
}
