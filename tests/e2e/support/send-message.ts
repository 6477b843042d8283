import type { Page } from 'playwright-core';

type ChromeGlobal = { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } };

/** Sends a runtime message from one of the extension's pages, as Vigie's own pages do. */
export function sendMessage<T = unknown>(page: Page, message: unknown): Promise<T> {
  return page.evaluate((body) => (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage(body), message) as Promise<T>;
}

export type MessageOutcome = { ok: true; value: unknown } | { ok: false; error: string };

/**
 * Sends a message as sendMessage does and says whether the worker accepted it. The worker's
 * webextension-polyfill answers a rejected handler with a `__mozWebExtensionPolyfillReject__`
 * object, which Vigie's own pages (polyfilled too) turn into a rejection: so does this.
 */
export function trySendMessage(page: Page, message: unknown): Promise<MessageOutcome> {
  return page.evaluate(async (body) => {
    try {
      const value: unknown = await (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage(body);
      const rejected = typeof value === 'object' && value !== null && (value as Record<string, unknown>).__mozWebExtensionPolyfillReject__ === true;
      return rejected ? { ok: false as const, error: String((value as Record<string, unknown>).message) } : { ok: true as const, value };
    } catch (error) {
      return { ok: false as const, error: error instanceof Error ? error.message : String(error) };
    }
  }, message);
}
