import { findDuplicateGroups, type DuplicateCandidate } from './find-duplicates';
import { PAGE_SOURCE_ID } from '../page/canonical-page-url';
import type { Offer } from '../postings/types';
import type { StoredOffer } from '../db/records';
import type { VigieDatabase } from '../db/schema';

/** The groups of postings that are one job (lib/duplicates), for the popup: stored in the settings table, no schema change. */
export const DUPLICATES_KEY = 'duplicateGroups';

/**
 * Finds the duplicates again among the listed offers and the pages saved while browsing, and
 * stores the groups. Runs after a sync that changed the board and after a page is saved; it
 * reads every listed offer's text (see findDuplicateGroups for the cost).
 */
export async function refreshDuplicates(db: VigieDatabase): Promise<void> {
  const candidates: DuplicateCandidate[] = [];
  await db.offers.each((offer: StoredOffer) => {
    if (offer.listed) candidates.push(toCandidate(offer));
  });
  // A page saved while browsing is in no source: only its saved snapshot knows it.
  const pages = await db.favorites.filter((favorite) => favorite.snapshot.sourceId === PAGE_SOURCE_ID).toArray();
  for (const page of pages) candidates.push(toCandidate(page.snapshot));
  await db.settings.put({ key: DUPLICATES_KEY, value: findDuplicateGroups(candidates) });
}

function toCandidate(offer: Offer): DuplicateCandidate {
  return { id: offer.id, sourceId: offer.sourceId, url: offer.url, title: offer.title, organization: offer.organization, language: offer.language, text: offer.body };
}
