import type { OfferSummary, StoredOffer } from '../db/records';

export function toOfferSummary(offer: StoredOffer): OfferSummary {
  const { id, sourceId, title, organization, status, contract, remote, location, skills, postedAt, firstSeenAt } = offer;
  return { id, sourceId, title, organization, status, contract, remote, location, skills, postedAt, firstSeenAt };
}
