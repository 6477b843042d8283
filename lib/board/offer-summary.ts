import type { OfferSummary, StoredOffer } from '../db/records';

/** Raised when a field is added to the summaries: a board saved with the older shape is built again, whole (refresh-board.ts). */
export const OFFER_SUMMARY_VERSION = 3;

export function toOfferSummary(offer: StoredOffer): OfferSummary {
  const { id, sourceId, title, organization, status, contract, remote, location, skills, tags, postedAt, firstSeenAt, deadline } = offer;
  // Tags are searched: a result found by one says so (see why-matched.ts).
  return { id, sourceId, title, organization, status, contract, remote, location, skills, tags, postedAt, firstSeenAt, deadline };
}
