import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OptionsPage } from '../pages/options-page';
import { PopupPage } from '../pages/popup-page';
import { launchExtension, type LaunchedExtension } from '../support/extension';
import { BETA_FIXTURES, MULTI_FIXTURES } from '../../support/fixtures';
import { startGitHubServer, type GitHubServer } from '../../support/github-server';
import { waitFor } from '../../support/wait-for';

/**
 * No unexplained 0: following an archive (every beta.gouv.fr fixture posting is closed), a
 * search matching only closed postings, filters hiding everything. Each time the popup says
 * how many postings it does not show and why, and shows them in one keystroke.
 */
async function followSources(lang: 'fr' | 'en') {
  const server = await startGitHubServer();
  server.repo('betagouv', 'jobs', 'main').loadFolder(BETA_FIXTURES, 'jobs');
  server.repo('multi', 'site', 'main').loadFolder(MULTI_FIXTURES, 'posts');
  const profile = await mkdtemp(join(tmpdir(), `vigie-e2e-empty-${lang}-`));
  const extension = await launchExtension({ userDataDir: profile, lang });
  const options = await OptionsPage.open(extension);
  const follow = async (url: string) => {
    await options.addSource(url);
    await options.waitForStatus(url, 'ok', 60_000);
  };
  const archive = server.apiUrl('betagouv', 'jobs', 'jobs', 'main');
  const open = server.apiUrl('multi', 'site', 'posts', 'main');
  const close = async () => {
    await extension.close();
    await server.close();
    await rm(profile, { recursive: true, force: true });
  };
  return { extension, follow, archive, open, close };
}

const numberIn = (text: string | null) => Number(/\d+/.exec(text ?? '')?.[0] ?? NaN);

