/**
 * Debounced and one at a time: each call to the returned `schedule(delayMs)` replaces the pending
 * run; a run asked for while one is going starts right after it; a run that returns a time
 * (writes held back by the limits) is scheduled again for then.
 */
export function createScheduler(run: () => Promise<number | undefined>, now: () => number = Date.now): (delayMs: number) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let askedWhileRunning = false;

  function schedule(delayMs: number): void {
    clearTimeout(timer);
    timer = setTimeout(() => void start(), Math.max(0, delayMs));
  }

  async function start(): Promise<void> {
    if (running) {
      askedWhileRunning = true;
      return;
    }
    running = true;
    const retryAt = await run().finally(() => (running = false));
    if (askedWhileRunning) {
      askedWhileRunning = false;
      schedule(0);
    } else if (retryAt !== undefined) schedule(retryAt - now());
  }

  return schedule;
}
