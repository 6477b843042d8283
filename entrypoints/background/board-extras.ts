import type { VigieDatabase } from '../../lib/db/schema';
import { refreshWordHits } from '../../lib/db/noise-store';
import { refreshDuplicates } from '../../lib/duplicates/duplicates-store';

/** What the popup reads beside the board, found again once the offers changed: the postings holding a word blocked anywhere, and the duplicates. */
export async function refreshBoardExtras(db: VigieDatabase): Promise<void> {
  await refreshWordHits(db);
  await refreshDuplicates(db);
}
