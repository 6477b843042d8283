import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { waitFor } from '../../support/wait-for';
import type { UiPage, VigieBrowser } from './ui-page';

/** Debian's package; VIGIE_FIREFOX points elsewhere. */
export const FIREFOX_PATH = process.env.VIGIE_FIREFOX ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD_DIR = resolve(import.meta.dirname, '../../../.output/firefox-mv3');
/** Fixed, so that the journeys know the moz-extension:// origin before the add-on is installed. */
const EXTENSION_UUID = '6f3c3c1e-6c1b-4f7e-9a55-2d1f0b9e7a11';

interface Manifest {
  action?: { default_popup?: string };
  options_ui?: { page?: string };
  browser_specific_settings?: { gecko?: { id?: string } };
}

/**
 * Firefox ESR driven by puppeteer-core over WebDriver BiDi, with the Firefox build installed as a
 * temporary add-on. Firefox refuses moz-extension:// navigation unless started with
 * --remote-allow-system-access, and never sends a load event for extension pages: they are opened
 * with browsingContext.navigate (wait: 'none'). Extension console output reaches only Firefox's
 * own stdout and stderr (devtools.console.stdout.content), where the errors are collected.
 */
export async function launchFirefox(): Promise<VigieBrowser> {
  if (!existsSync(FIREFOX_PATH)) throw new Error(`Firefox not found at ${FIREFOX_PATH}. Install it: apt-get update && apt-get install -y firefox-esr`);
  const manifest = JSON.parse(readFileSync(resolve(FIREFOX_BUILD_DIR, 'manifest.json'), 'utf8')) as Manifest;
  const geckoId = manifest.browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error('The Firefox build has no gecko id: run npm run build:firefox');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
      'devtools.console.stdout.content': true,
      // No network but the local test server: Firefox's own services stay quiet.
      'network.dns.disableIPv6': true,
    },
  });
  const output: string[] = [];
  const collect = (chunk: Buffer) => output.push(...chunk.toString('utf8').split('\n'));
  browser.process()?.stdout?.on('data', collect);
  browser.process()?.stderr?.on('data', collect);
  try {
    await browser.installExtension(FIREFOX_BUILD_DIR);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const origin = `moz-extension://${EXTENSION_UUID}`;
  const open = (path: string | undefined, what: string) => {
    if (!path) throw new Error(`The manifest has no ${what}`);
    return openExtensionPage(browser, `${origin}/${path.replace(/^\/+/, '')}`);
  };
  return {
    name: 'firefox',
    openPopup: () => open(manifest.action?.default_popup, 'action.default_popup'),
    openOptions: () => open(manifest.options_ui?.page, 'options_ui.page'),
    extensionErrors: () => output.filter((line) => isExtensionError(line, origin)),
    close: () => browser.close(),
  };
}

// Firefox's own modules log through the same console (Remote Settings fails offline): not the extension's.
const FIREFOX_LOGGERS = /^console\.error: (RSLoader|RemoteSettings|RemoteSettingsClient|SearchService|Services\.\w+|AddonManager|URLPreloader):/;

/** Lines Firefox writes for the extension's console.error and its uncaught errors. */
function isExtensionError(line: string, origin: string): boolean {
  if (/^console\.error:/.test(line)) return !FIREFOX_LOGGERS.test(line);
  return /^JavaScript error:/.test(line) && line.includes(origin);
}

async function openExtensionPage(browser: Browser, url: string): Promise<UiPage> {
  const page = await browser.newPage();
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  await (browser as unknown as { connection: { send(method: string, params: object): Promise<unknown> } }).connection.send('browsingContext.navigate', { context, url, wait: 'none' });
  await waitFor(async () => ((await page.evaluate(() => location.href).catch(() => '')) === url && (await page.evaluate(() => document.readyState).catch(() => '')) === 'complete' ? true : undefined), {
    message: `Firefox to open ${url}`,
    timeout: 15_000,
  });
  return puppeteerPage(page);
}

function puppeteerPage(page: Page): UiPage {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => unknown, arg) as never,
    click: (selector) => page.locator(selector).click(),
    // Set as a user's input event would (puppeteer's Locator.fill types key by key and waits for the
    // field to be still, which an input with a datalist can take tens of seconds to be in Firefox).
    fill: async (selector, value) => {
      await page.waitForSelector(selector);
      await page.$eval(selector, (element, text) => {
        const input = element as HTMLInputElement;
        input.focus();
        Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value')?.set?.call(input, text);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }, value);
    },
    press: (key) => page.keyboard.press(key as never),
    waitFor: async (selector, timeout = 15_000) => {
      await page.waitForSelector(selector, { timeout });
    },
    setViewport: (width, height) => page.setViewport({ width, height }),
    close: () => page.close(),
  };
}
