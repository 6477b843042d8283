import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { DEFAULT_FILTERS, sanitizeFilters, type BoardFilters } from '../../lib/board/board-filters';
import { createBoardFilter, createMatchScorer } from '../../lib/board/select-results';
import { addSource, openDatabase, updateSettings, type VigieDatabase } from '../../lib/db';
import { applyNoiseChange } from '../../lib/db/noise-store';
import { completeAnnouncement } from '../../lib/notify/announcements-store';
import { claimNextAnnouncement } from '../../lib/notify/next-announcement';
import type { NotificationPlan } from '../../lib/notify/plan-announcement';
import { createSavedSearch } from '../../lib/saved-searches/saved-searches-store';
import type { OfferSummary } from '../../lib/db/records';
import { loadSearchIndex, type SearchIndex } from '../../lib/search';
import { createHttpClient } from '../../lib/sources';
import { runSync } from '../../lib/sync/run-sync';
import { SyncCoordinator } from '../../lib/sync/sync-coordinator';
import { startGitHubServer } from './github-server';
import { buildHistory, fileAfter, historyPostings, PUBLISHER_WAYS, type HistoryPosting } from './posting-history';

/** One saved search of the replayed seeker; `sourceFolder` stands for the source of that fixtures folder. */
export interface ReplaySearch {
  name: string;
  query: string;
  filters: Partial<BoardFilters>;
  sourceFolder?: string;
}

export interface ReplayOptions {
  steps: number;
  /** Postings open before Vigie's first sync. */
  baseline: number;
  searches: readonly ReplaySearch[];
  /** Also replay for a seeker of today's Vigie, without saved searches (the figure's baseline); false halves the time. */
  withToday: boolean;
  /** The organization the seeker blocks (lib/noise), as the posting files name it (`startup:`). */
  blockedOrganization?: string;
}

/**
 * Issue #15's seeker, asserted by tests/saved-searches/replay-alerts.test.ts and measured by
 * bench/alerts.bench.ts: 220 steps over the seven publishers, two saved searches (one by folder,
 * one by a word) and one blocked organization. One place, so that the figure and the test speak
 * of the same replay.
 */
export const ISSUE_15_SEEKER = {
  steps: 220,
  baseline: 12,
  searches: [
    { name: 'Incubateur ANCT', query: '', filters: {}, sourceFolder: 'incubateur-territoires+incubateur.anct.gouv.fr-jobs' },
    { name: 'Django', query: 'django', filters: {} },
  ],
  blockedOrganization: 'dora',
} as const satisfies Omit<ReplayOptions, 'withToday'>;

/** A posting announced for a saved search at a step: "search name → posting file @ step". */
type Alert = string;

export interface ReplayResult {
  steps: number;
  stepKinds: Record<string, number>;
  /** Today's Vigie (no saved search): postings named in notifications, and notifications shown; undefined unless asked for. */
  today?: { expected: number; announced: number; notifications: number; repeated: number };
  /** The seeker with saved searches: alerts expected (from the history and what each search lists), and announced. */
  searches: { expected: Alert[]; announced: Alert[]; notifications: number; postingsNamed: number; blockedNamed: number; blockedWouldAlert: number };
}

const STEP_MINUTES = 30;

/**
 * Replays a seeded history over the real fixtures (each publisher's folder served by the local
 * GitHub-like server) for two seekers at once: one as Vigie is without saved searches, one with
 * the given searches and blocked organization. Each step changes one posting, then each seeker's
 * Vigie syncs that folder and announces as the worker does (claimNextAnnouncement).
 *
 * What is expected is computed apart from the alert pipeline: an opening is a step that publishes
 * a posting in its open form, from a folder whose files say their status (the two job boards'
 * files say nothing, and Vigie reads them as of unknown status); a saved search is to announce
 * a posting at the first of its openings after which the popup lists it for that search (the
 * popup's own search and filters over the board), never for an edit, never twice, never for a
 * blocked organization.
 */
export async function replayAlerts(options: ReplayOptions): Promise<ReplayResult> {
  const server = await startGitHubServer({ rateLimit: { remaining: 1_000_000 } });
  try {
    return await replay(options, server);
  } finally {
    await server.close();
  }
}

