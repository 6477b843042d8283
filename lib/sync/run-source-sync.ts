import type { FileRecord, SourceProblem, SourceRecord } from '../db/records';
import type { VigieDatabase } from '../db/schema';
import { READER_VERSION } from '../postings';
import { offerId } from '../postings/offer-id';
import type { Offer, ParseContext } from '../postings/types';
import { adapterFor } from '../sources';
import type { FetchFailure, HttpClient, Listing, RemoteFile } from '../sources/types';

type ListedFiles = Extract<Listing, { status: 'listed' }>;
import { applyClosures, applyFileResults, applyRemovals, type FileResult } from './apply-file-results';
import { downloadInBatches } from './download-in-batches';
import { hostOutage, isHostSilent, recordHostAnswered, recordHostSilent, UNREACHABLE_AFTER_FAILURES } from './host-reachability';
import { planSync, type SkippedFile } from './plan-sync';
import { readAndParse } from './read-and-parse';
import { blockHost, hostBlockedUntil, recordSourceProgress, recordSourceResult, startSourceSync } from './source-sync-state';

export interface SyncDependencies {
  db: VigieDatabase;
  http: HttpClient;
  now?: () => number;
  parse?: (raw: Uint8Array, context: ParseContext) => Offer;
  /** Downloads at once. */
  concurrency?: number;
  /** Files per committed transaction. */
  batchSize?: number;
  tokenFor?: (host: string) => string | undefined;
  signal?: AbortSignal;
  /** When the user asked for this sync: a host found silent before then is asked again; undefined for automatic syncs. */
  askedAt?: number;
}

export interface SyncCounts {
  added: number;
  updated: number;
  removed: number;
  opened: number;
  closed: number;
  /** Files read and found broken, or answered with an error. */
  failed: number;
  /** Files not read because the host did not answer: no problem of theirs, they wait for the next sync. */
  unread: number;
}

export interface SourceSyncOutcome extends SyncCounts {
  sourceId: string;
  /** False when the listing failed or some files could not be fetched: the next sync completes it. */
  complete: boolean;
  problem?: SourceProblem;
}

export const EMPTY_COUNTS: SyncCounts = { added: 0, updated: 0, removed: 0, opened: 0, closed: 0, failed: 0, unread: 0 };

type RateLimited = Extract<FetchFailure, { kind: 'rate-limited' }>;

/** One sync of one source, as its steps share it. */
interface SourceSyncRun {
  source: SourceRecord;
  deps: SyncDependencies;
  now: () => number;
  outcome: SourceSyncOutcome;
  /** Marks the events of this sync. */
  syncId: string;
  /** The source's first complete sync: what it finds is the baseline, not news. */
  baseline: boolean;
  /** Stops the downloads: on a rate limit, a failed commit, or the caller's signal. */
  stop: AbortController;
  signal: AbortSignal;
  /** The first rate limit a download met. */
  rateLimit?: RateLimited;
  /** Downloads in a row that got no answer at all; any answer resets it. */
  silentInARow: number;
  /** The failure that made the host count as silent, which stopped the downloads. */
  silence?: FetchFailure;
}

