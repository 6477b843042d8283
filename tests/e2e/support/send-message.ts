import type { Page } from 'playwright-core';

type ChromeGlobal = { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } };

/** Sends a runtime message from one of the extension's pages, as Vigie's own pages do. */
export function sendMessage<T = unknown>(page: Page, message: unknown): Promise<T> {
  return page.evaluate((body) => (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage(body), message) as Promise<T>;
}