async function replay(options: ReplayOptions, server: Awaited<ReturnType<typeof startGitHubServer>>): Promise<ReplayResult> {
  const postings = historyPostings();
  const history = buildHistory(postings, options.steps, options.baseline);
  let clock = Date.UTC(2026, 11, 1, 8);
  const http = createHttpClient({ backoffMs: 1 });
  const repoOf = (posting: HistoryPosting) => server.repo('fixtures', `publisher-${posting.publisher}`, 'main');
  const publish = (posting: HistoryPosting, open: boolean, editions: number) => {
    const text = fileAfter(posting, open, editions);
    if (text === null) repoOf(posting).removeFile(`jobs/${posting.name}`);
    else repoOf(posting).setFile(`jobs/${posting.name}`, text);
  };
  const editions = postings.map(() => 0);
  postings.forEach((posting, index) => {
    if (index < options.baseline) publish(posting, true, 0);
  });
  // Every folder exists from the start, empty or not: a source is a folder.
  PUBLISHER_WAYS.forEach((_, publisher) => server.repo('fixtures', `publisher-${publisher}`, 'main').setFile('jobs/README.md', '# Offres\n'));

  const seeker = await createSeeker(server, http, () => clock);
  const today = options.withToday ? await createSeeker(server, http, () => clock) : undefined;
  const seekers = today ? [seeker, today] : [seeker];
  for (const each of seekers) await each.syncAll();
  if (options.blockedOrganization) await applyNoiseChange(seeker.db, { action: 'block-organization', name: options.blockedOrganization });
  const searchIds = new Map<string, ReplaySearch>();
  for (const search of options.searches) {
    const sourceId = search.sourceFolder === undefined ? undefined : seeker.sourceOf(PUBLISHER_WAYS.findIndex((way) => way.folder === search.sourceFolder));
    const filters = { ...DEFAULT_FILTERS, ...search.filters, ...(sourceId ? { sourceId } : {}) };
    const saved = await createSavedSearch(seeker.db, { name: search.name, query: search.query, filters }, clock);
    searchIds.set(saved!.id, search);
  }

  const marksStatus = (posting: HistoryPosting) => PUBLISHER_WAYS[posting.publisher]!.marksStatus;
  const blocked = options.blockedOrganization;
  const isBlocked = (posting: HistoryPosting) => blocked !== undefined && new RegExp(`^startup:\\s*${blocked}\\s*$`, 'mi').test(posting.real);
  const alertedBefore = new Set<string>();
  const expected: Alert[] = [];
  const announced: Alert[] = [];
  const stepKinds: Record<string, number> = {};
  let todayExpected = 0;
  let todayAnnounced = 0;
  let blockedNamed = 0;
  let blockedWouldAlert = 0;
  const todayNamed = new Set<string>();
  let todayRepeated = 0;

  for (const [stepNumber, step] of history.entries()) {
    clock += STEP_MINUTES * 60_000;
    stepKinds[step.kind] = (stepKinds[step.kind] ?? 0) + 1;
    const posting = postings[step.posting]!;
    if (step.kind === 'edit') editions[step.posting] = step.edition;
    publish(posting, step.kind !== 'close', editions[step.posting]!);
    const opening = (step.kind === 'open' || step.kind === 'reopen') && marksStatus(posting);
    if (opening) todayExpected++;

    for (const notification of today ? await today.syncAndAnnounce(posting.publisher) : []) {
      todayAnnounced += notification.offers.length;
      for (const offer of notification.offers) {
        const key = `${offer.offerId}@${stepNumber}`;
        if (todayNamed.has(key)) todayRepeated++;
        todayNamed.add(key);
      }
    }
    const notifications = await seeker.syncAndAnnounce(posting.publisher);
    for (const notification of notifications) {
      for (const group of notification.groups ?? []) {
        for (const offerId of group.offerIds) announced.push(`${searchIds.get(group.searchId)?.name} → ${offerId.split(':').slice(1).join(':')} @ ${stepNumber}`);
      }
      blockedNamed += notification.offers.filter((offer) => postings.some((candidate) => isBlocked(candidate) && offer.offerId.endsWith(`:jobs/${candidate.name}`))).length;
    }
    if (!opening) continue;
    for (const [searchId, search] of searchIds) {
      const key = `${searchId}\n${posting.publisher}/${posting.name}`;
      if (alertedBefore.has(key) || !(await seeker.popupLists(searchId, posting))) continue;
      alertedBefore.add(key);
      // A blocked organization's posting the search would have announced: counted, never expected.
      if (isBlocked(posting)) blockedWouldAlert++;
      else expected.push(`${search.name} → jobs/${posting.name} @ ${stepNumber}`);
    }
  }
  return {
    steps: history.length,
    stepKinds,
    today: today && { expected: todayExpected, announced: todayAnnounced, notifications: today.notifications, repeated: todayRepeated },
    searches: { expected, announced, notifications: seeker.notifications, postingsNamed: seeker.postingsNamed, blockedNamed, blockedWouldAlert },
  };
}