/** list → plan → download and parse in batches → apply each batch in one transaction → remove what the listing lost. */
export async function runSourceSync(source: SourceRecord, deps: SyncDependencies): Promise<SourceSyncOutcome> {
  const now = deps.now ?? Date.now;
  const adapter = adapterFor(source.location);
  const host = adapter.apiHost(source.location);
  const blockedUntil = await hostBlockedUntil(deps.db, host, now());
  if (blockedUntil) return fail(deps.db, source, emptyOutcome(source), { kind: 'fetch', failure: { kind: 'rate-limited', host, resetAt: blockedUntil } }, now());
  const outage = await hostOutage(deps.db, host, now(), deps.askedAt);
  if (outage) return fail(deps.db, source, emptyOutcome(source), { kind: 'unreachable', ...outage }, now());
  const run = await startRun(source, deps, now);

  // A listing answered 304 would hide the files an older reader read: it is asked for whole.
  const readerIsCurrent = source.sync.readerVersion === READER_VERSION;
  const listed = await adapter.list(source.location, deps.http, {
    etag: readerIsCurrent ? source.sync.listingEtag : undefined,
    validators: readerIsCurrent ? source.sync.listingValidators : undefined,
    signal: run.signal,
    token: deps.tokenFor?.(host),
  });
  if (!listed.ok && isHostSilent(listed.failure)) return hostWentSilent(deps.db, source, run.outcome, host, listed.failure, now());
  if (!listed.ok) return fail(deps.db, source, run.outcome, { kind: 'fetch', failure: listed.failure }, now());
  await recordHostAnswered(deps.db, host);
  if (listed.value.status === 'unchanged') {
    const { listingEtag: etag, listingValidators: validators } = source.sync;
    await recordSourceResult(deps.db, source.id, { now: now(), complete: true, etag, validators, readerVersion: READER_VERSION });
    return { ...run.outcome, complete: true };
  }
  const known = await deps.db.files.where('sourceId').equals(source.id).toArray();
  const plan = planSync(listed.value.files, known, listed.value.complete);
  if (!(await downloadAndApply(run, plan.download, plan.skipped))) return run.outcome;
  if (run.rateLimit) return fail(deps.db, source, run.outcome, { kind: 'fetch', failure: run.rateLimit }, now());
  if (run.silence) return hostWentSilent(deps.db, source, run.outcome, host, run.silence, now());
  if (deps.signal?.aborted) return run.outcome;
  return finish(run, plan.removed, listed.value);
}

function emptyOutcome(source: SourceRecord): SourceSyncOutcome {
  return { sourceId: source.id, ...EMPTY_COUNTS, complete: false };
}

/** Marks the source as syncing, from now. */
async function startRun(source: SourceRecord, deps: SyncDependencies, now: () => number): Promise<SourceSyncRun> {
  const startedAt = now();
  await startSourceSync(deps.db, source.id, startedAt);
  const stop = new AbortController();
  const signal = deps.signal ? AbortSignal.any([deps.signal, stop.signal]) : stop.signal;
  const baseline = source.sync.lastSuccessAt === undefined;
  return { source, deps, now, outcome: emptyOutcome(source), syncId: `${source.id}@${startedAt}`, baseline, stop, signal, silentInARow: 0 };
}

/**
 * Records the files the plan skips by their name (not postings), then downloads, parses and
 * applies the planned ones, batch by batch, with progress; false when the storage failed.
 */
async function downloadAndApply(run: SourceSyncRun, files: RemoteFile[], skippedFiles: SkippedFile[]): Promise<boolean> {
  const { db, http, parse } = run.deps;
  const progress = { done: 0, total: files.length };
  await recordSourceProgress(db, run.source.id, progress, run.now());
  const skipped = skippedFiles.map(({ file, reason, detail }): FileResult => ({ path: file.path, version: file.version, skipped: { kind: 'skipped', reason, detail } }));
  if (skipped.length > 0 && !(await applyBatch(run, skipped))) return false;
  return downloadInBatches(files, {
    concurrency: run.deps.concurrency ?? 6,
    batchSize: run.deps.batchSize ?? 50,
    signal: run.signal,
    read: async (file) => {
      const result = await readAndParse(file, { sourceId: run.source.id, http, signal: run.signal, parse, now: run.now });
      if (isFailure(result, 'rate-limited') && !run.rateLimit) {
        run.rateLimit = result.failure.failure;
        run.stop.abort();
      }
      // A file skipped because the sync was stopped is neither a failure nor news: it waits for the next sync.
      if (isFailure(result, 'aborted')) return undefined;
      // A file the host did not send was not read: no problem of its own to list; the source says why.
      if ('failure' in result && isHostSilent(result.failure.failure)) {
        countSilence(run, result.failure.failure);
        return undefined;
      }
      run.silentInARow = 0;
      return result;
    },
    commit: async (batch) => {
      if (!(await applyBatch(run, batch))) {
        run.stop.abort();
        return false;
      }
      progress.done += batch.length;
      await recordSourceProgress(db, run.source.id, progress, run.now());
      return true;
    },
  });
}

/** After too many downloads in a row without an answer, the host counts as silent: the downloads stop. */
function countSilence(run: SourceSyncRun, failure: FetchFailure): void {
  run.outcome.unread++;
  if (++run.silentInARow >= UNREACHABLE_AFTER_FAILURES && !run.silence) {
    run.silence = failure;
    run.stop.abort();
  }
}

