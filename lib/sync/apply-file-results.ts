import { recordVersions } from '../db/history-store';
import type { FileProblem, FileRecord, OfferEvent, StoredOffer, SyncEventType } from '../db/records';
import type { VigieDatabase } from '../db/schema';
import { toSnapshot } from '../db/to-snapshot';
import { closedVersion, removedVersion, versionBetween } from '../history/posting-version';
import type { PostingVersion } from '../history/types';
import { alertsSavedOffer } from '../notify/saved-offer-alerts';
import { READER_VERSION } from '../postings/reader-version';
import type { Offer, PostingWarning } from '../postings/types';
import { deriveEvents } from './derive-events';

/** Warnings that mean the file is damaged; a title taken from `roles` is ordinary and not reported. */
const REPORTED_WARNINGS = new Set<PostingWarning['code']>(['mojibake-repaired', 'latin1-decoded', 'invalid-front-matter', 'unterminated-front-matter', 'field-ignored', 'truncated']);

export type FileResult =
  | { path: string; version: string; offer: Offer }
  | { path: string; version: string; problem: Extract<FileProblem, { kind: 'posting' }> }
  | { path: string; failure: Extract<FileProblem, { kind: 'fetch' }> }
  | { path: string; version: string; skipped: Extract<FileProblem, { kind: 'skipped' }> };

export interface ApplyContext {
  sourceId: string;
  syncId: string;
  now: number;
  baseline: boolean;
  offerIdFor: (path: string) => string;
}

export interface AppliedCounts {
  added: number;
  updated: number;
  /** Offers that left the board because their file turned out not to be a posting (a draft, a copy). */
  removed: number;
  opened: number;
  closed: number;
  failed: number;
}

/**
 * Writes what one batch of downloads taught, in one transaction: offers, file versions,
 * events, the postings' history and favorites' snapshots commit together or not at all, so a
 * worker killed between batches leaves a consistent database and the next sync skips what is
 * done, and each version is recorded and announced once.
 */
export async function applyFileResults(db: VigieDatabase, results: FileResult[], context: ApplyContext): Promise<AppliedCounts> {
  const counts: AppliedCounts = { added: 0, updated: 0, removed: 0, opened: 0, closed: 0, failed: 0 };
  await db.transaction('rw', [db.offers, db.files, db.events, db.favorites, db.board, db.versions], async () => {
    const ids = results.map((result) => context.offerIdFor(result.path));
    const [storedOffers, storedFiles, favorites] = await Promise.all([db.offers.bulkGet(ids), db.files.bulkGet(ids), db.favorites.bulkGet(ids)]);
    const offers: StoredOffer[] = [];
    const files: FileRecord[] = [];
    const events: OfferEvent[] = [];
    const versions: PostingVersion[] = [];
    let readAgainCount = 0;
    results.forEach((result, index) => {
      const id = ids[index] as string;
      const storedFile = storedFiles[index];
      if ('failure' in result) {
        counts.failed++;
        // Keep the version last read: the file is fetched again next time, and its offer stays as it was.
        files.push({
          id,
          sourceId: context.sourceId,
          path: result.path,
          version: storedFile?.version,
          readerVersion: storedFile?.readerVersion,
          problem: result.failure,
          hasProblem: 1,
          checkedAt: context.now,
        });
        return;
      }
      if ('skipped' in result) {
        files.push({ id, sourceId: context.sourceId, path: result.path, version: result.version, readerVersion: READER_VERSION, problem: result.skipped, hasProblem: 1, checkedAt: context.now });
        const stored = storedOffers[index];
        if (stored?.listed) {
          counts.removed++;
          offers.push({ ...stored, listed: 0, removedAt: context.now });
          events.push(removedEvent(stored, context, favorites[index] !== undefined));
          versions.push(removedVersion(stored, context.now));
        }
        return;
      }
      if ('problem' in result) {
        // A file that breaks keeps its last good offer: bad input never deletes what was known.
        files.push({ id, sourceId: context.sourceId, path: result.path, version: result.version, readerVersion: READER_VERSION, problem: result.problem, hasProblem: 1, checkedAt: context.now });
        return;
      }
      const warnings = result.offer.warnings.filter((warning) => REPORTED_WARNINGS.has(warning.code));
      const problem = warnings.length > 0 ? { kind: 'repaired' as const, warnings } : undefined;
      files.push({ id, sourceId: context.sourceId, path: result.path, version: result.version, readerVersion: READER_VERSION, problem, hasProblem: problem ? 1 : 0, checkedAt: context.now });
      const stored = storedOffers[index];
      const before = stored?.listed ? stored : undefined;
      const offer: StoredOffer = {
        ...result.offer,
        id,
        firstSeenAt: stored?.firstSeenAt ?? context.now,
        updatedAt: before && before.contentHash === result.offer.contentHash ? before.updatedAt : context.now,
        listed: 1,
      };
      offers.push(offer);
      // The same version read again by a newer parser (see READER_VERSION): whatever it reads
      // differently is no news, neither an opening to announce nor an edit.
      const readAgain = storedFile?.version === result.version;
      if (readAgain) {
        readAgainCount++;
        return;
      }
      // Compared with the last version known, even one that had left its source and comes back.
      const version = stored && versionBetween(stored, offer, context.now);
      if (version) versions.push(version);
      for (const type of deriveEvents(before, offer)) {
        if (type !== 'removed') counts[type]++;
        events.push(syncEvent(type, offer, context, newsOf(type, favorites[index] !== undefined, version, context)));
      }
    });
    await db.offers.bulkPut(offers);
    await db.files.bulkPut(files);
    await db.events.bulkAdd(events);
    await recordVersions(db, versions);
    if (readAgainCount > 0) await db.board.update('current', { outdated: true });
    await refreshFavoriteSnapshots(db, offers);
  });
  return counts;
}

