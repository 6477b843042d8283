import type { Worker } from 'playwright-core';

type RecordingScope = {
  vigieCreatedNotifications?: string[];
  chrome: { notifications: { create: (...args: unknown[]) => unknown } };
};

/**
 * Records, in this worker, the id of every notification Vigie creates. Headless Chromium drops
 * shown notifications after a while, so counting the calls is the reliable count. A new worker
 * (after a stop) records nothing: call it again on the fresh one.
 */
export async function recordNotifications(worker: Worker): Promise<() => Promise<string[]>> {
  await worker.evaluate(() => {
    const scope = globalThis as unknown as RecordingScope;
    if (scope.vigieCreatedNotifications) return;
    const created: string[] = [];
    scope.vigieCreatedNotifications = created;
    const create = scope.chrome.notifications.create.bind(scope.chrome.notifications);
    scope.chrome.notifications.create = (...args: unknown[]) => {
      created.push(String(args[0]));
      return create(...args);
    };
  });
  return () => worker.evaluate(() => [...((globalThis as unknown as RecordingScope).vigieCreatedNotifications ?? [])]);
}

/** The worker's start time: it changes when the browser stopped the worker and started a new one. */
export function workerStartTime(worker: Worker): Promise<number> {
  return worker.evaluate(() => performance.timeOrigin);
}
