import { mergeEntry, mergeEntryLists } from './merge-entries';
import { entryFromFavorite, entryFromTombstone, sameStoredEntry, type SavedEntry, type SyncEntry } from './sync-entry';
import { isLabelOnlySnapshot, labelOnlySnapshot } from './label-only-snapshot';
import type { Offer } from '../postings/types';
import type { FavoriteRecord, FavoriteTombstone } from '../db/records';
import type { VigieDatabase } from '../db/schema';
import { toSnapshot } from '../db/to-snapshot';

/** This browser's side of the sync with storage.sync: its saved offers and the unsaves not yet forgotten. */
export async function readLocalSyncEntries(db: VigieDatabase): Promise<SyncEntry[]> {
  const [favorites, tombstones] = await db.transaction('r', [db.favorites, db.favoriteTombstones], () =>
    Promise.all([db.favorites.toArray(), db.favoriteTombstones.toArray()]),
  );
  return [...mergeEntryLists(favorites.map(entryFromFavorite), tombstones.map(entryFromTombstone)).values()];
}

/**
 * Stores merged entries, then forgets the unsaves past their lifetime. Each entry is merged once
 * more with what the database holds at that moment: a note typed while storage.sync was being read
 * is newer, and stays. Returns whether anything changed.
 */
export async function applySyncedEntries(db: VigieDatabase, entries: readonly SyncEntry[], expired: readonly string[] = []): Promise<boolean> {
  if (entries.length === 0 && expired.length === 0) return false;
  return db.transaction('rw', [db.favorites, db.favoriteTombstones, db.offers], async () => {
    let changed = false;
    for (const entry of entries) changed = (await applyEntry(db, entry)) || changed;
    await db.favoriteTombstones.bulkDelete([...expired]);
    return changed || expired.length > 0;
  });
}

async function applyEntry(db: VigieDatabase, incoming: SyncEntry): Promise<boolean> {
  const { offerId } = incoming;
  const [favorite, tombstone] = await Promise.all([db.favorites.get(offerId), db.favoriteTombstones.get(offerId)]);
  const local = localEntry(favorite, tombstone);
  const entry = local ? mergeEntry(local, incoming) : incoming;
  if (local ? sameStoredEntry(local, entry) : entry.kind === 'removed') return false;
  if (entry.kind === 'removed') {
    await db.favorites.delete(offerId);
    await db.favoriteTombstones.put({ offerId, removedAt: entry.updatedAt });
    return true;
  }
  const snapshot = favorite?.snapshot ?? (await knownSnapshot(db, offerId)) ?? labelOnlySnapshot(offerId, entry.label);
  // Muting alerts is this browser's choice: a change from another browser keeps it.
  await db.favorites.put({ ...toFavorite(entry, snapshot), ...(favorite?.alertsMuted ? { alertsMuted: true as const } : {}) });
  await db.favoriteTombstones.delete(offerId);
  return true;
}

function localEntry(favorite: FavoriteRecord | undefined, tombstone: FavoriteTombstone | undefined): SyncEntry | undefined {
  const entries = [...(favorite ? [entryFromFavorite(favorite)] : []), ...(tombstone ? [entryFromTombstone(tombstone)] : [])];
  return entries.reduce<SyncEntry | undefined>((merged, entry) => (merged ? mergeEntry(merged, entry) : entry), undefined);
}

function toFavorite(entry: SavedEntry, snapshot: Offer): FavoriteRecord {
  const { offerId, note, contact, stage, stageHistory, savedAt, updatedAt } = entry;
  return { offerId, snapshot, note, ...(contact !== undefined ? { contact } : {}), stage, stageHistory, savedAt, updatedAt, ...(entry.noteTruncated ? { noteTruncated: true } : {}) };
}

async function knownSnapshot(db: VigieDatabase, offerId: string): Promise<Offer | undefined> {
  const offer = await db.offers.get(offerId);
  return offer && toSnapshot(offer);
}

/**
 * Favorites that came from another browser as a bare label take the offer's snapshot once a
 * source followed here brings it: it then survives the posting's removal like any other.
 */
export async function completeLabelOnlySnapshots(db: VigieDatabase): Promise<number> {
  // Read first, outside a write transaction: most runs find none, and a sync may be writing offers.
  const labelOnlyIds = (await db.favorites.filter((favorite) => isLabelOnlySnapshot(favorite.snapshot)).primaryKeys()) as string[];
  if (labelOnlyIds.length === 0) return 0;
  return db.transaction('rw', [db.favorites, db.offers], async () => {
    const offers = await db.offers.bulkGet(labelOnlyIds);
    let completed = 0;
    for (const offer of offers) {
      if (!offer) continue;
      completed += await db.favorites.where('offerId').equals(offer.id).filter((favorite) => isLabelOnlySnapshot(favorite.snapshot)).modify({ snapshot: toSnapshot(offer) });
    }
    return completed;
  });
}
