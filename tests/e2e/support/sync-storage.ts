import type { Page } from 'playwright-core';

type ChromeStorage = { chrome: { storage: { sync: { get(keys: null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } } } };

/** Everything in the extension's storage.sync, read from one of its pages. */
export function readSyncStorage(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => (globalThis as unknown as ChromeStorage).chrome.storage.sync.get(null));
}

/**
 * Does what the browser's sync service does between two signed-in profiles, which a browser
 * without an account never does: copies one profile's storage.sync items into another's, in
 * one write, so that the receiving worker sees them arrive through storage.onChanged('sync').
 */
export async function carrySyncStorage(from: Page, to: Page, keep: (key: string) => boolean = () => true): Promise<Record<string, unknown>> {
  const items = Object.fromEntries(Object.entries(await readSyncStorage(from)).filter(([key]) => keep(key)));
  await to.evaluate((copied) => (globalThis as unknown as ChromeStorage).chrome.storage.sync.set(copied), items);
  return items;
}
