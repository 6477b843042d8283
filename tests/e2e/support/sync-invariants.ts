import type { FavoriteRecord, OfferEvent, Stage } from '../../../lib/db/records';
import type { FileVersion, FolderModel } from './folder-model';
import type { DatabaseContent, OfferRow } from './read-database';

/**
 * Checks of what a sync left in the database against a FolderModel. Each returns the problems it
 * found, one readable line each, so that a journey asserts `toEqual([])` and a failure says what broke.
 */

/** Vigie's id for the offer read from a file (lib/postings/offer-id.ts), spelled out here so that a change there shows. */
export function offerIdOf(sourceId: string, path: string): string {
  return `${sourceId}:${path}`;
}

function offersByPath(db: DatabaseContent, sourceId: string): Map<string, OfferRow> {
  return new Map(db.offers.filter((offer) => offer.sourceId === sourceId).map((offer) => [offer.path, offer]));
}

const describeVersion = (version: FileVersion) => `"${version.title}" (${version.status})`;

/** After a complete sync: the database holds the folder exactly (offers, file records, counts). */
export function folderMismatches(db: DatabaseContent, model: FolderModel, sourceId: string): string[] {
  const problems: string[] = [];
  const offers = offersByPath(db, sourceId);
  const files = new Map(db.files.filter((file) => file.sourceId === sourceId).map((file) => [file.path, file]));
  const present = model.paths();
  for (const path of present) {
    const expected = model.current(path)!;
    const offer = offers.get(path);
    if (!offer) problems.push(`${path}: no offer, expected ${describeVersion(expected)}`);
    else if (offer.listed !== 1) problems.push(`${path}: not listed, though the file is in the folder`);
    else if (offer.title !== expected.title || offer.status !== expected.status) {
      problems.push(`${path}: shows "${offer.title}" (${offer.status}), expected ${describeVersion(expected)}`);
    }
    const file = files.get(path);
    if (!file) problems.push(`${path}: no file record`);
    else if (file.version !== expected.sha || file.hasProblem !== 0) problems.push(`${path}: file record at ${file.version ?? 'no version'}${file.hasProblem ? ` with a problem (${JSON.stringify(file.problem)})` : ''}, expected ${expected.sha}`);
  }
  const presentSet = new Set(present);
  for (const [path, offer] of offers) {
    if (presentSet.has(path)) continue;
    if (offer.listed !== 0 || offer.removedAt === undefined) problems.push(`${path}: removed from the folder but still listed`);
  }
  for (const path of files.keys()) if (!presentSet.has(path)) problems.push(`${path}: file record left for a removed file`);
  const source = db.sources.find((candidate) => candidate.id === sourceId);
  const openCount = present.filter((path) => model.current(path)!.status === 'open').length;
  if (source?.sync.count !== present.length || source.sync.openCount !== openCount) {
    problems.push(`source counts ${source?.sync.count}/${source?.sync.openCount} open, expected ${present.length}/${openCount}`);
  }
  return problems;
}

/**
 * After any sync, complete or not: each file shows a state it had since the last complete sync.
 * In particular an offer whose file is still there and was open then is still listed, and closed
 * only if the folder closed it: a failed request never removes or closes anything.
 */
export function partialSyncViolations(db: DatabaseContent, model: FolderModel, sourceId: string): string[] {
  const problems: string[] = [];
  const offers = offersByPath(db, sourceId);
  for (const path of model.allPaths()) {
    const offer = offers.get(path);
    const allowed = model.allowedStates(path);
    const synced = model.synced(path);
    if (!offer) {
      if (synced) problems.push(`${path}: offer lost (it was stored as ${describeVersion(synced)})`);
      continue;
    }
    if (offer.listed === 0) {
      if (!allowed.includes('removed')) problems.push(`${path}: shown as removed though its file is in the folder`);
      continue;
    }
    const versions = allowed.filter((state): state is FileVersion => state !== 'removed');
    if (!versions.some((version) => version.title === offer.title && version.status === offer.status)) {
      problems.push(`${path}: shows "${offer.title}" (${offer.status}), a state the folder did not have since the last complete sync (${versions.map(describeVersion).join(', ')})`);
    }
    if (synced?.status === 'open' && model.current(path) && offer.status !== 'open' && !versions.some((version) => version.status !== 'open')) {
      problems.push(`${path}: shown closed though the folder never closed it`);
    }
  }
  return problems;
}

export interface EventAudit {
  problems: string[];
  /** Opened events recorded by a source's first sync (history, nothing to announce). */
  baselineOpenings: number;
  /** Opened events after the first sync: the openings to announce. */
  openings: number;
  byType: Record<string, number>;
}

/**
 * Replays each offer's events in order: an offer is added only when not listed, opened only when
 * not open, closed only when open, removed only when listed, and the replay ends in the state the
 * offer is stored in. A duplicate (the same change recorded twice, e.g. by a resumed sync) or a
 * missed opening breaks the replay.
 */