describe('journey: the popup never shows an unexplained 0 (French)', () => {
  let session: Awaited<ReturnType<typeof followSources>>;
  let extension: LaunchedExtension;
  let popup: PopupPage;

  beforeAll(async () => {
    session = await followSources('fr');
    extension = session.extension;
    await session.follow(session.archive);
    popup = await PopupPage.open(extension);
    const language = await popup.page.evaluate(() => (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }).chrome.i18n.getUILanguage());
    if (!language.startsWith('fr')) throw new Error(`Chromium speaks ${language}: its French locale is missing (apt-get install -y chromium-l10n)`);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('lists an archive’s postings with their status, and says, with the number, that none is open', async () => {
    await popup.waitForTitles((titles) => titles.length > 10, 'the archive’s postings');
    const note = await popup.archiveNote().textContent();
    expect(note).toMatch(/Aucune des \d+ offres n’est ouverte/);
    expect(numberIn(note)).toBe(await popup.resultCount());
    expect(await popup.results().first().locator('.pill.status-closed').count()).toBe(1);
    // Arrow down from the search box walks the listed postings.
    await popup.searchBox().press('ArrowDown');
    expect(await popup.page.evaluate(() => document.activeElement?.closest('[data-testid="offer"]') !== null)).toBe(true);
  });

  it('says how many closed postings match a search, and shows them in one keystroke', async () => {
    await session.follow(session.open);
    await waitFor(async () => (await popup.archiveNote().count()) === 0, { message: 'open postings to be listed' });
    await popup.search('trackdechets');
    const empty = popup.emptyState();
    await waitFor(async () => (await empty.getAttribute('data-reason')) === 'closed', { message: 'the closed-postings message' });
    const text = await empty.textContent();
    expect(text).toMatch(/\d+ offres correspondent, aucune n’est ouverte/);
    expect(text).not.toMatch(/moins de mots/);
    const hidden = numberIn(text);
    expect(hidden).toBeGreaterThan(0);
    await empty.locator('[data-testid="show-hidden"]').press('Enter');
    const titles = await popup.waitForTitles((found) => found.length > 0, 'the closed postings');
    expect(await popup.resultCount()).toBe(hidden);
    expect(titles.length).toBe(Math.min(hidden, 50));
    expect(await popup.page.locator('[name="open-only"]').isChecked()).toBe(false);
  });

  it('says, below open results, how many closed postings match too, and lists them in one keystroke', async () => {
    await popup.setFilter('open-only', true);
    await popup.search('');
    await popup.waitForTitles((found) => found.length > 0, 'the open postings');
    const line = popup.page.locator('[data-testid="closed-line"]');
    await line.waitFor();
    const text = await line.textContent();
    expect(text).toMatch(/^\d+ offres? fermées? masquées?\. Afficher$/);
    const open = await popup.resultCount();
    const closed = numberIn(text);
    expect(closed).toBeGreaterThan(0);
    await line.getByRole('button', { name: 'Afficher les offres fermées' }).press('Enter');
    await waitFor(async () => (await popup.resultCount()) === open + closed, { message: 'the open and closed postings counted together' });
    expect(await popup.page.locator('[name="open-only"]').isChecked()).toBe(false);
    expect(await line.count()).toBe(0);
  });

  it('shows why each result matched, its words marked', async () => {
    await popup.search('développeur lyon');
    await popup.waitForTitles((found) => found.length > 0, 'results');
    expect(await popup.results().first().locator('mark').count()).toBeGreaterThan(0);
    expect(await popup.results().locator('[data-testid="why"]').first().textContent()).toMatch(/Lieu|Compétences|Dans le texte|Structure/);
    // Typed without accents, found only in the postings' text: shown as the postings write it (the index knows "teletravail").
    await popup.search('teletravail');
    await popup.waitForTitles((found) => found.length > 0, 'results');
    const inText = popup.results().first().locator('[data-testid="why-text"]');
    await waitFor(async () => (await inText.count()) === 1, { message: 'the first result’s words in its text' });
    expect((await inText.locator('mark').first().textContent())?.toLowerCase()).toBe('télétravail');
    expect((await popup.results().locator('[data-testid="why"]').allTextContents()).join(' ')).not.toMatch(/teletravail/i);
  });

  it('says how many postings the filters hide, and removes the filters in one keystroke', async () => {
    await popup.search('');
    await popup.setFilter('location', 'Zzzville');
    const empty = popup.emptyState();
    await waitFor(async () => (await empty.getAttribute('data-reason')) === 'filters', { message: 'the filters message' });
    const text = await empty.textContent();
    expect(text).toMatch(/\d+ offres, mais les filtres les masquent toutes/);
    // The filters outlive the popup: their folded summary says some are set.
    expect(await popup.page.locator('details.filters summary').textContent()).toMatch(/^Filtres et tri · (1 actif|([2-9]|\d{2,}) actifs)$/);
    const hidden = numberIn(text);
    await empty.locator('[data-testid="show-hidden"]').press('Enter');
    await popup.waitForTitles((found) => found.length > 0, 'every posting again');
    expect(await popup.resultCount()).toBe(hidden);
    expect(await popup.page.locator('[name="location"]').inputValue()).toBe('');
  });

  it('says when no word of the query is in any posting, without advising fewer words', async () => {
    await popup.search('zqxwv');
    const empty = popup.emptyState();
    await waitFor(async () => (await empty.getAttribute('data-reason')) === 'no-match', { message: 'the no-match message' });
    expect(await empty.textContent()).toMatch(/Aucun mot de « zqxwv » ne se trouve dans les \d+ offres/);
  });
});

describe('journey: the popup never shows an unexplained 0 (English)', () => {
  let session: Awaited<ReturnType<typeof followSources>>;
  let popup: PopupPage;

  beforeAll(async () => {
    session = await followSources('en');
    await session.follow(session.archive);
    popup = await PopupPage.open(session.extension);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('says in English that none of the archive’s postings is open, and lists them', async () => {
    await popup.waitForTitles((titles) => titles.length > 10, 'the archive’s postings');
    expect(await popup.archiveNote().textContent()).toMatch(/None of the \d+ postings is open/);
  });

  it('says in English how many postings the filters hide', async () => {
    await popup.setFilter('location', 'Zzzville');
    const empty = popup.emptyState();
    await waitFor(async () => (await empty.getAttribute('data-reason')) === 'filters', { message: 'the filters message' });
    expect(await empty.textContent()).toMatch(/\d+ postings, but the filters hide them all/);
    expect(await popup.page.locator('details.filters summary').textContent()).toBe('Filters and sorting · 1 active');
  });
});
