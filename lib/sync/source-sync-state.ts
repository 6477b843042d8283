import { Dexie } from 'dexie';
import type { SourceProblem, SourceSyncState } from '../db/records';
import type { VigieDatabase } from '../db/schema';
import type { AnswerValidators } from '../sources/types';
import type { RateInfo } from '../sources/http-client';

async function patchSync(db: VigieDatabase, sourceId: string, patch: (sync: SourceSyncState) => SourceSyncState): Promise<void> {
  await db.transaction('rw', db.sources, async () => {
    const source = await db.sources.get(sourceId);
    if (source) await db.sources.put({ ...source, sync: patch(source.sync) });
  });
}

export function startSourceSync(db: VigieDatabase, sourceId: string, now: number): Promise<void> {
  return patchSync(db, sourceId, (sync) => ({ ...sync, status: 'syncing', startedAt: now, heartbeatAt: now, lastAttemptAt: now, progress: undefined }));
}

export function recordSourceProgress(db: VigieDatabase, sourceId: string, progress: { done: number; total: number }, now: number): Promise<void> {
  return patchSync(db, sourceId, (sync) => ({ ...sync, progress, heartbeatAt: now }));
}

export interface SourceResult {
  now: number;
  complete: boolean;
  etag?: string;
  validators?: AnswerValidators;
  /** READER_VERSION of a complete sync: the files it lists were all read by it. */
  readerVersion?: number;
  problem?: SourceProblem;
  /** Empty answers in a row (see SourceSyncState); left as it was when the sync got no answer to judge. */
  emptyAnswers?: number;
}

/** Ends a sync: status, counts shown in the options page, and the last success when complete. */
export async function recordSourceResult(db: VigieDatabase, sourceId: string, result: SourceResult): Promise<void> {
  const listed = db.offers.where('[sourceId+listed+status]');
  const [count, openCount, problemCount, fileCount] = await Promise.all([
    listed.between([sourceId, 1, Dexie.minKey], [sourceId, 1, Dexie.maxKey]).count(),
    listed.equals([sourceId, 1, 'open']).count(),
    // Files skipped on purpose (readme, template, draft, copy…) are listed on the source, but are neither problems nor posting files.
    db.files.where('sourceId').equals(sourceId).filter((file) => file.hasProblem === 1 && file.problem?.kind !== 'skipped').count(),
    db.files.where('sourceId').equals(sourceId).filter((file) => file.problem?.kind !== 'skipped').count(),
  ]);
  await patchSync(db, sourceId, (sync) => ({
    ...sync,
    status: result.problem || !result.complete ? 'error' : 'ok',
    heartbeatAt: undefined,
    progress: undefined,
    error: result.problem,
    lastSuccessAt: result.complete ? result.now : sync.lastSuccessAt,
    listingEtag: result.complete ? result.etag : undefined,
    listingValidators: result.complete ? result.validators : undefined,
    readerVersion: result.complete ? result.readerVersion : sync.readerVersion,
    count,
    openCount,
    problemCount,
    fileCount,
    emptyAnswers: result.emptyAnswers ?? sync.emptyAnswers,
  }));
}

/** The requests the host says are left, and when its count resets: kept per host, beside any block. */
export async function recordRateInfo(db: VigieDatabase, host: string, info: RateInfo): Promise<void> {
  const updated = await db.hosts.update(host, { remaining: info.remaining, resetAt: info.resetAt });
  if (!updated) await db.hosts.put({ host, remaining: info.remaining, resetAt: info.resetAt });
}

export async function blockHost(db: VigieDatabase, host: string, until: number): Promise<void> {
  await db.hosts.put({ ...(await db.hosts.get(host)), host, rateLimitedUntil: until });
}

/** When requests to the host are allowed again, or undefined if they are now. */
export async function hostBlockedUntil(db: VigieDatabase, host: string, now: number): Promise<number | undefined> {
  const until = (await db.hosts.get(host))?.rateLimitedUntil;
  return until !== undefined && until > now ? until : undefined;
}