export function auditEvents(db: DatabaseContent, sourceId: string): EventAudit {
  const problems: string[] = [];
  const byType: Record<string, number> = {};
  let openings = 0;
  let baselineOpenings = 0;
  const events = db.events.filter((event) => event.sourceId === sourceId).sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
  const state = new Map<string, { listed: boolean; open: boolean }>();
  const perSync = new Map<string, number>();
  for (const event of events) {
    byType[event.type] = (byType[event.type] ?? 0) + 1;
    if (event.type === 'opened') event.baseline ? baselineOpenings++ : openings++;
    const key = `${event.offerId} ${event.type} ${event.syncId}`;
    perSync.set(key, (perSync.get(key) ?? 0) + 1);
    const current = state.get(event.offerId) ?? { listed: false, open: false };
    const wrong = (why: string) => problems.push(`${event.offerId}: '${event.type}' (seq ${event.seq}, ${event.syncId}) ${why}`);
    switch (event.type) {
      case 'added':
        if (current.listed) wrong('while already listed');
        current.listed = true;
        break;
      case 'updated':
        if (!current.listed) wrong('while not listed');
        break;
      case 'opened':
        if (!current.listed || current.open) wrong('while already open or not listed');
        current.open = true;
        break;
      case 'closed':
        if (!current.open) wrong('while not open');
        current.open = false;
        break;
      case 'removed':
        if (!current.listed) wrong('while not listed');
        current.listed = false;
        current.open = false;
        break;
    }
    state.set(event.offerId, current);
  }
  for (const [key, count] of perSync) if (count > 1) problems.push(`${key}: recorded ${count} times in one sync`);
  for (const offer of db.offers.filter((candidate) => candidate.sourceId === sourceId)) {
    const replayed = state.get(offer.id) ?? { listed: false, open: false };
    const stored = { listed: offer.listed === 1, open: offer.listed === 1 && offer.status === 'open' };
    if (replayed.listed !== stored.listed || replayed.open !== stored.open) {
      problems.push(`${offer.id}: events say ${JSON.stringify(replayed)}, the offer is ${JSON.stringify(stored)}`);
    }
  }
  return { problems, baselineOpenings, openings, byType };
}

export interface AnnouncementAudit {
  problems: string[];
  /** Openings announced. */
  announced: number;
  skipped: number;
  /** Changes of saved offers (closed, reopened, changed, removed) announced with the openings. */
  savedOfferAlerts: number;
  /** Notification id → offers it announced. */
  notifications: Map<string, string[]>;
}

/**
 * Every opening after the first sync went through the two-step announcement exactly once:
 * none left pending or half-announced, each in one notification, no opening twice in one.
 * Other events are announced only for offers the user saved (lib/notify/saved-offer-alerts.ts
 * decides which of their changes count), through the same two steps.
 */
export function auditAnnouncements(events: readonly OfferEvent[], savedOfferIds: ReadonlySet<string> = new Set()): AnnouncementAudit {
  const problems: string[] = [];
  const notifications = new Map<string, string[]>();
  const openingsByNotification = new Map<string, string[]>();
  let announced = 0;
  let skipped = 0;
  let savedOfferAlerts = 0;
  for (const event of events) {
    const label = `${event.offerId} '${event.type}' (seq ${event.seq})`;
    const opening = event.type === 'opened' && !event.baseline;
    const savedChange = !opening && !event.baseline && savedOfferIds.has(event.offerId);
    if (!opening && !(savedChange && event.announce !== 'none')) {
      if (event.announce !== 'none') problems.push(`${label}: announce ${event.announce}, expected none`);
      continue;
    }
    if (event.announce === 'skipped') {
      if (opening) skipped++;
      continue;
    }
    if (event.announce !== 'announced' || !event.notificationId) {
      problems.push(`${label}: announce ${event.announce}${event.notificationId ? ` (${event.notificationId})` : ''}, expected announced`);
      continue;
    }
    if (opening) {
      announced++;
      openingsByNotification.set(event.notificationId, [...(openingsByNotification.get(event.notificationId) ?? []), event.offerId]);
    } else {
      savedOfferAlerts++;
    }
    notifications.set(event.notificationId, [...(notifications.get(event.notificationId) ?? []), event.offerId]);
  }
  for (const [id, offerIds] of openingsByNotification) {
    if (new Set(offerIds).size !== offerIds.length) problems.push(`${id} announces an opening twice: ${offerIds.join(', ')}`);
  }
  return { problems, announced, skipped, savedOfferAlerts, notifications };
}

/** What the user saved, as the journey did it. */
export interface ExpectedFavorite {
  note: string;
  stages: Stage[];
}

export function favoriteMismatches(favorites: readonly FavoriteRecord[], expected: ReadonlyMap<string, ExpectedFavorite>): string[] {
  const problems: string[] = [];
  const stored = new Map(favorites.map((favorite) => [favorite.offerId, favorite]));
  for (const [offerId, want] of expected) {
    const favorite = stored.get(offerId);
    if (!favorite) {
      problems.push(`${offerId}: favorite lost`);
      continue;
    }
    if (favorite.note !== want.note) problems.push(`${offerId}: note ${JSON.stringify(favorite.note)}, expected ${JSON.stringify(want.note)}`);
    if (favorite.stage !== want.stages.at(-1)) problems.push(`${offerId}: stage ${favorite.stage}, expected ${want.stages.at(-1)}`);
    const history = favorite.stageHistory.map((step) => step.stage);
    if (JSON.stringify(history) !== JSON.stringify(want.stages)) problems.push(`${offerId}: stage history ${history.join('→')}, expected ${want.stages.join('→')}`);
  }
  for (const offerId of stored.keys()) if (!expected.has(offerId)) problems.push(`${offerId}: a favorite nobody saved`);
  return problems;
}
