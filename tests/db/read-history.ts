import type { VigieDatabase } from '../../lib/db/schema';
import type { PostingVersion } from '../../lib/history/types';

/** The versions of one posting kept in the database, newest first (the popup reads them through its own store). */
export async function readHistory(db: VigieDatabase, offerId: string): Promise<PostingVersion[]> {
  const versions = await db.versions.where('[offerId+seenAt]').between([offerId, -Infinity], [offerId, Infinity]).toArray();
  return versions.reverse();
}
