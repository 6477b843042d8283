/**
 * What a journey does on one of Vigie's pages, whatever drives the browser: playwright-core for
 * Chromium, puppeteer-core over WebDriver BiDi for Firefox. The shared page objects
 * (tests/e2e/cross/*-ui.ts) use only this, so a journey is written once for both browsers.
 */
export interface UiPage {
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  click(selector: string): Promise<void>;
  fill(selector: string, value: string): Promise<void>;
  press(key: string): Promise<void>;
  /** Waits until an element matching `selector` is in the page (and returns nothing of it). */
  waitFor(selector: string, timeout?: number): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  close(): Promise<void>;
}

export type BrowserName = 'chromium' | 'firefox';

/** The built extension, installed in a fresh profile of one browser. */
export interface VigieBrowser {
  name: BrowserName;
  openPopup(): Promise<UiPage>;
  openOptions(): Promise<UiPage>;
  /** Errors the extension reported (its console and uncaught errors), for the journey to fail on. */
  extensionErrors(): string[];
  close(): Promise<void>;
}

/** Sends a runtime message from one of Vigie's pages, as its own pages do (`browser` in Firefox, `chrome` in Chromium). */
export function sendMessage<T>(page: UiPage, message: unknown): Promise<T> {
  return page.evaluate((body) => {
    const api = (globalThis as unknown as { browser?: Runtime; chrome?: Runtime }).browser ?? (globalThis as unknown as { chrome: Runtime }).chrome;
    return api.runtime.sendMessage(body) as Promise<T>;
  }, message);
}

type Runtime = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
