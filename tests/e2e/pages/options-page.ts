import type { Locator, Page } from 'playwright-core';
import type { Settings } from '../../../lib/settings/settings';
import type { LaunchedExtension } from '../support/extension';
import { sendMessage } from '../support/send-message';
import { waitFor } from '../../support/wait-for';

export type SourceStatus = 'idle' | 'syncing' | 'ok' | 'error' | 'empty';

/** The options page, through its stable hooks: `input[name="source-url"]` and `[data-testid="source"]` items. */
export class OptionsPage {
  constructor(readonly page: Page) {}

  static async open(extension: Pick<LaunchedExtension, 'openOptions'>): Promise<OptionsPage> {
    return new OptionsPage(await extension.openOptions());
  }

  async addSource(url: string): Promise<void> {
    const form = this.page.locator('form').filter({ has: this.page.locator('input[name="source-url"]') });
    await form.locator('input[name="source-url"]').fill(url);
    await form.locator('button:not([type="button"]):not([type="reset"]), input[type="submit"]').first().click();
  }

  /** What the form said after the last address: the refusal's sentence, or a note about the added folder. */
  async addSourceAnswer(): Promise<string> {
    // The form checks the address first (the submit button is busy): its answer comes after.
    await this.page.locator('form button[type="submit"][aria-busy="true"]').waitFor({ state: 'detached' });
    const answer = this.page.locator('#add-source-error, [data-testid="add-source-note"]').first();
    await answer.waitFor();
    return answer.innerText();
  }

  /** The source's one message about its last sync, as shown (folded details left out). */
  async problem(url: string): Promise<string> {
    return this.source(url).locator('[data-testid="source-problem"]').innerText();
  }

  sources(): Locator {
    return this.page.locator('[data-testid="source"]');
  }

  source(url: string): Locator {
    return this.page.locator(`[data-testid="source"][data-source-url=${JSON.stringify(url)}]`);
  }

  async sourceUrls(): Promise<string[]> {
    return this.sources().evaluateAll((items) => items.map((item) => item.getAttribute('data-source-url') ?? ''));
  }

  async status(url: string): Promise<SourceStatus> {
    return (await this.source(url).getAttribute('data-status')) as SourceStatus;
  }

  async count(url: string): Promise<number> {
    return Number(await this.source(url).getAttribute('data-count'));
  }

  /** Waits until the worker has stored the setting `name` as `value` (a change made from another page, say, still on its way). */
  async waitForSetting<K extends keyof Settings>(name: K, value: Settings[K]): Promise<void> {
    await waitFor(
      async () => JSON.stringify((await sendMessage<Settings>(this.page, { type: 'getSettings' }))[name]) === JSON.stringify(value) || undefined,
      { message: `the setting ${name} stored as ${JSON.stringify(value)}` },
    );
  }

  /** Waits for `status`; fails as soon as the source shows 'error' when waiting for something else. */
  async waitForStatus(url: string, status: SourceStatus, timeout = 30_000): Promise<void> {
    const reached = await waitFor(
      async () => {
        const current = await this.source(url).getAttribute('data-status', { timeout: 1_000 });
        return current === status || current === 'error' ? current : undefined;
      },
      { timeout, message: `source ${url} to be ${status}` },
    );
    if (reached !== status) throw new Error(`Source ${url} is in error, not ${status}`);
  }
}
