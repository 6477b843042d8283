import type { Page } from 'playwright-core';

/** The job-search journal, an extension page of its own. */
export class JournalPage {
  constructor(readonly page: Page) {}

  /** A journal page already opened, once its saved offers are read: its table is drawn empty before. */
  static async ready(page: Page): Promise<JournalPage> {
    await page.locator('main.journal[aria-busy="false"]').waitFor();
    return new JournalPage(page);
  }
}
