import type { Offer } from '../postings/types';
import { MAX_CONTACT_LENGTH, type FavoriteRecord, type Stage } from '../db/records';
import { trimOfferHistory } from '../db/history-store';
import type { VigieDatabase } from '../db/schema';
import { toSnapshot } from '../db/to-snapshot';
import { redateStep } from '../db/stage-history';

const MAX_NOTE_LENGTH = 5000;

/** Saves a stored offer, or a snapshot given by the caller (a page read while browsing). */
export async function saveFavorite(db: VigieDatabase, offerId: string, now = Date.now(), snapshot?: Offer): Promise<FavoriteRecord | undefined> {
  return db.transaction('rw', [db.offers, db.favorites, db.favoriteTombstones], async () => {
    const existing = await db.favorites.get(offerId);
    if (existing) return existing;
    const stored = await db.offers.get(offerId);
    const offer = stored ? toSnapshot(stored) : snapshot;
    if (!offer) return undefined;
    const favorite: FavoriteRecord = { offerId, snapshot: offer, note: '', stage: 'saved', stageHistory: [{ stage: 'saved', at: now }], savedAt: now, updatedAt: now };
    await db.favorites.put(favorite);
    await db.favoriteTombstones.delete(offerId);
    return favorite;
  });
}

/** The unsave is remembered, so that the user's other browsers unsave the offer too; the posting's history falls under the budget of unsaved ones. */
export async function removeFavorite(db: VigieDatabase, offerId: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', [db.favorites, db.favoriteTombstones, db.versions], async () => {
    if ((await db.favorites.where('offerId').equals(offerId).delete()) === 0) return;
    await db.favoriteTombstones.put({ offerId, removedAt: now });
    await trimOfferHistory(db, offerId);
  });
}

/** A muted offer is not alerted about (lib/notify); not a change the other browsers need, so its last change stays. */
export async function setFavoriteAlertsMuted(db: VigieDatabase, offerId: string, muted: boolean): Promise<boolean> {
  return (await db.favorites.update(offerId, { alertsMuted: muted ? true : undefined })) === 1;
}

/** A note written here is whole, even where it replaces one that came cut from another browser. */
export async function setFavoriteNote(db: VigieDatabase, offerId: string, note: string, now = Date.now()): Promise<boolean> {
  return (await db.favorites.update(offerId, { note: note.slice(0, MAX_NOTE_LENGTH), noteTruncated: undefined, updatedAt: now })) === 1;
}

export async function setFavoriteStage(db: VigieDatabase, offerId: string, stage: Stage, now = Date.now()): Promise<boolean> {
  return db.transaction('rw', db.favorites, async () => {
    const favorite = await db.favorites.get(offerId);
    if (!favorite) return false;
    if (favorite.stage === stage) return true;
    await db.favorites.put({ ...favorite, stage, stageHistory: [...favorite.stageHistory, { stage, at: now }], updatedAt: now });
    return true;
  });
}

/**
 * Who the seeker deals with for this offer. An empty contact is none; clearing one keeps it as ''
 * so that the clear travels (a record without a contact means "not known", from an older Vigie).
 */
export async function setFavoriteContact(db: VigieDatabase, offerId: string, contact: string, now = Date.now()): Promise<boolean> {
  return db.transaction('rw', db.favorites, async () => {
    const favorite = await db.favorites.get(offerId);
    if (!favorite) return false;
    const { contact: previous, ...rest } = favorite;
    const trimmed = contact.trim().slice(0, MAX_CONTACT_LENGTH);
    const cleared = previous !== undefined;
    await db.favorites.put({ ...rest, ...(trimmed || cleared ? { contact: trimmed } : {}), updatedAt: now });
    return true;
  });
}

/** The seeker's own date for the step moved at `at` ("I applied on the 3rd, before saving it here"). */
export async function setFavoriteStepDate(db: VigieDatabase, offerId: string, at: number, on: number, now = Date.now()): Promise<boolean> {
  return db.transaction('rw', db.favorites, async () => {
    const favorite = await db.favorites.get(offerId);
    const stageHistory = favorite && redateStep(favorite.stageHistory, at, on, now);
    if (!favorite || !stageHistory) return false;
    await db.favorites.put({ ...favorite, stageHistory, updatedAt: now });
    return true;
  });
}
