import { browser } from '#imports';
import { readSettings } from '../../lib/db';
import { refreshBoard } from '../../lib/board/refresh-board';
import type { SyncSummary } from '../../lib/messaging/protocol';
import { interruptedSources, type SyncRunResult } from '../../lib/sync/sync-coordinator';
import { announceOpenings } from './notifications';
import type { BackgroundServices } from './services';
import { signalChange } from './signal-change';

const PERIODIC_ALARM = 'vigie-sync';
// Woken by this alarm, a worker that was stopped mid-sync finishes the work.
const CONTINUE_ALARM = 'vigie-sync-continue';
// Set for the next try at a host that stopped answering (lib/sync/host-reachability.ts).
const RETRY_ALARM = 'vigie-sync-retry';
// Chrome stops an idle worker after 30 s, and fetch does not count as activity; an extension API call does.
const KEEP_ALIVE_MS = 20_000;

export function registerSyncScheduler(services: BackgroundServices): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PERIODIC_ALARM || alarm.name === RETRY_ALARM) void syncAll(services);
    if (alarm.name === CONTINUE_ALARM) void resumeInterrupted(services);
  });
  browser.runtime.onStartup.addListener(() => void syncAll(services));
  void ensurePeriodicAlarm(services);
  // A board lost or never built (first start after an upgrade) is rebuilt before the popup needs it.
  void refreshBoard(services.db).then(() => resumeInterrupted(services));
}

export async function ensurePeriodicAlarm(services: BackgroundServices, reset = false): Promise<void> {
  const { syncPeriodMinutes } = await readSettings(services.db);
  const existing = await browser.alarms.get(PERIODIC_ALARM);
  if (existing && !reset && existing.periodInMinutes === syncPeriodMinutes) return;
  await browser.alarms.create(PERIODIC_ALARM, { periodInMinutes: syncPeriodMinutes, delayInMinutes: syncPeriodMinutes });
}

/** `askedAt`: when the user asked for this sync, which then also tries hosts that stopped answering. */
export async function syncAll(services: BackgroundServices, sourceId?: string, askedAt?: number): Promise<SyncSummary> {
  const sources = sourceId ? [await services.db.sources.get(sourceId)] : await services.db.sources.toArray();
  // A source synced by name is synced even when paused: the user asked for it.
  const active = sources.flatMap((source) => (source && (sourceId !== undefined || !source.paused) ? [source] : []));
  const result = await whileKeptAlive(() => services.coordinator.syncSources(active, { askedAt }));
  await afterSync(services);
  return toSummary(result);
}

/** Brings the popup's board up to date, tells open pages, and announces what opened. */
async function afterSync(services: BackgroundServices): Promise<void> {
  // Open popups reload the whole board on this signal: only when it changed.
  if (await refreshBoard(services.db)) await signalChange('board');
  else await signalChange('sources');
  await announceOpenings(services);
  await scheduleRetry(services);
}

/** Wakes Vigie when the first silent host is due to be tried again, as the options page and popup say it will. */
async function scheduleRetry(services: BackgroundServices): Promise<void> {
  const now = Date.now();
  const retries = (await services.db.hosts.toArray()).flatMap((host) => (host.retryAt !== undefined && host.retryAt > now ? [host.retryAt] : []));
  if (retries.length === 0) await browser.alarms.clear(RETRY_ALARM);
  else await browser.alarms.create(RETRY_ALARM, { when: Math.min(...retries) });
}

async function resumeInterrupted(services: BackgroundServices): Promise<void> {
  const interrupted = interruptedSources(await services.db.sources.toArray()).filter((source) => !services.coordinator.isSyncing(source.id));
  if (interrupted.length === 0) return;
  await whileKeptAlive(() => services.coordinator.syncSources(interrupted));
  await afterSync(services);
}

let activeSyncs = 0;

async function whileKeptAlive<T>(work: () => Promise<T>): Promise<T> {
  activeSyncs++;
  await browser.alarms.create(CONTINUE_ALARM, { delayInMinutes: 0.5, periodInMinutes: 0.5 });
  const keepAlive = setInterval(() => void browser.runtime.getPlatformInfo(), KEEP_ALIVE_MS);
  try {
    return await work();
  } finally {
    clearInterval(keepAlive);
    if (--activeSyncs === 0) await browser.alarms.clear(CONTINUE_ALARM);
  }
}

function toSummary(result: SyncRunResult): SyncSummary {
  const { added, updated, removed, opened, failed } = result;
  return { added, updated, removed, opened, failed };
}
