import type { StoredOffer } from '../db/records';

/** What the popup needs to list and filter an offer, without its body. */
export type OfferSummary = Pick<
  StoredOffer,
  'id' | 'sourceId' | 'title' | 'organization' | 'status' | 'contract' | 'remote' | 'location' | 'skills' | 'postedAt' | 'firstSeenAt'
>;

export function toOfferSummary(offer: StoredOffer): OfferSummary {
  const { id, sourceId, title, organization, status, contract, remote, location, skills, postedAt, firstSeenAt } = offer;
  return { id, sourceId, title, organization, status, contract, remote, location, skills, postedAt, firstSeenAt };
}
