import type { Browser, BrowserContext, Page } from 'playwright-core';
import { percentiles, round, type Benchmark, type BenchRow } from './support/benchmark';
import { allScriptsOfPage, gzippedSize, scriptsOfPage } from './support/bundle-size';
import { syncInChromium } from './support/chromium-session';
import { extensionWithFloorPages, FLOOR_PAGES } from './support/floor-page';
import { generatePostingFiles } from './support/posting-files';
import { BUILT_EXTENSION_DIR } from '../tests/e2e/support/extension';
import { waitFor } from '../tests/support/wait-for';

const OPENINGS = 11;
/** Chromium counts as idle when its processes together use under a tenth of a core over half a second. */
const QUIET_WINDOW_MS = 500;
const QUIET_CPU_SHARE = 0.1;

interface OpeningTimes {
  /** The first result is in the DOM. */
  inDom?: number;
  /** The first paint with content (its presentation), whenever it came. */
  firstContentfulPaint?: number;
  /** The frame after the one that showed the first result has begun. */
  nextFrame?: number;
}

/** Milliseconds from the popup's navigation start until its first result is in the DOM, and until it is painted. */
async function timeToFirstResults(page: Page, popupUrl: string): Promise<{ inDom: number; painted: number }> {
  await page.addInitScript(() => {
    const times: OpeningTimes = {};
    (globalThis as unknown as { vigieBench: OpeningTimes }).vigieBench = times;
    new PerformanceObserver((list) => {
      const entry = list.getEntriesByName('first-contentful-paint')[0];
      if (entry) times.firstContentfulPaint = entry.startTime;
    }).observe({ type: 'paint', buffered: true });
    const observer = new MutationObserver(() => {
      if (!document.querySelector('[data-testid="offer"]')) return;
      times.inDom = performance.now();
      observer.disconnect();
      requestAnimationFrame(() => requestAnimationFrame(() => (times.nextFrame = performance.now())));
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  await page.goto(popupUrl);
  // Polled with evaluate rather than a locator: a locator loads Playwright's selector engine
  // into the page (3 to 20 ms of its main thread in traces), which would land in the middle of the opening.
  const times = await waitFor(
    () => page.evaluate(() => {
      const { inDom, firstContentfulPaint, nextFrame } = (globalThis as unknown as { vigieBench: OpeningTimes }).vigieBench;
      // The paint entry comes with the frame's presentation, which may be after the next frame began.
      return inDom !== undefined && nextFrame !== undefined && firstContentfulPaint !== undefined ? { inDom, firstContentfulPaint, nextFrame } : undefined;
    }),
    { timeout: 30_000, interval: 50, message: 'the first results' },
  );
  // The first contentful paint shows the results when it comes after them (the popup paints
  // nothing before); otherwise the frame that followed theirs bounds their paint.
  const { inDom, firstContentfulPaint, nextFrame } = times;
  return { inDom, painted: firstContentfulPaint >= inDom ? firstContentfulPaint : nextFrame };
}

/**
 * Waits until Chromium is idle: after a sync the worker rebuilds the board, may run a queued
 * sync and recounts the source's offers, and each popup opened loads the whole board once
 * shown. Opening the popup during that work would time the contention, not the popup.
 */
async function waitForQuietBrowser(browser: Browser): Promise<void> {
  const cdp = await browser.newBrowserCDPSession();
  const cpuSeconds = async () => {
    const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: Array<{ cpuTime: number }> };
    return processInfo.reduce((sum, process) => sum + process.cpuTime, 0);
  };
  try {
    let before = await cpuSeconds();
    await new Promise((resolve) => setTimeout(resolve, QUIET_WINDOW_MS));
    await waitFor(async () => {
      const after = await cpuSeconds();
      const quiet = after - before < (QUIET_WINDOW_MS / 1000) * QUIET_CPU_SHARE;
      before = after;
      return quiet;
    }, { timeout: 120_000, interval: QUIET_WINDOW_MS, message: 'Chromium to be idle' });
  } finally {
    await cdp.detach();
  }
}

function sizeRows(): BenchRow[] {
  const firstLoad = gzippedSize(scriptsOfPage(BUILT_EXTENSION_DIR, 'popup.html'));
  const total = gzippedSize(allScriptsOfPage(BUILT_EXTENSION_DIR, 'popup.html'));
  return [
    { measure: 'popup bundle, gzipped, loaded on opening (KB)', value: round(firstLoad / 1024, 1), target: '' },
    { measure: 'popup bundle, gzipped, with its lazy chunks (KB)', value: round(total / 1024, 1), target: '< 60' },
  ];
}

function timingRows(label: string, samples: number[], target: string): BenchRow[] {
  return [
    { measure: `first results ${label}, 10,000 postings, median of ${samples.length} openings (ms)`, value: round(percentiles(samples).median, 1), target },
    { measure: `first results ${label}, 10,000 postings, slowest (ms)`, value: round(Math.max(...samples), 1), target: '' },
  ];
}

/** A query the user leaves in the popup, which it reopens on: many generated postings match it. */
const SAVED_QUERY = 'developpeur';

/**
 * Opens each page of `urls` in turn, OPENINGS rounds, and times each opening: the pages
 * alternate, so a floor and the popup share the host's state of the moment.
 */
async function timeOpenings(browser: Browser, context: BrowserContext, urls: readonly string[]): Promise<Array<{ inDom: number[]; painted: number[] }>> {
  const times = urls.map(() => ({ inDom: [] as number[], painted: [] as number[] }));
  for (let opening = 0; opening < OPENINGS; opening++) {
    for (const [index, url] of urls.entries()) {
      await waitForQuietBrowser(browser);
      const page = await context.newPage();
      const opened = await timeToFirstResults(page, url);
      await page.close();
      times[index]!.inDom.push(opened.inDom);
      times[index]!.painted.push(opened.painted);
    }
  }
  return times;
}

function floorRows(label: string, floor: number[], popup: number[]): BenchRow[] {
  const floorMedian = percentiles(floor).median;
  return [
    { measure: `floor: ${label}, painted, median of ${floor.length} openings alternated with the popup's (ms)`, value: round(floorMedian, 1), target: '' },
    { measure: `first results painted − that floor, medians (ms)`, value: round(percentiles(popup).median - floorMedian, 1), target: '' },
  ];
}

/** Types `query` in the popup and closes it once the popup has kept its first screen. */
async function leaveQuery(page: Page, popupUrl: string, query: string): Promise<void> {
  await page.goto(popupUrl);
  await page.locator('[data-testid="offer"]').first().waitFor({ timeout: 60_000 });
  await page.locator('input[type="search"]').fill(query);
  await waitFor(
    () => page.evaluate(async (wanted) => {
      const { chrome } = globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, { query?: string } | undefined>> } } } };
      return (await chrome.storage.local.get('popupFirstScreen')).popupFirstScreen?.query === wanted;
    }, query),
    { timeout: 30_000, message: 'the first screen of the query to be kept' },
  );
  await page.close();
}