function isFailure<Kind extends FetchFailure['kind']>(
  result: FileResult,
  kind: Kind,
): result is FileResult & { failure: { kind: 'fetch'; failure: Extract<FetchFailure, { kind: Kind }> } } {
  return 'failure' in result && result.failure.failure.kind === kind;
}

/** One batch in one transaction, counted; on a storage failure (most likely QuotaExceededError) the source records it. */
async function applyBatch(run: SourceSyncRun, results: FileResult[]): Promise<boolean> {
  const { db } = run.deps;
  const { source, outcome } = run;
  const now = run.now();
  try {
    const counts = await applyFileResults(db, results, { syncId: run.syncId, baseline: run.baseline, now, sourceId: source.id, offerIdFor: (path) => offerId(source.id, path) });
    for (const key of ['added', 'updated', 'removed', 'opened', 'closed', 'failed'] as const) outcome[key] += counts[key];
    return true;
  } catch (error) {
    // The transaction rolled back: what was stored is intact.
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    outcome.problem = { kind: 'storage', message };
    await fail(db, source, outcome, outcome.problem, now);
    return false;
  }
}

/**
 * Removes what the listing lost (closes it, for a job board), and records the result: complete
 * when every file was read.
 */
async function finish(run: SourceSyncRun, gone: FileRecord[], listing: ListedFiles): Promise<SourceSyncOutcome> {
  const { db } = run.deps;
  const { outcome } = run;
  const { absence } = adapterFor(run.source.location);
  // A board that suddenly lists nothing is more often broken (an empty export, a setting changed)
  // than emptied: the first such answer closes nothing and says so; a second in a row is believed.
  const emptyAnswer = absence === 'closed' && listing.files.length === 0 && gone.length > 0;
  const emptyAnswers = emptyAnswer ? (run.source.sync.emptyAnswers ?? 0) + 1 : 0;
  if (emptyAnswers === 1) {
    const problem: SourceProblem = { kind: 'empty-answer', kept: gone.length };
    // Not complete: its validators are not kept, so that the same empty answer is read again next time.
    await recordSourceResult(db, run.source.id, { now: run.now(), complete: false, problem, emptyAnswers });
    return { ...outcome, complete: false, problem };
  }
  const context = { sourceId: run.source.id, syncId: run.syncId, now: run.now(), baseline: run.baseline };
  // A job board lists open positions only: one missing from its complete answer was closed.
  // A feed shows its newest items only: one that dropped off proves nothing, and stays as it was.
  if (absence === 'closed') outcome.closed += await applyClosures(db, gone, context);
  else if (absence !== 'kept') outcome.removed += await applyRemovals(db, gone, context);
  // A capped listing still syncs what it lists; planSync kept every unlisted file.
  outcome.complete = outcome.failed === 0 && outcome.unread === 0;
  await recordSourceResult(db, run.source.id, {
    now: run.now(),
    complete: outcome.complete,
    // Keeping the ETag of a partial sync would let a 304 hide the files it missed.
    etag: outcome.complete ? listing.etag : undefined,
    validators: outcome.complete ? listing.validators : undefined,
    readerVersion: READER_VERSION,
    emptyAnswers,
  });
  return outcome;
}

async function fail(db: VigieDatabase, source: SourceRecord, outcome: SourceSyncOutcome, problem: SourceProblem, now: number): Promise<SourceSyncOutcome> {
  if (problem.kind === 'fetch' && problem.failure.kind === 'rate-limited') {
    await blockHost(db, problem.failure.host, problem.failure.resetAt);
  }
  await recordSourceResult(db, source.id, { now, complete: false, problem }).catch(() => undefined);
  return { ...outcome, complete: false, problem };
}

/** The host stopped answering: the sync stops asking it, keeps what is stored, and says so once, for the source. */
async function hostWentSilent(db: VigieDatabase, source: SourceRecord, outcome: SourceSyncOutcome, host: string, failure: FetchFailure, now: number): Promise<SourceSyncOutcome> {
  const detail = failure.kind === 'network' ? failure.message : failure.kind;
  const outage = await recordHostSilent(db, host, now, detail);
  return fail(db, source, outcome, { kind: 'unreachable', ...outage }, now);
}
