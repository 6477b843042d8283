import { refreshBoard } from '../board/refresh-board';
import type { SourceRecord } from '../db/records';
import type { VigieDatabase } from '../db/schema';
import type { SyncSummary } from '../messaging/protocol';
import type { SyncCoordinator, SyncRequest, SyncRunResult } from './sync-coordinator';

export interface SyncOfSources extends SyncRunResult {
  /** The popup's board changed: open popups reload it. */
  boardChanged: boolean;
}

/**
 * The whole pipeline for some sources: each source is listed, planned, downloaded in batches,
 * parsed and applied (runSourceSync, through the coordinator, one source at a time), then the
 * popup's board and search index are refreshed from what changed.
 */
export async function runSync(db: VigieDatabase, coordinator: SyncCoordinator, sources: SourceRecord[], request: SyncRequest = {}): Promise<SyncOfSources> {
  const result = await coordinator.syncSources(sources, request);
  const boardChanged = await refreshBoard(db);
  return { ...result, boardChanged };
}

/**
 * The sources a sync covers: the one named, even when paused (the user asked for it), or every
 * source not paused.
 */
export async function sourcesToSync(db: VigieDatabase, sourceId?: string): Promise<SourceRecord[]> {
  if (sourceId !== undefined) {
    const source = await db.sources.get(sourceId);
    return source ? [source] : [];
  }
  return (await db.sources.toArray()).filter((source) => !source.paused);
}

/** What a sync tells the page that asked for it. */
export function toSyncSummary(result: SyncRunResult): SyncSummary {
  const { added, updated, removed, opened, failed } = result;
  return { added, updated, removed, opened, failed };
}

/** When the first host that stopped answering is due to be tried again; undefined when none is. */
export async function nextHostRetry(db: VigieDatabase, now: number): Promise<number | undefined> {
  const retries = (await db.hosts.toArray()).flatMap((host) => (host.retryAt !== undefined && host.retryAt > now ? [host.retryAt] : []));
  return retries.length > 0 ? Math.min(...retries) : undefined;
}
