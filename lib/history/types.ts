import type { ContractType, OfferStatus, RemotePolicy, Salary } from '../postings/types';

/** One field's change between two versions; absent values (undefined) are a field the posting did not state. */
export type FieldChange =
  | { field: 'status'; before: OfferStatus; after: OfferStatus }
  | { field: 'contract'; before: ContractType; after: ContractType }
  | { field: 'remote'; before: RemotePolicy; after: RemotePolicy }
  | { field: 'title' | 'location' | 'deadline'; before?: string; after?: string }
  | { field: 'salary'; before?: Salary; after?: Salary }
  | { field: 'skills'; added: string[]; removed: string[] };

/** The paragraphs of the body one version removed and added (unchanged ones are not kept). */
export interface BodyChange {
  removed: string[];
  added: string[];
}

/**
 * One version of a posting as Vigie saw it: when it was first seen, and what changed from the
 * version before. Only the differences are stored, never the whole posting again.
 */
export interface PostingVersion {
  seq?: number;
  offerId: string;
  sourceId: string;
  /** When Vigie first read this version. */
  seenAt: number;
  changes: FieldChange[];
  body: BodyChange;
  /** The posting left its source's listing (its file was removed); no content changed. */
  removed?: true;
}

/** What a notification, or a saved offer's card, says of the offer's news. */
export type SavedOfferAlert =
  | { kind: 'closed' | 'reopened' | 'removed' }
  | { kind: 'changed'; change: FieldChange; more: number }
  | { kind: 'deadline'; deadline: string };
