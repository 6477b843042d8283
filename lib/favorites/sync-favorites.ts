import type { VigieDatabase } from '../db/schema';
import { reconcileFavorites, type SyncArea } from './reconcile-favorites';
import { describeSyncError, FAVORITES_SYNC_STATUS_KEY, FAVORITES_SYNC_WRITES_KEY, type FavoritesSyncStatus } from './sync-status';

/** The part of storage.local the sync keeps its status and its recent writes in; a fake one in tests. */
export interface LocalArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface FavoritesSyncContext {
  db: VigieDatabase;
  local: LocalArea;
  /** storage.sync; undefined where the browser has none. */
  area: SyncArea | undefined;
  now: number;
  /** Favorites changed here: open pages reload them. */
  onLocalChange(): Promise<void>;
  /** Hidden postings or blocked organizations and words came from another browser: open pages reload them. */
  onNoiseChange(): Promise<void>;
}

/**
 * One sync of the saved offers, with its status kept for the options page. Returns when to run
 * again, if the write limits held writes back.
 */
export async function syncFavorites(context: FavoritesSyncContext): Promise<number | undefined> {
  const { db, local, area, now } = context;
  try {
    const stored = await local.get(FAVORITES_SYNC_WRITES_KEY);
    const result = await reconcileFavorites({ db, area, recentWrites: readWrites(stored[FAVORITES_SYNC_WRITES_KEY]), now });
    await local.set({ [FAVORITES_SYNC_STATUS_KEY]: result.status, [FAVORITES_SYNC_WRITES_KEY]: result.recentWrites });
    if (result.localChanged) await context.onLocalChange();
    if (result.noiseChanged) await context.onNoiseChange();
    return result.retryAt;
  } catch (error) {
    // The database itself failed (storage.sync's own errors are reported by reconcileFavorites).
    const status: FavoritesSyncStatus = { at: now, synced: 0, leftOut: 0, cutNotes: 0, problem: 'failed', detail: describeSyncError(error).detail };
    await local.set({ [FAVORITES_SYNC_STATUS_KEY]: status }).catch(() => undefined);
    return undefined;
  }
}

/** Stored by an earlier worker: kept only if it is a list of times. */
function readWrites(value: unknown): number[] {
  return Array.isArray(value) ? value.filter((at): at is number => typeof at === 'number') : [];
}
