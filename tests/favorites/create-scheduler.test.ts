import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createScheduler } from '../../lib/favorites/create-scheduler';

/** A run that records when it started and ends when the test says so. */
function controlledRun(results: Array<number | undefined> = []) {
  const starts: number[] = [];
  const endings: Array<() => void> = [];
  const run = () =>
    new Promise<number | undefined>((resolve) => {
      starts.push(Date.now());
      const result = results.shift();
      endings.push(() => resolve(result));
    });
  return { run, starts, end: async () => { endings.shift()?.(); await vi.advanceTimersByTimeAsync(0); } };
}

describe('createScheduler', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(10_000);
  });
  afterEach(() => vi.useRealTimers());

  it('runs once after the last of several calls (debounced)', async () => {
    const { run, starts } = controlledRun();
    const schedule = createScheduler(run);
    schedule(2_000);
    await vi.advanceTimersByTimeAsync(1_500);
    schedule(2_000);
    await vi.advanceTimersByTimeAsync(1_999);
    expect(starts).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(starts).toEqual([13_500]);
  });

  it('never runs twice at once: a run asked for meanwhile starts right after the one going', async () => {
    const { run, starts, end } = controlledRun();
    const schedule = createScheduler(run);
    schedule(0);
    await vi.advanceTimersByTimeAsync(0);
    schedule(1_000);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(starts).toEqual([10_000]);
    await end();
    expect(starts).toEqual([10_000, 15_000]);
  });

  it('runs again at the time a run gives back (writes held back by the limits)', async () => {
    const { run, starts, end } = controlledRun([40_000]);
    const schedule = createScheduler(run);
    schedule(0);
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(5_000);
    await end();
    expect(starts).toEqual([10_000]);
    await vi.advanceTimersByTimeAsync(24_999);
    expect(starts).toEqual([10_000]);
    await vi.advanceTimersByTimeAsync(1);
    expect(starts).toEqual([10_000, 40_000]);
  });

  it('runs at once for a time already past', async () => {
    const { run, starts, end } = controlledRun([9_000]);
    const schedule = createScheduler(run);
    schedule(-50);
    await vi.advanceTimersByTimeAsync(0);
    await end();
    expect(starts).toEqual([10_000, 10_000]);
  });
});
