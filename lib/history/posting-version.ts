import type { Offer } from '../postings/types';
import { diffFields, diffParagraphs } from './diff-versions';
import type { PostingVersion } from './types';

type Known = Pick<Offer, 'id' | 'sourceId' | 'title' | 'status' | 'contract' | 'remote' | 'location' | 'salary' | 'deadline' | 'skills' | 'body' | 'contentHash'>;

/** The version a sync read, as its differences from the one stored before; undefined when the content is the same. */
export function versionBetween(before: Known, after: Known, seenAt: number): PostingVersion | undefined {
  if (before.contentHash === after.contentHash) return undefined;
  return { offerId: after.id, sourceId: after.sourceId, seenAt, changes: diffFields(before, after), body: diffParagraphs(before.body, after.body) };
}

/** A job board's posting closed by its absence: the status alone changed. */
export function closedVersion(before: Known, seenAt: number): PostingVersion {
  return { offerId: before.id, sourceId: before.sourceId, seenAt, changes: [{ field: 'status', before: before.status, after: 'closed' }], body: { added: [], removed: [] } };
}

/** A posting gone from its source's listing: no content changed, the history says when it left. */
export function removedVersion(before: Pick<Offer, 'id' | 'sourceId'>, seenAt: number): PostingVersion {
  return { offerId: before.id, sourceId: before.sourceId, seenAt, changes: [], body: { added: [], removed: [] }, removed: true };
}
