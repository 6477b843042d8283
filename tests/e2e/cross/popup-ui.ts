import { waitFor } from '../../support/wait-for';
import type { UiPage } from './ui-page';

/** The popup (opened in a tab), in either browser, through its stable hooks. */
export class PopupUi {
  constructor(readonly page: UiPage) {}

  async ready(): Promise<this> {
    await this.page.waitFor('input[type="search"]');
    return this;
  }

  async search(query: string): Promise<void> {
    await this.page.fill('input[type="search"]', query);
  }

  titles(): Promise<string[]> {
    return this.page.evaluate(() => [...document.querySelectorAll('[data-testid="offer"] .offer-title')].map((title) => title.textContent ?? ''), undefined);
  }

  async waitForTitles(check: (titles: string[]) => boolean, message: string): Promise<string[]> {
    return waitFor(async () => {
      const titles = await this.titles();
      return check(titles) ? titles : undefined;
    }, { message, timeout: 20_000 });
  }

  /** The id of the first result whose title contains `text`. */
  async offerId(text: string): Promise<string> {
    const id = await this.page.evaluate((wanted) => {
      const row = [...document.querySelectorAll('[data-testid="offer"]')].find((each) => each.querySelector('.offer-title')?.textContent?.includes(wanted));
      return row?.getAttribute('data-offer-id') ?? '';
    }, text);
    if (!id) throw new Error(`No result titled ${text}`);
    return id;
  }

  async open(offerId: string): Promise<string> {
    await this.page.click(`[data-testid="offer"][data-offer-id=${JSON.stringify(offerId)}] .offer-open`);
    await this.page.waitFor('[data-testid="offer-card"]');
    return this.page.evaluate(() => document.querySelector('#card-title')?.textContent ?? '', undefined);
  }

  async back(): Promise<void> {
    await this.page.click('[data-testid="back"]');
    await this.page.waitFor('[data-testid="offer"]');
  }

  async toggleSave(offerId: string): Promise<void> {
    await this.page.click(`[data-testid="offer"][data-offer-id=${JSON.stringify(offerId)}] [data-testid="save"]`);
  }

  async openSaved(): Promise<void> {
    await this.page.click('[data-testid="tab-saved"]');
  }

  async openResults(): Promise<void> {
    await this.page.click('[data-testid="tab-results"]');
  }

  async savedIds(): Promise<string[]> {
    return waitFor(async () => {
      const ids = await this.page.evaluate(() => [...document.querySelectorAll('[data-testid="saved-offer"]')].map((item) => item.getAttribute('data-offer-id') ?? ''), undefined);
      return ids.length > 0 ? ids : undefined;
    }, { message: 'saved offers', timeout: 10_000 });
  }

  async openFilters(): Promise<void> {
    await this.page.evaluate(() => {
      const details = document.querySelector<HTMLDetailsElement>('details.filters');
      if (details) details.open = true;
    }, undefined);
  }

  /** Ticks or unticks "open postings only" (on by default). */
  async setOpenOnly(openOnly: boolean): Promise<void> {
    await this.openFilters();
    // The filters' fields are created once the popup's first frame is on screen.
    await this.page.waitFor('input[name="open-only"]');
    await this.page.evaluate((wanted) => {
      const box = document.querySelector<HTMLInputElement>('input[name="open-only"]');
      if (box && box.checked !== wanted) box.click();
    }, openOnly);
  }

  async setContract(value: string): Promise<void> {
    await this.page.waitFor('select[name="contract"]');
    await this.page.evaluate((contract) => {
      const select = document.querySelector<HTMLSelectElement>('select[name="contract"]');
      if (!select) throw new Error('no contract filter');
      select.value = contract;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }, value);
  }
}
