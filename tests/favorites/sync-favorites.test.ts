import { describe, expect, it } from 'vitest';
import { saveFavorite } from '../../lib/favorites/favorites-store';
import { syncFavorites, type LocalArea } from '../../lib/favorites/sync-favorites';
import { FAVORITES_SYNC_STATUS_KEY, FAVORITES_SYNC_WRITES_KEY } from '../../lib/favorites/sync-status';
import { sampleOffer } from '../db/sample-offer';
import { freshDatabase } from '../db/test-database';
import { FakeSyncArea } from './fake-sync-area';

const NOW = 1_732_000_000_000;

/** storage.local as a plain record. */
function fakeLocal(items: Record<string, unknown> = {}): LocalArea & { items: Record<string, unknown> } {
  return {
    items,
    get: async (key) => (key in items ? { [key]: items[key] } : {}),
    set: async (values) => void Object.assign(items, values),
  };
}

describe('syncFavorites', () => {
  it('syncs, keeps the status and the times of its writes for the next worker, and says when favorites changed here', async () => {
    const db = freshDatabase();
    const offer = sampleOffer({ id: 's:dev.md' });
    await db.offers.put({ ...offer, firstSeenAt: NOW, updatedAt: NOW, listed: 1 });
    await saveFavorite(db, offer.id, NOW - 1000);
    const area = new FakeSyncArea();
    const local = fakeLocal({ [FAVORITES_SYNC_WRITES_KEY]: [NOW - 5000, 'not a time'] });
    let localChanges = 0;

    const retryAt = await syncFavorites({ db, local, area, now: NOW, onLocalChange: async () => void localChanges++, onNoiseChange: async () => undefined });
    expect(retryAt).toBeUndefined();
    expect(Object.keys(area.items)).toEqual(['fav:s:dev.md']);
    expect(local.items[FAVORITES_SYNC_STATUS_KEY]).toEqual({ at: NOW, synced: 1, leftOut: 0, cutNotes: 0, noiseLeftOut: 0 });
    expect(local.items[FAVORITES_SYNC_WRITES_KEY]).toEqual([NOW - 5000, NOW]);
    expect(localChanges).toBe(0);

    const elsewhere = freshDatabase();
    await syncFavorites({ db: elsewhere, local: fakeLocal(), area, now: NOW + 1, onLocalChange: async () => void localChanges++, onNoiseChange: async () => undefined });
    expect(localChanges).toBe(1);
    expect((await elsewhere.favorites.get('s:dev.md'))?.snapshot.title).toBe(offer.title);
  });

  it('reports a failed database as a failed sync, and leaves storage.sync alone', async () => {
    const db = freshDatabase();
    db.close({ disableAutoOpen: true });
    const area = new FakeSyncArea();
    const local = fakeLocal();
    expect(await syncFavorites({ db, local, area, now: NOW, onLocalChange: async () => undefined, onNoiseChange: async () => undefined })).toBeUndefined();
    expect(local.items[FAVORITES_SYNC_STATUS_KEY]).toMatchObject({ at: NOW, synced: 0, leftOut: 0, cutNotes: 0, problem: 'failed' });
    expect(area.writes).toBe(0);
  });
});
