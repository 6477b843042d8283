import type { StoredOffer } from '../db/records';
import type { ContractType, OfferStatus, RemotePolicy } from '../postings/types';

/** What the popup needs to list and filter an offer, without its body. */
export interface OfferSummary {
  id: string;
  sourceId: string;
  title: string;
  organization?: string;
  status: OfferStatus;
  contract: ContractType;
  remote: RemotePolicy;
  location?: string;
  skills: string[];
  postedAt?: string;
  firstSeenAt: number;
}

export function toOfferSummary(offer: StoredOffer): OfferSummary {
  const { id, sourceId, title, organization, status, contract, remote, location, skills, postedAt, firstSeenAt } = offer;
  return { id, sourceId, title, organization, status, contract, remote, location, skills, postedAt, firstSeenAt };
}
