import { browser } from '#imports';
import { reconcileFavorites, type SyncArea } from '../../lib/favorites/reconcile-favorites';
import { FAVORITE_KEY_PREFIX } from '../../lib/favorites/sync-record';
import { describeSyncError, FAVORITES_SYNC_STATUS_KEY, FAVORITES_SYNC_WRITES_KEY, type FavoritesSyncStatus } from '../../lib/favorites/sync-status';
import { CHANGE_SIGNAL_KEY, isChangeSignal, type ChangeScope } from '../../lib/messaging/change-signal';
import type { BackgroundServices } from './services';
import { signalChange } from './signal-change';

// A note is saved as it is typed: one write to storage.sync when the typing pauses, not one per save.
const AFTER_LOCAL_CHANGE_MS = 2_000;
// Another browser's changes arrive item by item: let them all land first.
const AFTER_REMOTE_CHANGE_MS = 1_000;
// Favorites change; the board changes when a sync brings offers that favorites from another browser only knew by name.
const SCOPES_TO_SYNC: readonly ChangeScope[] = ['favorites', 'board'];

/**
 * Saved offers follow the user through storage.sync: pulled when the worker starts and when
 * another browser's changes arrive, pushed shortly after a change here. Every writer of favorites
 * already announces its change (signalChange), so no writer has to know about this sync.
 */
export function registerFavoritesSync(services: BackgroundServices): void {
  const schedule = createScheduler(() => syncFavorites(services));
  browser.storage.onChanged.addListener((changes, areaName) => {
    if (areaName === 'sync' && Object.keys(changes).some((key) => key.startsWith(FAVORITE_KEY_PREFIX))) schedule(AFTER_REMOTE_CHANGE_MS);
    const signal = areaName === 'local' ? changes[CHANGE_SIGNAL_KEY]?.newValue : undefined;
    if (isChangeSignal(signal) && SCOPES_TO_SYNC.includes(signal.scope)) schedule(AFTER_LOCAL_CHANGE_MS);
  });
  schedule(0);
}

/** Returns when to run again, if the write limits held writes back. */
async function syncFavorites(services: BackgroundServices): Promise<number | undefined> {
  const now = Date.now();
  try {
    const stored = await browser.storage.local.get(FAVORITES_SYNC_WRITES_KEY);
    const result = await reconcileFavorites({ db: services.db, area: syncArea(), recentWrites: readWrites(stored[FAVORITES_SYNC_WRITES_KEY]), now });
    await browser.storage.local.set({ [FAVORITES_SYNC_STATUS_KEY]: result.status, [FAVORITES_SYNC_WRITES_KEY]: result.recentWrites });
    if (result.localChanged) await signalChange('favorites');
    return result.retryAt;
  } catch (error) {
    // The database itself failed (storage.sync's own errors are reported by reconcileFavorites).
    const status: FavoritesSyncStatus = { at: now, synced: 0, leftOut: 0, cutNotes: 0, problem: 'failed', detail: describeSyncError(error).detail };
    await browser.storage.local.set({ [FAVORITES_SYNC_STATUS_KEY]: status }).catch(() => undefined);
    return undefined;
  }
}

/** A browser built without sync may have no storage.sync at all: favorites then stay here, and the options page says so. */
function syncArea(): SyncArea | undefined {
  return (browser.storage as Partial<typeof browser.storage>).sync;
}

function readWrites(value: unknown): number[] {
  return Array.isArray(value) ? value.filter((at): at is number => typeof at === 'number') : [];
}

/**
 * Debounced and one at a time: a run asked for while one is going starts after it, and a run
 * that reports a later time (held-back writes) is scheduled for then.
 */
function createScheduler(run: () => Promise<number | undefined>): (delayMs: number) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let askedWhileRunning = false;

  function schedule(delayMs: number): void {
    clearTimeout(timer);
    timer = setTimeout(() => void start(), Math.max(0, delayMs));
  }

  async function start(): Promise<void> {
    if (running) {
      askedWhileRunning = true;
      return;
    }
    running = true;
    const retryAt = await run().finally(() => (running = false));
    if (askedWhileRunning) {
      askedWhileRunning = false;
      schedule(0);
    } else if (retryAt !== undefined) schedule(retryAt - Date.now());
  }

  return schedule;
}