/**
 * An event to announce: an opening, or what a saved offer went through (lib/notify/saved-offer-alerts.ts);
 * never what a source's first sync finds, which was so before Vigie looked.
 */
function newsOf(type: SyncEventType, saved: boolean, version: PostingVersion | undefined, context: Pick<ApplyContext, 'baseline'>): boolean {
  if (context.baseline) return false;
  return type === 'opened' || (saved && alertsSavedOffer(type, version));
}

function syncEvent(type: SyncEventType, offer: Pick<StoredOffer, 'id' | 'title'>, context: Omit<ApplyContext, 'offerIdFor'>, news: boolean): OfferEvent {
  return {
    type,
    sourceId: context.sourceId,
    offerId: offer.id,
    title: offer.title,
    at: context.now,
    syncId: context.syncId,
    baseline: context.baseline,
    announce: news ? 'pending' : 'none',
    // The badge counts the openings not seen yet.
    seen: news && type === 'opened' ? 0 : 1,
  };
}

/** Marks files gone from a complete listing: their offers leave the board; favorites keep their snapshot. */
export async function applyRemovals(db: VigieDatabase, removed: FileRecord[], context: Omit<ApplyContext, 'offerIdFor'>): Promise<number> {
  if (removed.length === 0) return 0;
  let count = 0;
  await db.transaction('rw', [db.offers, db.files, db.events, db.favorites, db.versions], async () => {
    const ids = removed.map((file) => file.id);
    const [offers, favorites] = await Promise.all([db.offers.bulkGet(ids), db.favorites.bulkGet(ids)]);
    const events: OfferEvent[] = [];
    const versions: PostingVersion[] = [];
    const updates = offers.flatMap((offer, index) => {
      if (!offer?.listed) return [];
      count++;
      events.push(removedEvent(offer, context, favorites[index] !== undefined));
      versions.push(removedVersion(offer, context.now));
      return [{ ...offer, listed: 0 as const, removedAt: context.now }];
    });
    await db.offers.bulkPut(updates);
    await db.files.bulkDelete(ids);
    await db.events.bulkAdd(events);
    await recordVersions(db, versions);
  });
  return count;
}

/**
 * Closes the postings missing from a job board's complete answer: they stay on the board as
 * closed (the seeker may have applied), with a 'closed' event; their file records go, so that a
 * posting coming back is read as new, and its reopening is an opening like any other.
 */
export async function applyClosures(db: VigieDatabase, missing: FileRecord[], context: Omit<ApplyContext, 'offerIdFor'>): Promise<number> {
  if (missing.length === 0) return 0;
  let count = 0;
  await db.transaction('rw', [db.offers, db.files, db.events, db.favorites, db.versions], async () => {
    const ids = missing.map((file) => file.id);
    const [offers, favorites] = await Promise.all([db.offers.bulkGet(ids), db.favorites.bulkGet(ids)]);
    const events: OfferEvent[] = [];
    const versions: PostingVersion[] = [];
    const closed = offers.flatMap((offer, index) => {
      if (!offer?.listed || offer.status === 'closed') return [];
      count++;
      events.push(syncEvent('closed', offer, context, newsOf('closed', favorites[index] !== undefined, undefined, context)));
      versions.push(closedVersion(offer, context.now));
      return [{ ...offer, status: 'closed' as const, updatedAt: context.now }];
    });
    await db.offers.bulkPut(closed);
    await db.files.bulkDelete(ids);
    await db.events.bulkAdd(events);
    await recordVersions(db, versions);
    await refreshFavoriteSnapshots(db, closed);
  });
  return count;
}

function removedEvent(offer: StoredOffer, context: Omit<ApplyContext, 'offerIdFor'>, saved: boolean): OfferEvent {
  return syncEvent('removed', offer, context, newsOf('removed', saved, undefined, context));
}

async function refreshFavoriteSnapshots(db: VigieDatabase, offers: StoredOffer[]): Promise<void> {
  const favorites = await db.favorites.bulkGet(offers.map((offer) => offer.id));
  const refreshed = favorites.flatMap((favorite, index) => {
    const offer = offers[index];
    // A closed board posting keeps its content: its status changes alone.
    if (!favorite || !offer || (favorite.snapshot.contentHash === offer.contentHash && favorite.snapshot.status === offer.status)) return [];
    return [{ ...favorite, snapshot: toSnapshot(offer) }];
  });
  if (refreshed.length > 0) await db.favorites.bulkPut(refreshed);
}
