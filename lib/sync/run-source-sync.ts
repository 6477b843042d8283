import type { SourceProblem, SourceRecord } from '../db/records';
import type { VigieDatabase } from '../db/schema';
import { PostingError, READER_VERSION, parsePosting } from '../postings';
import { offerFromBoardPosting } from '../postings/board-posting';
import { isDraft, startsWithFrontMatter } from '../postings/skip-by-content';
import { classifyFileName } from '../sources/classify-file-name';
import type { Offer, ParseContext } from '../postings/types';
import { adapterFor } from '../sources';
import type { FetchFailure, HttpClient, RemoteFile } from '../sources/types';
import { applyClosures, applyFileResults, applyRemovals, type FileResult } from './apply-file-results';
import { mapWithConcurrency } from './map-with-concurrency';
import { planSync } from './plan-sync';
import { readRemoteFile } from './read-remote-file';
import { hostOutage, isHostSilent, recordHostAnswered, recordHostSilent, UNREACHABLE_AFTER_FAILURES } from './host-reachability';
import { blockHost, hostBlockedUntil, recordSourceProgress, recordSourceResult, startSourceSync } from './source-sync-state';
import { offerId } from '../postings/offer-id';

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

/** list → plan → fetch in batches → apply each batch in one transaction → remove what the listing lost. */
export async function runSourceSync(source: SourceRecord, deps: SyncDependencies): Promise<SourceSyncOutcome> {
  const now = deps.now ?? Date.now;
  const outcome: SourceSyncOutcome = { sourceId: source.id, ...EMPTY_COUNTS, complete: false };
  const adapter = adapterFor(source.location);
  const host = adapter.apiHost(source.location);
  const blockedUntil = await hostBlockedUntil(deps.db, host, now());
  if (blockedUntil) return fail(deps.db, source, outcome, { kind: 'fetch', failure: { kind: 'rate-limited', host, resetAt: blockedUntil } }, now());
  const outage = await hostOutage(deps.db, host, now(), deps.askedAt);
  if (outage) return fail(deps.db, source, outcome, { kind: 'unreachable', ...outage }, now());

  const startedAt = now();
  const syncId = `${source.id}@${startedAt}`;
  const baseline = source.sync.lastSuccessAt === undefined;
  await startSourceSync(deps.db, source.id, startedAt);

  const abort = new AbortController();
  const signal = deps.signal ? AbortSignal.any([deps.signal, abort.signal]) : abort.signal;
  // A listing answered 304 would hide the files an older reader read: it is asked for whole.
  const readerIsCurrent = source.sync.readerVersion === READER_VERSION;
  const listing = await adapter.list(source.location, deps.http, {
    etag: readerIsCurrent ? source.sync.listingEtag : undefined,
    validators: readerIsCurrent ? source.sync.listingValidators : undefined,
    signal,
    token: deps.tokenFor?.(host),
  });
  if (!listing.ok && isHostSilent(listing.failure)) return hostWentSilent(deps.db, source, outcome, host, listing.failure, now());
  if (!listing.ok) return fail(deps.db, source, outcome, { kind: 'fetch', failure: listing.failure }, now());
  await recordHostAnswered(deps.db, host);
  if (listing.value.status === 'unchanged') {
    await recordSourceResult(deps.db, source.id, {
      now: now(),
      complete: true,
      etag: source.sync.listingEtag,
      validators: source.sync.listingValidators,
      readerVersion: READER_VERSION,
    });
    return { ...outcome, complete: true };
  }

  const known = await deps.db.files.where('sourceId').equals(source.id).toArray();
  const plan = planSync(listing.value.files, known, listing.value.complete);
  const total = plan.download.length;
  let done = 0;
  let rateLimit: FetchFailure | undefined;
  // Downloads in a row that got no answer at all; any answer resets it.
  let silentInARow = 0;
  let silence: FetchFailure | undefined;
  await recordSourceProgress(deps.db, source.id, { done, total }, now());
  const skipped = plan.skipped.map(({ file, reason, detail }): FileResult => ({ path: file.path, version: file.version, skipped: { kind: 'skipped', reason, detail } }));
  if (skipped.length > 0 && !(await applyOrReport(deps.db, source, outcome, skipped, { syncId, baseline, now: now() }))) return outcome;

  // Downloads run continuously, `concurrency` at a time; every `batchSize` results are committed
  // in one transaction, one transaction at a time, and a download waiting for its commit holds
  // its slot, which bounds memory.
  const batchSize = deps.batchSize ?? 50;
  const waiting: FileResult[] = [];
  let committing = Promise.resolve(true);
  const commit = (batch: FileResult[]) => {
    committing = committing.then(async (ok) => {
      if (!ok) return false;
      const applied = await applyOrReport(deps.db, source, outcome, batch, { syncId, baseline, now: now() });
      if (!applied) {
        abort.abort();
        return false;
      }
      done += batch.length;
      await recordSourceProgress(deps.db, source.id, { done, total }, now());
      return true;
    });
    return committing;
  };
  await mapWithConcurrency(plan.download, deps.concurrency ?? 6, async (file) => {
    if (signal.aborted) return;
    const result = await readAndParse(file, source, deps, signal);
    if ('failure' in result && result.failure.failure.kind === 'rate-limited' && !rateLimit) {
      rateLimit = result.failure.failure;
      abort.abort();
    }
    // A file skipped because the sync was stopped is neither a failure nor news: it waits for the next sync.
    if ('failure' in result && result.failure.failure.kind === 'aborted') return;
    // A file the host did not send was not read: no problem of its own to list; the source says why.
    if ('failure' in result && isHostSilent(result.failure.failure)) {
      outcome.unread++;
      if (++silentInARow >= UNREACHABLE_AFTER_FAILURES && !silence) {
        silence = result.failure.failure;
        abort.abort();
      }
      return;
    }
    silentInARow = 0;
    waiting.push(result);
    if (waiting.length >= batchSize) await commit(waiting.splice(0));
  });
  if (!(await commit(waiting.splice(0)))) return outcome;

  if (rateLimit?.kind === 'rate-limited') {
    await blockHost(deps.db, rateLimit.host, rateLimit.resetAt);
    return fail(deps.db, source, outcome, { kind: 'fetch', failure: rateLimit }, now());
  }
  if (silence) return hostWentSilent(deps.db, source, outcome, host, silence, now());
  if (deps.signal?.aborted) return outcome;

  // A board that suddenly lists nothing is more often broken (an empty export, a setting changed)
  // than emptied: the first such answer closes nothing and says so; a second in a row is believed.
  const emptyAnswer = adapter.absence === 'closed' && listing.value.files.length === 0 && plan.removed.length > 0;
  const emptyAnswers = emptyAnswer ? (source.sync.emptyAnswers ?? 0) + 1 : 0;
  if (emptyAnswers === 1) {
    const problem: SourceProblem = { kind: 'empty-answer', kept: plan.removed.length };
    // Not complete: its validators are not kept, so that the same empty answer is read again next time.
    await recordSourceResult(deps.db, source.id, { now: now(), complete: false, problem, emptyAnswers });
    return { ...outcome, complete: false, problem };
  }
  const gone = { sourceId: source.id, syncId, now: now(), baseline };
  // A job board lists open positions only: one missing from its complete answer was closed.
  // A feed shows its newest items only: one that dropped off proves nothing, and stays as it was.
  if (adapter.absence === 'closed') outcome.closed += await applyClosures(deps.db, plan.removed, gone);
  else if (adapter.absence !== 'kept') outcome.removed += await applyRemovals(deps.db, plan.removed, gone);
  // A capped listing still syncs what it lists; planSync kept every unlisted file.
  outcome.complete = outcome.failed === 0 && outcome.unread === 0;
  await recordSourceResult(deps.db, source.id, {
    now: now(),
    complete: outcome.complete,
    // Keeping the ETag of a partial sync would let a 304 hide the files it missed.
    etag: outcome.complete ? listing.value.etag : undefined,
    validators: outcome.complete ? listing.value.validators : undefined,
    readerVersion: READER_VERSION,
    emptyAnswers,
  });
  return outcome;
}

