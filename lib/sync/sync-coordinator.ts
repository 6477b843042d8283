import type { SourceRecord } from '../db/records';
import { EMPTY_COUNTS, runSourceSync, type SourceSyncOutcome, type SyncCounts, type SyncDependencies } from './run-source-sync';

export interface SyncRunResult extends SyncCounts {
  outcomes: SourceSyncOutcome[];
}

/**
 * Runs syncs so that a source is never synced twice at once: a second request for a source
 * already syncing waits for the running one instead of starting another.
 */
export class SyncCoordinator {
  private readonly running = new Map<string, Promise<SourceSyncOutcome>>();

  constructor(private readonly deps: () => Promise<SyncDependencies>) {}

  isSyncing(sourceId: string): boolean {
    return this.running.has(sourceId);
  }

  async syncSources(sources: SourceRecord[]): Promise<SyncRunResult> {
    const outcomes: SourceSyncOutcome[] = [];
    // One source after another: they often share a host and its rate limit.
    for (const source of sources) outcomes.push(await this.syncSource(source));
    return summarize(outcomes);
  }

  syncSource(source: SourceRecord): Promise<SourceSyncOutcome> {
    const running = this.running.get(source.id);
    if (running) return running;
    const run = this.deps()
      .then((deps) => runSourceSync(source, deps))
      .finally(() => this.running.delete(source.id));
    this.running.set(source.id, run);
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
