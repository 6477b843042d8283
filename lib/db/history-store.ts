import { trimHistory } from '../history/history-budget';
import type { PostingVersion } from '../history/types';
import type { VigieDatabase } from './schema';

/**
 * Adds versions to their postings' history and keeps the history of each unsaved posting within
 * its budget (lib/history/history-budget.ts); a saved offer's history is kept whole. Runs inside
 * the caller's transaction, which must include `versions` and `favorites`.
 */
export async function recordVersions(db: VigieDatabase, versions: readonly PostingVersion[]): Promise<void> {
  if (versions.length === 0) return;
  await db.versions.bulkAdd([...versions]);
  const offerIds = [...new Set(versions.map((version) => version.offerId))];
  const saved = await db.favorites.bulkGet(offerIds);
  for (const [index, offerId] of offerIds.entries()) {
    if (!saved[index]) await trimOfferHistory(db, offerId);
  }
}

/** The version of a posting first seen at that time, if kept. */
export async function versionSeenAt(db: VigieDatabase, offerId: string, seenAt: number): Promise<PostingVersion | undefined> {
  return db.versions.where('[offerId+seenAt]').equals([offerId, seenAt]).last();
}

/** A saved offer that is unsaved falls under the budget again. */
export async function trimOfferHistory(db: VigieDatabase, offerId: string): Promise<void> {
  const trim = trimHistory(await db.versions.where('offerId').equals(offerId).toArray());
  if (trim.drop.length > 0) await db.versions.bulkDelete(trim.drop.map((version) => version.seq!));
  if (trim.shrink) await db.versions.put(trim.shrink);
}
