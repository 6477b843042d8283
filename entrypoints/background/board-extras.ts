import type { VigieDatabase } from '../../lib/db/schema';
import { readListedOffers } from '../../lib/db/listed-offers';
import { refreshWordHits } from '../../lib/db/noise-store';
import { refreshDuplicates } from '../../lib/duplicates/duplicates-store';

/**
 * What the popup reads beside the board, found again once the offers changed: the postings holding
 * a word blocked anywhere, and the duplicates. Both look at every listed offer's text: it is read
 * from the database once, the slow part of each (about 1 s per 10,000 offers).
 */
export async function refreshBoardExtras(db: VigieDatabase): Promise<void> {
  const listed = await readListedOffers(db);
  await refreshWordHits(db, listed);
  await refreshDuplicates(db, listed);
}