interface Seeker {
  db: VigieDatabase;
  notifications: number;
  postingsNamed: number;
  sourceOf(publisher: number): string;
  syncAll(): Promise<void>;
  syncAndAnnounce(publisher: number): Promise<NotificationPlan[]>;
  /** Whether the popup, opened on this saved search, lists the posting (its own search and filters over the board; what the seeker blocked aside). */
  popupLists(searchId: string, posting: HistoryPosting): Promise<boolean>;
}

let databases = 0;

async function createSeeker(server: Awaited<ReturnType<typeof startGitHubServer>>, http: ReturnType<typeof createHttpClient>, now: () => number): Promise<Seeker> {
  const db = openDatabase(`replay-alerts-${++databases}-${Math.random().toString(36).slice(2)}`, { indexedDB, IDBKeyRange });
  await updateSettings(db, { notifications: { enabled: true, mutedSources: [], minMatchingSkills: 0, quietHours: null } });
  const sources: string[] = [];
  for (const [publisher] of PUBLISHER_WAYS.entries()) {
    const added = await addSource(db, server.apiUrl('fixtures', `publisher-${publisher}`, 'jobs', 'main'));
    if (!added.ok) throw new Error(`folder ${publisher} not added: ${added.error}`);
    sources.push(added.source.id);
  }
  const coordinator = new SyncCoordinator(async () => ({ db, http, now }));
  // The board loaded once per version of it.
  let loaded: { seq: number; index: SearchIndex; summaries: Map<string, OfferSummary> } | undefined;
  const seeker: Seeker = {
    db,
    notifications: 0,
    postingsNamed: 0,
    sourceOf: (publisher) => sources[publisher]!,
    async syncAll() {
      await runSync(db, coordinator, await db.sources.toArray());
      // Vigie's first sync of a folder is a baseline: nothing of it is announced.
      await seeker.syncAndAnnounce(-1);
    },
    async syncAndAnnounce(publisher) {
      if (publisher >= 0) {
        const result = await runSync(db, coordinator, [(await db.sources.get(sources[publisher]!))!]);
        if (result.failed > 0) throw new Error('a sync of the replay failed');
      }
      const shown: NotificationPlan[] = [];
      for (let notification = await claimNextAnnouncement(db, async () => true, new Date(now())); notification; notification = await claimNextAnnouncement(db, async () => true, new Date(now()))) {
        await completeAnnouncement(db, notification.id);
        seeker.notifications++;
        seeker.postingsNamed += notification.offers.length;
        shown.push(notification);
      }
      return shown;
    },
    async popupLists(searchId, posting) {
      const [search, board, offer] = await Promise.all([db.savedSearches.get(searchId), db.board.get('current'), db.offers.get(`${sources[posting.publisher]}:jobs/${posting.name}`)]);
      if (!search || !board || !offer) return false;
      if (loaded?.seq !== board.lastEventSeq) loaded = { seq: board.lastEventSeq, index: loadSearchIndex(board.index), summaries: new Map(board.summaries.map((summary) => [summary.id, summary])) };
      const filter = createBoardFilter(loaded.summaries, sanitizeFilters(search.filters), createMatchScorer([]), now());
      return loaded.index.search(search.query, { filter }).some((hit) => hit.id === offer.id);
    },
  };
  return seeker;
}
