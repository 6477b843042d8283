import { browser } from '#imports';
import { readSettings } from '../../lib/db';
import { nextHostRetry } from '../../lib/sync/run-sync';
import type { BackgroundServices } from './services';

export const PERIODIC_ALARM = 'vigie-sync';
// Set for the next try at a host that stopped answering (lib/sync/host-reachability.ts).
export const RETRY_ALARM = 'vigie-sync-retry';

export async function ensurePeriodicAlarm(services: BackgroundServices, reset = false): Promise<void> {
  const { syncPeriodMinutes } = await readSettings(services.db);
  const existing = await browser.alarms.get(PERIODIC_ALARM);
  if (existing && !reset && existing.periodInMinutes === syncPeriodMinutes) return;
  await browser.alarms.create(PERIODIC_ALARM, { periodInMinutes: syncPeriodMinutes, delayInMinutes: syncPeriodMinutes });
}

/** Wakes Vigie when the first silent host is due to be tried again, as the options page and popup say it will. */
export async function scheduleHostRetry(services: BackgroundServices): Promise<void> {
  const retryAt = await nextHostRetry(services.db, Date.now());
  await (retryAt === undefined ? browser.alarms.clear(RETRY_ALARM) : browser.alarms.create(RETRY_ALARM, { when: retryAt }));
}
