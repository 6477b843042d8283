import type { Locator, Page } from 'playwright-core';
import type { Stage } from '../../../lib/db/records';
import type { LaunchedExtension } from '../support/extension';
import { waitFor } from '../../support/wait-for';

/** The application tracker board, an extension page of its own, through its stable hooks. */
export class TrackerPage {
  constructor(readonly page: Page) {}

  static async open(extension: Pick<LaunchedExtension, 'context' | 'extensionUrl'>): Promise<TrackerPage> {
    const page = await extension.context.newPage();
    await page.goto(extension.extensionUrl('tracker.html'));
    return TrackerPage.ready(page);
  }

  /** A tracker page already opened (from the popup's button, say), once its saved offers are read: its columns are drawn empty before. */
  static async ready(page: Page): Promise<TrackerPage> {
    await page.locator('main.tracker[aria-busy="false"]').waitFor();
    return new TrackerPage(page);
  }

  column(stage: Stage): Locator {
    return this.page.locator(`[data-testid="tracker-column"][data-stage="${stage}"]`);
  }

  card(title: string): Locator {
    return this.page.locator('[data-testid="tracker-card"]', { has: this.page.locator('.card-handle', { hasText: title }) });
  }

  /** The card's title, the control a keyboard user moves it with. */
  handle(title: string): Locator {
    return this.card(title).locator('.card-handle');
  }

  async titlesIn(stage: Stage): Promise<string[]> {
    return this.column(stage).locator('.card-handle').allTextContents();
  }

  /** Waits until `title` is in the column of `stage`. */
  async waitForCardIn(stage: Stage, title: string): Promise<void> {
    await waitFor(async () => (await this.titlesIn(stage)).includes(title) || undefined, { message: `"${title}" in the column ${stage}`, timeout: 15_000 });
  }

  announcement(): Locator {
    return this.page.locator('[data-testid="move-announcement"]');
  }
}
