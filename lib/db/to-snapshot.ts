import type { Offer } from '../postings/types';
import type { StoredOffer } from './records';

/** The Offer part of a stored offer, without storage bookkeeping. */
export function toSnapshot(offer: StoredOffer): Offer {
  const { firstSeenAt: _firstSeenAt, updatedAt: _updatedAt, listed: _listed, removedAt: _removedAt, ...snapshot } = offer;
  return snapshot;
}
