import { browser } from '#imports';
import { createScheduler } from '../../lib/favorites/create-scheduler';
import type { SyncArea } from '../../lib/favorites/reconcile-favorites';
import { syncFavorites } from '../../lib/favorites/sync-favorites';
import { FAVORITE_KEY_PREFIX } from '../../lib/favorites/sync-record';
import { NOISE_KEY_PREFIX } from '../../lib/noise/plan-noise-sync';
import { CHANGE_SIGNAL_KEY, isChangeSignal, type ChangeScope } from '../../lib/messaging/change-signal';
import type { BackgroundServices } from './services';
import { signalChange } from './signal-change';

// A note is saved as it is typed: one write to storage.sync when the typing pauses, not one per save.
const AFTER_LOCAL_CHANGE_MS = 2_000;
// Another browser's changes arrive item by item: let them all land first.
const AFTER_REMOTE_CHANGE_MS = 1_000;
// Favorites change; the board changes when a sync brings offers that favorites from another browser only knew by name;
// settings change with what the seeker hides and blocks, which travels too.
const SCOPES_TO_SYNC: readonly ChangeScope[] = ['favorites', 'board', 'settings'];
const SYNCED_PREFIXES = [FAVORITE_KEY_PREFIX, NOISE_KEY_PREFIX];

/**
 * Saved offers follow the user through storage.sync: pulled when the worker starts and when
 * another browser's changes arrive, pushed shortly after a change here. Every writer of favorites
 * already announces its change (signalChange), so no writer has to know about this sync.
 */
export function registerFavoritesSync(services: BackgroundServices): void {
  // Rules hidden or blocked in another browser change the popup's first screen: its copy is kept right around the run.
  const run = () =>
    services.firstScreen.whileChanging(() => syncFavorites({
      db: services.db, local: browser.storage.local, area: syncArea(), now: Date.now(),
      onLocalChange: () => signalChange('favorites'),
      onNoiseChange: () => signalChange('settings'),
    }));
  const schedule = createScheduler(run);
  browser.storage.onChanged.addListener((changes, areaName) => {
    if (areaName === 'sync' && Object.keys(changes).some((key) => SYNCED_PREFIXES.some((prefix) => key.startsWith(prefix)))) schedule(AFTER_REMOTE_CHANGE_MS);
    const signal = areaName === 'local' ? changes[CHANGE_SIGNAL_KEY]?.newValue : undefined;
    if (isChangeSignal(signal) && SCOPES_TO_SYNC.includes(signal.scope)) schedule(AFTER_LOCAL_CHANGE_MS);
  });
  schedule(0);
}

/** A browser built without sync may have no storage.sync at all: favorites then stay here, and the options page says so. */
function syncArea(): SyncArea | undefined {
  return (browser.storage as Partial<typeof browser.storage>).sync;
}
