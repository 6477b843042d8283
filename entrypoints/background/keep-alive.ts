import { browser } from '#imports';

// Woken by this alarm, a worker that was stopped mid-sync finishes the work (sync-scheduler.ts).
export const CONTINUE_ALARM = 'vigie-sync-continue';
// Chrome stops an idle worker after 30 s, and fetch does not count as activity; an extension API call does.
const KEEP_ALIVE_MS = 20_000;

let activeWork = 0;

/** Runs work the worker must not be stopped in the middle of; if it is anyway, the continue alarm wakes it. */
export async function whileKeptAlive<T>(work: () => Promise<T>): Promise<T> {
  activeWork++;
  await browser.alarms.create(CONTINUE_ALARM, { delayInMinutes: 0.5, periodInMinutes: 0.5 });
  const keepAlive = setInterval(() => void browser.runtime.getPlatformInfo(), KEEP_ALIVE_MS);
  try {
    return await work();
  } finally {
    clearInterval(keepAlive);
    if (--activeWork === 0) await browser.alarms.clear(CONTINUE_ALARM);
  }
}
