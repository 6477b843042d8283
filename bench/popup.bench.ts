import { percentiles, round, type Benchmark, type BenchRow } from './support/benchmark';
import { gzippedSize, scriptsOfPage } from './support/bundle-size';
import { syncInChromium } from './support/chromium-session';
import { generatePostingFiles } from './support/posting-files';
import { BUILT_EXTENSION_DIR } from '../tests/e2e/support/extension';

const OPENINGS = 7;

/** Milliseconds from the popup's navigation start until its first result is in the DOM. */
async function timeToFirstResults(session: Awaited<ReturnType<typeof syncInChromium>>): Promise<number> {
  const page = await session.extension.context.newPage();
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector('[data-testid="offer"]')) return;
      (globalThis as unknown as { firstResultsAt: number }).firstResultsAt = performance.now();
      observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  await page.goto(session.extension.extensionUrl('/popup.html'));
  await page.locator('[data-testid="offer"]').first().waitFor({ timeout: 30_000 });
  const ms = await page.evaluate(() => (globalThis as unknown as { firstResultsAt: number }).firstResultsAt);
  await page.close();
  return ms;
}

const benchmark: Benchmark = {
  name: 'popup',
  async run(): Promise<BenchRow[]> {
    const scripts = scriptsOfPage(BUILT_EXTENSION_DIR, 'popup.html');
    const rows: BenchRow[] = [{ measure: 'popup bundle, gzipped (KB)', value: round(gzippedSize(scripts) / 1024, 1), target: '< 60' }];
    const session = await syncInChromium(generatePostingFiles(10_000));
    try {
      // The board is rebuilt right after the sync: wait for it before timing the popup.
      await session.extension.openPopup().then(async (page) => {
        await page.locator('[data-testid="offer"]').first().waitFor({ timeout: 120_000 });
        await page.close();
      });
      const samples: number[] = [];
      for (let opening = 0; opening < OPENINGS; opening++) samples.push(await timeToFirstResults(session));
      const { median, p95 } = percentiles(samples);
      rows.push({ measure: `first results, 10,000 postings, median of ${OPENINGS} openings (ms)`, value: round(median, 1), target: '< 100' });
      rows.push({ measure: 'first results, 10,000 postings, slowest (ms)', value: round(p95, 1), target: '' });
    } finally {
      await session.close();
    }
    return rows;
  },
};

export default benchmark;
