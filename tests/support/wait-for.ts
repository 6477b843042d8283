export interface WaitForOptions {
  /** Deadline in milliseconds; 10 s unless told. */
  timeout?: number;
  /** Pause between two checks; 100 ms unless told. */
  interval?: number;
  /** What was awaited, for the error message. */
  message?: string;
}

/**
 * Polls `check` until it returns a truthy value, and returns that value.
 * A check that throws counts as "not yet"; its last error is reported if the deadline passes.
 */
export async function waitFor<T>(check: () => T | Promise<T>, options: WaitForOptions = {}): Promise<NonNullable<T>> {
  const { timeout = 10_000, interval = 100, message = 'condition' } = options;
  const deadline = Date.now() + timeout;
  let last: string = 'never checked';
  for (;;) {
    try {
      const value = await check();
      if (value) return value as NonNullable<T>;
      last = `last value: ${JSON.stringify(value)}`;
    } catch (error) {
      last = `last error: ${error instanceof Error ? error.message : String(error)}`;
    }
    if (Date.now() >= deadline) throw new Error(`Timed out after ${timeout} ms waiting for ${message} (${last})`);
    await new Promise((resolve) => setTimeout(resolve, Math.min(interval, Math.max(0, deadline - Date.now()))));
  }
}
