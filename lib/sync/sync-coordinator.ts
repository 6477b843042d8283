import type { SourceRecord } from '../db/records';
import { EMPTY_COUNTS, runSourceSync, type SourceSyncOutcome, type SyncCounts, type SyncDependencies } from './run-source-sync';

export interface SyncRunResult extends SyncCounts {
  outcomes: SourceSyncOutcome[];
}

export interface SyncRequest {
  /** When the user asked (the options page's "Sync now", the popup's refresh); undefined for automatic syncs. */
  askedAt?: number;
}

/**
 * Runs syncs so that a source is never synced twice at once. A request for a source already
 * syncing is queued to run once the current sync ends (several requests share one rerun):
 * the running sync may have listed the folder before the change the user is asking about.
 */
export class SyncCoordinator {
  private readonly running = new Map<string, Promise<SourceSyncOutcome>>();
  private readonly queued = new Map<string, Promise<SourceSyncOutcome>>();

  constructor(private readonly deps: () => Promise<SyncDependencies>) {}

  isSyncing(sourceId: string): boolean {
    return this.running.has(sourceId);
  }

  async syncSources(sources: SourceRecord[], request: SyncRequest = {}): Promise<SyncRunResult> {
    const outcomes: SourceSyncOutcome[] = [];
    // One source after another: they often share a host, its rate limit and its outages.
    for (const source of sources) outcomes.push(await this.syncSource(source.id, request));
    return summarize(outcomes);
  }

  syncSource(sourceId: string, request: SyncRequest = {}): Promise<SourceSyncOutcome> {
    const running = this.running.get(sourceId);
    if (!running) return this.start(sourceId, request);
    const queued =
      this.queued.get(sourceId) ??
      running
        .catch(() => undefined)
        .then(() => {
          this.queued.delete(sourceId);
          return this.syncSource(sourceId, request);
        });
    this.queued.set(sourceId, queued);
    return queued;
  }

  private start(sourceId: string, request: SyncRequest): Promise<SourceSyncOutcome> {
    const run = this.deps()
      .then(async (deps) => {
        // Read now, not when asked: a queued sync must see what the previous one stored.
        const source = await deps.db.sources.get(sourceId);
        return source ? runSourceSync(source, { ...deps, askedAt: request.askedAt }) : { sourceId, ...EMPTY_COUNTS, complete: false };
      })
      .finally(() => this.running.delete(sourceId));
    this.running.set(sourceId, run);
    return run;
  }
}

export function summarize(outcomes: SourceSyncOutcome[]): SyncRunResult {
  const total: SyncRunResult = { ...EMPTY_COUNTS, outcomes };
  for (const outcome of outcomes) {
    for (const key of Object.keys(EMPTY_COUNTS) as Array<keyof SyncCounts>) total[key] += outcome[key];
  }
  return total;
}

/**
 * Sources left "syncing" by a worker that the browser stopped. Called when a new worker
 * starts, before it syncs anything: only one worker runs at a time, so they are all orphans.
 */
export function interruptedSources(sources: SourceRecord[]): SourceRecord[] {
  return sources.filter((source) => source.sync.status === 'syncing');
}
