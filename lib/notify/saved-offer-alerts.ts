import type { OfferEvent, SyncEventType } from '../db/records';
import type { PostingVersion, SavedOfferAlert } from '../history/types';

/**
 * Which of a sync's events about a saved offer the seeker is told of: it closed, opened again, left
 * its source, or one of its tracked fields changed. An edit of the body alone is kept in the
 * history but not announced: rewording a paragraph is no news to act on.
 */
export function alertsSavedOffer(type: SyncEventType, version: PostingVersion | undefined): boolean {
  if (type === 'updated') return (version?.changes.length ?? 0) > 0;
  return type === 'closed' || type === 'opened' || type === 'removed';
}

/**
 * One line per saved offer, from its events of one notification (all about that offer) and the
 * versions they were recorded with (keyed by time): what left or closed matters most, then an
 * opening, then the first field that changed, then a deadline coming near.
 */
export function describeSavedAlert(events: readonly OfferEvent[], versionAt: (at: number) => PostingVersion | undefined): SavedOfferAlert | undefined {
  const types = new Set(events.map((event) => event.type));
  if (types.has('removed')) return { kind: 'removed' };
  if (types.has('closed')) return { kind: 'closed' };
  if (types.has('opened')) return { kind: 'reopened' };
  const changes = events.filter((event) => event.type === 'updated').flatMap((event) => versionAt(event.at)?.changes ?? []);
  const [first] = changes;
  if (first) {
    // A status that changed without opening or closing (unknown → closed) is said as the closing it is.
    if (first.field === 'status' && first.after === 'closed') return { kind: 'closed' };
    return { kind: 'changed', change: first, more: changes.length - 1 };
  }
  const reminder = events.find((event) => event.type === 'deadline' && event.deadline);
  return reminder?.deadline ? { kind: 'deadline', deadline: reminder.deadline } : undefined;
}
