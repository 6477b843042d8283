import type { StoredOffer } from './records';
import type { VigieDatabase } from './schema';

/** The offers the sources list now (not those that left them): what the word hits and the duplicates are found among. */
export async function readListedOffers(db: VigieDatabase): Promise<StoredOffer[]> {
  const listed: StoredOffer[] = [];
  await db.offers.each((offer: StoredOffer) => {
    if (offer.listed) listed.push(offer);
  });
  return listed;
}
