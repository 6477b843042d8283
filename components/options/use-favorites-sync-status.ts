import { browser } from '#imports';
import { useEffect, useState } from 'preact/hooks';
import { FAVORITES_SYNC_STATUS_KEY, isFavoritesSyncStatus, type FavoritesSyncStatus } from '../../lib/favorites/sync-status';

/** How the last sync of saved offers went: the worker keeps it in storage.local (lib/favorites/sync-favorites.ts). */
export function useFavoritesSyncStatus(): FavoritesSyncStatus | undefined {
  const [status, setStatus] = useState<FavoritesSyncStatus>();
  useEffect(() => {
    const show = (value: unknown) => setStatus(isFavoritesSyncStatus(value) ? value : undefined);
    void browser.storage.local.get(FAVORITES_SYNC_STATUS_KEY).then((items) => show(items[FAVORITES_SYNC_STATUS_KEY]));
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && FAVORITES_SYNC_STATUS_KEY in changes) show(changes[FAVORITES_SYNC_STATUS_KEY]?.newValue);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  return status;
}
