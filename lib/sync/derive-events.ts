import type { SyncEventType } from '../db/records';
import type { Offer, OfferStatus } from '../postings/types';

interface Seen {
  status: OfferStatus;
  contentHash: string;
}

/** A posting is newly opened when it is open now and was not open (or not listed) before. */
export function isNewlyOpened(before: Seen | undefined, after: Pick<Offer, 'status'>): boolean {
  return after.status === 'open' && before?.status !== 'open';
}

/**
 * What happened to one file between what was stored (undefined: not listed) and what was read.
 * Pure, so that notifications and history can rely on it and it can be tested exhaustively.
 */
export function deriveEvents(before: Seen | undefined, after: Pick<Offer, 'status' | 'contentHash'>): SyncEventType[] {
  const events: SyncEventType[] = [];
  if (!before) events.push('added');
  else if (before.contentHash !== after.contentHash) events.push('updated');
  if (isNewlyOpened(before, after)) events.push('opened');
  if (before?.status === 'open' && after.status !== 'open') events.push('closed');
  return events;
}
