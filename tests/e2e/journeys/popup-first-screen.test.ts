import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { OFFER_SUMMARY_VERSION } from '../../../lib/board/offer-summary';
import { OptionsPage } from '../pages/options-page';
import { PopupPage } from '../pages/popup-page';
import { launchExtension, type LaunchedExtension } from '../support/extension';
import { sendMessage } from '../support/send-message';
import { startGitHubServer, type GitHubServer } from '../../support/github-server';
import { waitFor } from '../../support/wait-for';

const posting = (title: string, organization: string, open = true) => `---
title: "${title}"
open: ${open}
startup: ${organization}
---

Mission au sein d’une équipe produit.
`;

const sorted = (titles: readonly string[]) => [...titles].sort((a, b) => a.localeCompare(b));

type StorageApi = { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } } } };

/**
 * The popup's first screen comes from the worker's copy in storage.local when there is a good one
 * (lib/board/front-page-snapshot.ts), before the database is open. Each change to what it lists must
 * reach that copy before a popup can read it: these journeys look at the very first rows the popup
 * puts in its list, not at what it shows once the whole board is read.
 */
describe('journey: the popup’s first screen is current from its first frame (the worker’s copy)', () => {
  let server: GitHubServer;
  let extension: LaunchedExtension;
  let options: OptionsPage;
  let sourceUrl: string;

  beforeAll(async () => {
    server = await startGitHubServer();
    const repo = server.repo('coop', 'offres', 'main');
    repo.setFile('offres/python.md', posting('Développeuse Python', 'Etalab'));
    repo.setFile('offres/designer.md', posting('Designer UX', 'DINUM'));
    repo.setFile('offres/ops.md', posting('Ingénieur ops', 'ANCT'));
    repo.setFile('offres/data.md', posting('Data scientist', 'Etalab'));
    sourceUrl = server.apiUrl('coop', 'offres', 'offres', 'main');
    extension = await launchExtension({ lang: 'fr' });
    options = await OptionsPage.open(extension);
    await options.addSource(sourceUrl);
    await options.waitForStatus(sourceUrl, 'ok', 60_000);
  });

  afterAll(async () => {
    await extension?.close();
    await server?.close();
  });

  /** The titles of the worker's copy of the first screen, once it holds `count` of them (the copy is made just after a change). */
  const copiedTitles = (check: (titles: string[]) => boolean, message: string) =>
    waitFor(async () => {
      const stored = await options.page.evaluate(async () => (await (globalThis as unknown as StorageApi).chrome.storage.local.get('popupFrontPage')).popupFrontPage);
      const copy = typeof stored === 'string' ? (JSON.parse(stored) as { record?: { summaries?: Array<{ title: string }> } }) : undefined;
      const titles = copy?.record?.summaries?.map((summary) => summary.title);
      return titles && check(titles) ? sorted(titles) : undefined;
    }, { message, timeout: 15_000 });

  /** The offers the worker's copy of the first screen holds saved, once `check` accepts them. */
  const copiedSaved = (check: (offerIds: string[]) => boolean, message: string) =>
    waitFor(async () => {
      const stored = await options.page.evaluate(async () => (await (globalThis as unknown as StorageApi).chrome.storage.local.get('popupFrontPage')).popupFrontPage);
      const copy = typeof stored === 'string' ? (JSON.parse(stored) as { saved?: Array<[string, string]> }) : undefined;
      const offerIds = copy?.saved?.map(([offerId]) => offerId);
      return offerIds && check(offerIds) ? offerIds : undefined;
    }, { message, timeout: 15_000 });

  /** Opens a popup and gives the titles of the first rows it lists, before any later render, those of them shown saved, and the popup. */
  async function openAndReadFirstRows(): Promise<{ first: string[]; firstSaved: string[]; popup: PopupPage }> {
    const page: Page = await extension.context.newPage();
    await page.addInitScript(() => {
      const observer = new MutationObserver(() => {
        const rows = [...document.querySelectorAll('[data-testid="offer"]')];
        if (rows.length === 0) return;
        const titleOf = (row: Element) => row.querySelector('.offer-title')?.textContent ?? '';
        (globalThis as unknown as { firstRows: string[] }).firstRows = rows.map(titleOf);
        (globalThis as unknown as { firstSaved: string[] }).firstSaved = rows.filter((row) => row.querySelector('[data-testid="save"]')?.getAttribute('aria-pressed') === 'true').map(titleOf);
        observer.disconnect();
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    await page.goto(extension.extensionUrl('/popup.html'));
    const first = await waitFor(() => page.evaluate(() => (globalThis as unknown as { firstRows?: string[] }).firstRows), { message: 'the first rows' });
    const firstSaved = await page.evaluate(() => (globalThis as unknown as { firstSaved: string[] }).firstSaved);
    return { first: sorted(first), firstSaved: sorted(firstSaved), popup: new PopupPage(page) };
  }

  /** Waits until the popup reopens on `query`: the query saved, and its first results kept (none for the front page). */
  async function queryKept(popup: PopupPage, query: string): Promise<void> {
    await waitFor(
      () => popup.page.evaluate(async (expected) => {
        type Stored = { popupState?: { query?: string }; popupFirstScreen?: { query?: string } };
        const { chrome } = globalThis as unknown as { chrome: { storage: { local: { get(keys: string[]): Promise<Stored> } } } };
        const { popupState, popupFirstScreen } = await chrome.storage.local.get(['popupState', 'popupFirstScreen']);
        return popupState?.query === expected && (expected === '' ? popupFirstScreen === undefined : popupFirstScreen?.query === expected);
      }, query),
      { message: `the popup to reopen on "${query}"` },
    );
  }

  it('lists the postings of the last sync from the first frame: edited, new, closed', async () => {
    expect(await copiedTitles((titles) => titles.length === 4, 'the copy after the first sync')).toEqual(['Data scientist', 'Designer UX', 'Développeuse Python', 'Ingénieur ops']);
    const repo = server.repo('coop', 'offres', 'main');
    repo.setFile('offres/python.md', posting('Développeuse Python senior', 'Etalab'));
    repo.setFile('offres/rust.md', posting('Développeur Rust', 'ANCT'));
    repo.setFile('offres/data.md', posting('Data scientist', 'Etalab', false));
    await sendMessage(options.page, { type: 'sync' });
    const now = ['Designer UX', 'Développeur Rust', 'Développeuse Python senior', 'Ingénieur ops'];
    await copiedTitles((titles) => titles.includes('Développeur Rust'), 'the copy after the second sync');
    const { first, popup } = await openAndReadFirstRows();
    // "Open postings only" is on: the closed one is not listed.
    expect(first).toEqual(now);
    await popup.page.close();
  });

  it('never lists a posting just hidden, not even in the first frame', async () => {
    const { popup } = await openAndReadFirstRows();
    await popup.result('Designer UX').locator('[data-testid="hide"]').click();
    await popup.waitForTitles((titles) => !titles.includes('Designer UX'), 'the hidden posting leaves');
    await popup.page.close();
    const again = await openAndReadFirstRows();
    expect(again.first).toEqual(['Développeur Rust', 'Développeuse Python senior', 'Ingénieur ops']);
    await again.popup.page.close();
  });

  it('opens on the filters last set: the closed posting listed once "open postings only" is unchecked', async () => {
    const { popup } = await openAndReadFirstRows();
    await popup.setFilter('open-only', false);
    await popup.waitForTitles((titles) => titles.includes('Data scientist'), 'the closed posting listed');
    await popup.waitForKeptFilter('openOnly', false);
    await popup.page.close();
    const again = await openAndReadFirstRows();
    expect(again.first).toEqual(['Data scientist', 'Développeur Rust', 'Développeuse Python senior', 'Ingénieur ops']);
    await again.popup.setFilter('open-only', true);
    await again.popup.waitForTitles((titles) => !titles.includes('Data scientist'), 'the closed posting left out again');
    // The next test's first rows leave the closed posting out: closed before "open postings only" is kept, its popup listed it.
    await again.popup.waitForKeptFilter('openOnly', true);
    await again.popup.page.close();
  });

  it('opens after saving an offer on the same rows, the offer shown saved from the first frame', async () => {
    const { popup } = await openAndReadFirstRows();
    await popup.toggleSave('Ingénieur ops');
    await waitFor(() => popup.isSaved('Ingénieur ops'), { message: 'the save toggle' });
    await popup.page.close();
    await copiedSaved((offerIds) => offerIds.length === 1, 'the copy after the save');
    const again = await openAndReadFirstRows();
    expect(again.first).toEqual(['Développeur Rust', 'Développeuse Python senior', 'Ingénieur ops']);
    expect(again.firstSaved).toEqual(['Ingénieur ops']);
    expect(await again.popup.isSaved('Ingénieur ops')).toBe(true);
    await again.popup.page.close();
  });

  it('reopens on the last query with its results, then with the new ones after a sync', async () => {
    const { popup } = await openAndReadFirstRows();
    await popup.search('developpeu');
    await popup.waitForTitles((titles) => titles.length === 2, 'the two developer postings');
    await queryKept(popup, 'developpeu');
    await popup.page.close();
    const again = await openAndReadFirstRows();
    expect(again.first).toEqual(['Développeur Rust', 'Développeuse Python senior']);
    await again.popup.page.close();
    // The kept results came from the board before this sync: never shown, the first rows are the whole board's answer.
    server.repo('coop', 'offres', 'main').setFile('offres/go.md', posting('Développeuse Go', 'DINUM'));
    await sendMessage(options.page, { type: 'sync' });
    await copiedTitles((titles) => titles.includes('Développeuse Go'), 'the copy after the sync');
    const afterSync = await openAndReadFirstRows();
    expect(afterSync.first).toEqual(['Développeur Rust', 'Développeuse Go', 'Développeuse Python senior']);
    await afterSync.popup.search('');
    // The next popup opens on the query kept last: closed before '' is kept, it listed the developers only.
    await queryKept(afterSync.popup, '');
    await afterSync.popup.page.close();
  });

  it('reads the database, not a copy of another version or a malformed one', async () => {
    const ghost = { id: 'coop:offres/ghost.md', sourceId: 'coop', title: 'Offre fantôme', status: 'open', contract: 'CDI', remote: 'none', skills: [], tags: [], firstSeenAt: 1 };
    const forged = [
      JSON.stringify({ summaryVersion: OFFER_SUMMARY_VERSION - 1, record: { id: 'current', summaries: [ghost], total: 1, updatedAt: 1 }, rules: [], wordHits: [] }),
      JSON.stringify({ summaryVersion: OFFER_SUMMARY_VERSION, record: { id: 'current', summaries: [{ ...ghost, title: { text: 'Offre fantôme' } }], total: 1, updatedAt: 1 } }),
      // As Vigie stored the copy before keeping it as text.
      { summaryVersion: OFFER_SUMMARY_VERSION, record: { id: 'current', summaries: [ghost], total: 1, updatedAt: 1 }, rules: [], wordHits: [] },
    ];
    for (const copy of forged) {
      await options.page.evaluate((value) => (globalThis as unknown as StorageApi).chrome.storage.local.set({ popupFrontPage: value }), copy);
      const { first, popup } = await openAndReadFirstRows();
      expect(first).toEqual(['Développeur Rust', 'Développeuse Go', 'Développeuse Python senior', 'Ingénieur ops']);
      await popup.page.close();
    }
  });

  it('shows the filters’ fields when they are unfolded before the first paint, never an empty panel', async () => {
    type Seen = { clickedBeforeFields: boolean; frames: number; emptyFrames: number };
    const page = await extension.context.newPage();
    await page.addInitScript(() => {
      const seen: Seen = { clickedBeforeFields: false, frames: 0, emptyFrames: 0 };
      (globalThis as unknown as { earlyFilters: Seen }).earlyFilters = seen;
      const observer = new MutationObserver(() => {
        const summary = document.querySelector<HTMLElement>('details.filters summary');
        if (!summary) return;
        observer.disconnect();
        // As early as a click can come: in the task that renders the popup, before its first frame.
        seen.clickedBeforeFields = !document.querySelector('[name="contract"]');
        summary.click();
        // Each frame, before it is painted: is the panel open without its fields?
        const look = () => {
          const details = document.querySelector<HTMLDetailsElement>('details.filters');
          if (details?.open && !details.querySelector('[name="contract"]')) seen.emptyFrames++;
          if (++seen.frames < 30) requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    await page.goto(extension.extensionUrl('/popup.html'));
    const seen = await waitFor(() => page.evaluate(() => {
      const { earlyFilters } = globalThis as unknown as { earlyFilters: Seen };
      return earlyFilters.frames >= 30 ? earlyFilters : undefined;
    }), { message: 'thirty frames after the early click' });
    expect(seen).toEqual({ clickedBeforeFields: true, frames: 30, emptyFrames: 0 });
    expect(await page.locator('details.filters').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
    expect(await page.locator('[name="contract"]').isVisible()).toBe(true);
    await page.close();
  });

  it('is used from the keyboard: search, buttons, then the tabs, each focused control ringed in both schemes, each tab named with its count', async () => {
    const page = await extension.context.newPage();
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(extension.extensionUrl('/popup.html'));
    const popup = new PopupPage(page);
    // The results tab is named with its count once the whole board is read.
    await waitFor(async () => (await popup.resultCount()) === 4 || undefined, { message: 'the results tab to count 4' });
    // The refresh button is a Tab stop unless a sync runs (disabled): none is asked here, one may still end.
    await page.locator('[data-testid="refresh"]:not([disabled])').waitFor();
    const focused = () => page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const style = getComputedStyle(element);
      return { name: element.getAttribute('aria-label') ?? element.textContent, ring: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}` };
    });
    // The search box takes the focus in an effect, after the first frame: not always by the time the tab is named.
    await waitFor(() => page.evaluate(() => document.activeElement?.id === 'search'), { message: 'the focus in the search box' });
    const path = [];
    for (let press = 0; press < 3; press++) {
      await page.keyboard.press('Tab');
      path.push(await focused());
    }
    // Amber-700 in the light scheme: 3:1 against the page (tests/components/focus-ring.test.ts).
    const light = 'solid 3px rgb(180, 83, 9)';
    expect(path).toEqual([{ name: 'Actualiser les sources', ring: light }, { name: 'Réglages et sources', ring: light }, { name: 'Offres (4)', ring: light }]);
    // One Tab stop for the tab list: the arrows move and select.
    await page.keyboard.press('ArrowRight');
    await page.getByRole('tab', { name: 'Sauvegardées (1)', selected: true }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-saved');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await focused()).toEqual({ name: 'Sauvegardées (1)', ring: 'solid 3px rgb(245, 158, 11)' });
    await page.close();
  });
});
