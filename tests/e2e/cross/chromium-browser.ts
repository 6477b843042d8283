import type { Page } from 'playwright-core';
import { launchExtension } from '../support/extension';
import type { UiPage, VigieBrowser } from './ui-page';

/** Chromium through the journeys' playwright-core harness (tests/e2e/support/extension.ts). */
export async function launchChromium(): Promise<VigieBrowser> {
  const extension = await launchExtension();
  return {
    name: 'chromium',
    openPopup: async () => playwrightPage(await extension.openPopup()),
    openOptions: async () => playwrightPage(await extension.openOptions()),
    extensionErrors: () => extension.logs.filter((line) => /^\[(error|uncaught)\]/.test(line) && !/net::ERR_NAME_NOT_RESOLVED|Failed to load resource/.test(line)),
    close: () => extension.close(),
  };
}

export function playwrightPage(page: Page): UiPage {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => unknown, arg) as never,
    click: (selector) => page.locator(selector).first().click(),
    fill: (selector, value) => page.locator(selector).first().fill(value),
    press: (key) => page.keyboard.press(key),
    waitFor: async (selector, timeout = 15_000) => {
      await page.locator(selector).first().waitFor({ state: 'attached', timeout });
    },
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    close: () => page.close(),
  };
}