const benchmark: Benchmark = {
  name: 'popup',
  async run(): Promise<BenchRow[]> {
    const rows = sizeRows();
    // The floor pages go into a copy of the build: the product never ships them.
    const withFloor = extensionWithFloorPages(BUILT_EXTENSION_DIR);
    const session = await syncInChromium(generatePostingFiles(10_000), withFloor.dir).catch((error: unknown) => {
      withFloor.remove();
      throw error;
    });
    try {
      const browser = session.extension.context.browser();
      if (!browser) throw new Error('No browser behind the extension context: cannot tell when Chromium is idle');
      // The board is rebuilt right after the sync: wait for it before timing the popup.
      await session.extension.openPopup().then(async (page) => {
        await page.locator('[data-testid="offer"]').first().waitFor({ timeout: 120_000 });
        await page.close();
      });
      // The options page only served to add the source. Left open, it shares the popup's
      // renderer process and adds about 10 ms to each opening, which a user who clicks the
      // toolbar button without it open does not pay.
      await session.options.close();
      const popupUrl = session.extension.extensionUrl('/popup.html');
      const floorUrls = [FLOOR_PAGES.bare, FLOOR_PAGES.styled].map((page) => session.extension.extensionUrl(`/${page}`));
      const [empty, bare, styled] = await timeOpenings(browser, session.extension.context, [popupUrl, ...floorUrls]);
      rows.push(...timingRows('in the DOM', empty!.inDom, ''), ...timingRows('painted', empty!.painted, '< 100'));
      rows.push(...floorRows('a short static list, same extension', bare!.painted, empty!.painted));
      rows.push(...floorRows("the same list with the popup's style sheet", styled!.painted, empty!.painted));
      await leaveQuery(await session.extension.context.newPage(), popupUrl, SAVED_QUERY);
      const [saved, savedBare] = await timeOpenings(browser, session.extension.context, [popupUrl, floorUrls[0]!]);
      rows.push(...timingRows(`in the DOM, reopened on "${SAVED_QUERY}"`, saved!.inDom, ''), ...timingRows(`painted, reopened on "${SAVED_QUERY}"`, saved!.painted, '< 100'));
      rows.push(...floorRows(`a short static list, alternated with the reopenings`, savedBare!.painted, saved!.painted));
    } finally {
      await session.close();
      withFloor.remove();
    }
    return rows;
  },
};

export default benchmark;