async function readAndParse(file: RemoteFile, source: SourceRecord, deps: SyncDependencies, signal: AbortSignal): Promise<FileResult> {
  if (file.posting) {
    const context = { path: file.path, url: file.htmlUrl, sourceId: source.id };
    return { path: file.path, version: file.version, offer: offerFromBoardPosting(file.posting, context, new Date((deps.now ?? Date.now)())) };
  }
  const bytes = await readRemoteFile(file, deps.http, signal);
  if (!bytes.ok) return { path: file.path, failure: { kind: 'fetch', failure: bytes.failure } };
  const skip = (reason: 'no-front-matter' | 'draft'): FileResult => ({ path: file.path, version: file.version, skipped: { kind: 'skipped', reason } });
  if (classifyFileName(file.name).kind === 'if-front-matter' && !startsWithFrontMatter(bytes.value)) return skip('no-front-matter');
  const parse = deps.parse ?? parsePosting;
  try {
    const offer = parse(bytes.value, { path: file.path, url: file.htmlUrl, sourceId: source.id });
    return isDraft(offer.frontMatter) ? skip('draft') : { path: file.path, version: file.version, offer };
  } catch (error) {
    if (error instanceof PostingError) return { path: file.path, version: file.version, problem: { kind: 'posting', reason: error.reason, message: error.message } };
    // A parser bug must not stop the other files: the file is reported, the sync goes on.
    const message = error instanceof Error ? error.message : String(error);
    return { path: file.path, version: file.version, problem: { kind: 'posting', reason: 'internal', message } };
  }
}

async function applyOrReport(
  db: VigieDatabase,
  source: SourceRecord,
  outcome: SourceSyncOutcome,
  results: FileResult[],
  context: { syncId: string; baseline: boolean; now: number },
): Promise<boolean> {
  try {
    const counts = await applyFileResults(db, results, { ...context, sourceId: source.id, offerIdFor: (path) => offerId(source.id, path) });
    for (const key of ['added', 'updated', 'removed', 'opened', 'closed', 'failed'] as const) outcome[key] += counts[key];
    return true;
  } catch (error) {
    // Most likely QuotaExceededError: the transaction rolled back, what was stored is intact.
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    outcome.problem = { kind: 'storage', message };
    await fail(db, source, outcome, outcome.problem, context.now);
    return false;
  }
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
