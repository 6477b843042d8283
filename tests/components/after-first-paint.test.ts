import { afterEach, describe, expect, it, vi } from 'vitest';

/** A PerformanceObserver that reports paint entries when told, as Chromium does once a frame is presented. */
function fakePaintObserver() {
  const observers: Array<(names: string[]) => void> = [];
  class FakeObserver {
    static supportedEntryTypes = ['paint'];
    constructor(private readonly callback: (list: { getEntriesByName(name: string): unknown[] }) => void) {}
    observe() {
      observers.push((names) => this.callback({ getEntriesByName: (name) => names.filter((each) => each === name) }));
    }
    disconnect() {}
  }
  return { Observer: FakeObserver, paint: (...names: string[]) => observers.forEach((report) => report(names)) };
}

/** The module afresh: it keeps the first paint once seen. */
const load = async () => {
  vi.resetModules();
  return import('../../components/after-first-paint');
};

describe('whenFirstPainted', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('waits for the first contentful paint, not any earlier paint, then answers at once', async () => {
    const fake = fakePaintObserver();
    vi.stubGlobal('PerformanceObserver', fake.Observer);
    const { whenFirstPainted } = await load();
    let painted = false;
    void whenFirstPainted().then(() => (painted = true));
    fake.paint('first-paint');
    await Promise.resolve();
    expect(painted).toBe(false);
    fake.paint('first-contentful-paint');
    await whenFirstPainted();
    expect(painted).toBe(true);
  });

  it('does not wait forever where no paint is reported', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('PerformanceObserver', undefined);
    const { whenFirstPainted } = await load();
    let painted = false;
    void whenFirstPainted().then(() => (painted = true));
    await vi.advanceTimersByTimeAsync(299);
    expect(painted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(painted).toBe(true);
  });
});
