import type { OfferSummary, StoredOffer } from '../db/records';

/** Raised when a field is added to the summaries: a board saved with the older shape is built again, whole (refresh-board.ts). */
export const OFFER_SUMMARY_VERSION = 4;

export function toOfferSummary(offer: StoredOffer): OfferSummary {
  const { id, sourceId, title, organization, status, contract, remote, location, skills, skillGroups, optionalSkills, tags, postedAt, firstSeenAt, deadline } = offer;
  // Tags are searched: a result found by one says so (see why-matched.ts). The match reads the
  // skill groups and optional skills (version 4), kept only where a posting has some.
  return {
    id, sourceId, title, organization, status, contract, remote, location, skills,
    ...(skillGroups && { skillGroups }),
    ...(optionalSkills && { optionalSkills }),
    tags, postedAt, firstSeenAt, deadline,
  };
}
