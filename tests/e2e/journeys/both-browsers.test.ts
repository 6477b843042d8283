import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../cross/chromium-browser';
import { launchFirefox } from '../cross/firefox-browser';
import { overflowingElements } from '../cross/layout';
import { OptionsUi } from '../cross/options-ui';
import { PopupUi } from '../cross/popup-ui';
import { sendMessage, type BrowserName, type VigieBrowser } from '../cross/ui-page';
import { BETA_FIXTURES, fixtureNames } from '../../support/fixtures';
import { startGitHubServer, type GitHubServer } from '../../support/github-server';
import type { ImportSummary, UserData } from '../../../lib/db';

const FOLDER = 'content/_jobs';
// The popup's own size (assets/popup.css): what the toolbar bubble shows.
const POPUP_SIZE = { width: 420, height: 600 };
const LAUNCHERS: Record<BrowserName, () => Promise<VigieBrowser>> = { chromium: launchChromium, firefox: launchFirefox };

/**
 * The main journeys, written once with shared page objects (tests/e2e/cross), run in Chromium
 * (playwright-core) and in Firefox ESR (puppeteer-core over WebDriver BiDi) on the builds of each.
 * Notifications are left to the Chromium journey (notifications.test.ts): Firefox asks for the
 * optional permission in a prompt that a headless run cannot answer. Killing the worker is
 * Chromium-only too: Firefox runs an event page, not a service worker.
 */
describe.each(['chromium', 'firefox'] as const)('journey in %s: follow, search, save, settings, export', (browserName) => {
  let server: GitHubServer;
  let browser: VigieBrowser;
  let options: OptionsUi;
  let popup: PopupUi;
  let sourceUrl: string;
  const fixtureCount = fixtureNames(BETA_FIXTURES).length;

  beforeAll(async () => {
    server = await startGitHubServer();
    server.repo('betagouv', 'beta.gouv.fr', 'main').loadFolder(BETA_FIXTURES, FOLDER);
    sourceUrl = server.apiUrl('betagouv', 'beta.gouv.fr', FOLDER, 'main');
    browser = await LAUNCHERS[browserName]();
    options = await new OptionsUi(await browser.openOptions()).ready();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('adds a source in the options page and syncs every posting', async () => {
    await options.addSource(sourceUrl);
    await options.waitForStatus(sourceUrl, 'ok');
    expect(await options.count(sourceUrl)).toBe(fixtureCount);
  });

  it('searches the popup despite typos, filters, opens a card and saves it', async () => {
    popup = await new PopupUi(await browser.openPopup()).ready();
    await popup.page.setViewport(POPUP_SIZE.width, POPUP_SIZE.height);
    // beta.gouv.fr's archived postings are all closed: list them all.
    await popup.setOpenOnly(false);
    await popup.waitForTitles((titles) => titles.length > 20, 'the postings');
    await popup.search('developeur javscript');
    const titles = await popup.waitForTitles((found) => found.length > 0, 'results for a misspelt query');
    expect(titles.join(' ').toLowerCase()).toMatch(/d[ée]velopp/);

    await popup.search('');
    await popup.openFilters();
    await popup.setContract('internship');
    const interns = await popup.waitForTitles((found) => found.length > 0 && found.length < 20, 'internships');
    expect(interns.some((title) => /stag/i.test(title))).toBe(true);
    await popup.setContract('any');
    await popup.waitForTitles((found) => found.length > 20, 'every contract again');

    const offerId = await popup.offerId(interns[0]!);
    expect(await popup.open(offerId)).toBe(interns[0]);
    await popup.back();
    await popup.toggleSave(offerId);
    await popup.openSaved();
    expect(await popup.savedIds()).toEqual([offerId]);
    await popup.openResults();
  });

  it('lays out the popup and the options page within the popup’s width', async () => {
    await popup.openFilters();
    expect(await overflowingElements(popup.page)).toEqual([]);
    await popup.openSaved();
    expect(await overflowingElements(popup.page)).toEqual([]);
    await options.page.setViewport(POPUP_SIZE.width, POPUP_SIZE.height);
    expect(await overflowingElements(options.page)).toEqual([]);
    // The skill input shows its placeholder whole.
    const placeholder = await options.page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('#skill-input');
      if (!input) return undefined;
      const style = getComputedStyle(input);
      const context = document.createElement('canvas').getContext('2d');
      if (!context) return undefined;
      context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return { text: context.measureText(input.placeholder).width, room };
    }, undefined);
    expect(placeholder && placeholder.text).toBeLessThanOrEqual(placeholder?.room ?? 0);
  });

  it('keeps a skill added in the options page', async () => {
    await options.addSkill('Rust');
    expect(await options.mySkills()).toContain('Rust');
  });

  it('exports the user’s data and imports it back unchanged', async () => {
    const exported = await sendMessage<UserData>(options.page, { type: 'exportData' });
    expect(exported.format).toBe('vigie-user-data');
    expect(exported.favorites).toHaveLength(1);
    expect(exported.sources.map((source) => source.url)).toContain(sourceUrl);
    const summary = await sendMessage<ImportSummary>(options.page, { type: 'importData', data: exported });
    expect(summary).toMatchObject({ rejected: 0 });
    const again = await sendMessage<UserData>(options.page, { type: 'exportData' });
    expect(again.favorites).toEqual(exported.favorites);
  });

  it('reported no error of the extension on the way', () => {
    expect(browser.extensionErrors()).toEqual([]);
  });
});
