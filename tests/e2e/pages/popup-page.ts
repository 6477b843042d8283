import type { Locator, Page } from 'playwright-core';
import type { LaunchedExtension } from '../support/extension';
import { waitFor } from '../../support/wait-for';

/** The popup, opened in a tab, through its stable hooks. */
export class PopupPage {
  constructor(readonly page: Page) {}

  static async open(extension: Pick<LaunchedExtension, 'openPopup'>): Promise<PopupPage> {
    const popup = new PopupPage(await extension.openPopup());
    await popup.page.locator('input[type="search"]').waitFor();
    return popup;
  }

  /** The line under the search box: sync progress, or why syncing is paused. */
  syncLine(): Locator {
    return this.page.locator('.sync-line');
  }

  searchBox(): Locator {
    return this.page.locator('input[type="search"]');
  }

  async search(query: string): Promise<void> {
    await this.searchBox().fill(query);
  }

  results(): Locator {
    return this.page.locator('[data-testid="offer"]');
  }

  async resultIds(): Promise<string[]> {
    return this.results().evaluateAll((items) => items.map((item) => item.getAttribute('data-offer-id') ?? ''));
  }

  async resultTitles(): Promise<string[]> {
    return this.results().locator('.offer-title').allTextContents();
  }

  /** Waits until the results satisfy `check`, and returns their titles. */
  async waitForTitles(check: (titles: string[]) => boolean, message: string): Promise<string[]> {
    return waitFor(async () => {
      const titles = await this.resultTitles();
      return check(titles) ? titles : undefined;
    }, { message, timeout: 15_000 });
  }

  /** The message shown instead of results, with its reason (data-reason: closed, filters, no-match). */
  emptyState(): Locator {
    return this.page.locator('[data-testid="empty"]');
  }

  /** Says that nothing followed is open, when the popup lists closed postings for that reason. */
  archiveNote(): Locator {
    return this.page.locator('[data-testid="archive-note"]');
  }

  /** The number in the results tab's label ("Offres (61)"), once the whole board is read: before, the tab shows none ("Offres"). */
  async resultCount(): Promise<number> {
    const count = await waitFor(async () => /\((\d+)\)/.exec((await this.page.locator('[data-testid="tab-results"]').textContent()) ?? '')?.[1], {
      message: 'the results tab to count the postings',
    });
    return Number(count);
  }

  result(title: string): Locator {
    return this.results().filter({ has: this.page.locator('.offer-title', { hasText: title }) }).first();
  }

  async open(title: string): Promise<Locator> {
    await this.result(title).locator('.offer-open').click();
    const card = this.page.locator('[data-testid="offer-card"]');
    await card.waitFor();
    return card;
  }

  /** The card's posting text, once rendered: the Markdown renderer loads with the first card, after the card shows. */
  async body(card: Locator): Promise<Locator> {
    const body = card.locator('.posting-body');
    await waitFor(() => body.evaluate((element) => element.childNodes.length > 0), { message: 'the posting text rendered in the card' });
    return body;
  }

  async back(): Promise<void> {
    await this.page.locator('[data-testid="back"]').click();
  }

  async toggleSave(title: string): Promise<void> {
    await this.result(title).locator('[data-testid="save"]').click();
  }

  async isSaved(title: string): Promise<boolean> {
    return (await this.result(title).locator('[data-testid="save"]').getAttribute('aria-pressed')) === 'true';
  }

  async openSaved(): Promise<void> {
    await this.page.locator('[data-testid="tab-saved"]').click();
  }

  savedOffers(): Locator {
    return this.page.locator('[data-testid="saved-offer"]');
  }

  savedOffer(title: string): Locator {
    return this.savedOffers().filter({ has: this.page.locator('.offer-title', { hasText: title }) }).first();
  }

  /** Waits until the filters kept for the next opening (storage.local) have `name` set to `value`: the popup may be closed then. */
  async waitForKeptFilter(name: string, value: unknown): Promise<void> {
    await waitFor(
      () => this.page.evaluate(async ([key, expected]) => {
        const { chrome } = globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<{ popupState?: { filters?: Record<string, unknown> } }> } } } };
        return (await chrome.storage.local.get('popupState')).popupState?.filters?.[key as string] === expected ? true : undefined;
      }, [name, value] as const),
      { message: `the popup to keep its filter ${name} = ${String(value)}` },
    );
  }

  async setFilter(name: string, value: string | boolean): Promise<void> {
    const details = this.page.locator('details.filters');
    if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) await details.locator('summary').click();
    const field = this.page.locator(`[name="${name}"]`);
    if (typeof value === 'boolean') await field.setChecked(value);
    else if ((await field.evaluate((element) => element.tagName)) === 'SELECT') await field.selectOption(value);
    else await field.fill(value);
  }
}
