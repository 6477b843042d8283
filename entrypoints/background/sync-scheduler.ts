import { browser } from '#imports';
import { refreshBoard } from '../../lib/board/refresh-board';
import { refreshBoardExtras } from './board-extras';
import type { SourceRecord } from '../../lib/db/records';
import type { SyncSummary } from '../../lib/messaging/protocol';
import { interruptedSources } from '../../lib/sync/sync-coordinator';
import { runSync, sourcesToSync, toSyncSummary, type SyncOfSources } from '../../lib/sync/run-sync';
import { CONTINUE_ALARM, whileKeptAlive } from './keep-alive';
import { announceOpenings } from './notifications';
import type { BackgroundServices } from './services';
import { signalChange } from './signal-change';
import { ensurePeriodicAlarm, PERIODIC_ALARM, RETRY_ALARM, scheduleHostRetry } from './sync-alarms';

export function registerSyncScheduler(services: BackgroundServices): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PERIODIC_ALARM || alarm.name === RETRY_ALARM) void syncAll(services);
    if (alarm.name === CONTINUE_ALARM) void resumeInterrupted(services);
  });
  browser.runtime.onStartup.addListener(() => void syncAll(services));
  void ensurePeriodicAlarm(services);
  // A board lost, never built or stored in an older format (first start after an upgrade) is rebuilt; an open popup reloads it.
  // The first screen's copy is made here too: a worker stopped during a change left none.
  void services.firstScreen.whileChanging(() => refreshBoard(services.db)).then((changed) => (changed ? signalChange('board') : undefined)).then(() => resumeInterrupted(services));
}

/** `askedAt`: when the user asked for this sync, which then also tries hosts that stopped answering. */
export async function syncAll(services: BackgroundServices, sourceId?: string, askedAt?: number): Promise<SyncSummary> {
  return toSyncSummary(await syncKeptAlive(services, await sourcesToSync(services.db, sourceId), askedAt));
}

async function resumeInterrupted(services: BackgroundServices): Promise<void> {
  const interrupted = interruptedSources(await services.db.sources.toArray()).filter((source) => !services.coordinator.isSyncing(source.id));
  if (interrupted.length > 0) await syncKeptAlive(services, interrupted);
}

/** Runs the sync with the worker kept alive, then tells open pages and announces what opened. */
export async function syncKeptAlive(services: BackgroundServices, sources: SourceRecord[], askedAt?: number): Promise<SyncOfSources> {
  return whileKeptAlive(async () => {
    const result = await services.firstScreen.whileChanging(async () => {
      const synced = await runSync(services.db, services.coordinator, sources, { askedAt });
      // The popup reads, beside the board, the words blocked anywhere and the duplicates: found again once the offers changed.
      if (synced.boardChanged) await refreshBoardExtras(services.db);
      return synced;
    });
    // Open popups reload the whole board on this signal: only when it changed.
    await signalChange(result.boardChanged ? 'board' : 'sources');
    await announceOpenings(services);
    await scheduleHostRetry(services);
    return result;
  });
}
