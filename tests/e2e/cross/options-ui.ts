import { waitFor } from '../../support/wait-for';
import type { UiPage } from './ui-page';

const sourceSelector = (url: string) => `[data-testid="source"][data-source-url=${JSON.stringify(url)}]`;

/** The options page, in either browser, through its stable hooks. */
export class OptionsUi {
  constructor(readonly page: UiPage) {}

  async ready(): Promise<this> {
    await this.page.waitFor('input[name="source-url"]');
    return this;
  }

  async addSource(url: string): Promise<void> {
    await this.page.fill('input[name="source-url"]', url);
    await this.page.click('form.add-source button[type="submit"]');
  }

  attribute(url: string, name: string): Promise<string | null> {
    return this.page.evaluate(([selector, attribute]) => document.querySelector(selector)?.getAttribute(attribute) ?? null, [sourceSelector(url), name] as const);
  }

  async waitForStatus(url: string, status: string, timeout = 60_000): Promise<void> {
    await waitFor(async () => ((await this.attribute(url, 'data-status')) === status ? true : undefined), { timeout, message: `source ${url} to be ${status}` });
  }

  async count(url: string): Promise<number> {
    return Number(await this.attribute(url, 'data-count'));
  }

  async addSkill(skill: string): Promise<void> {
    // fill() leaves the focus in the input; Enter submits its form.
    await this.page.fill('#skill-input', skill);
    await this.page.press('Enter');
  }

  mySkills(): Promise<string[]> {
    return this.page.evaluate(() => [...document.querySelectorAll('[data-testid="my-skill"]')].map((chip) => chip.firstChild?.textContent?.trim() ?? ''), undefined);
  }
}
