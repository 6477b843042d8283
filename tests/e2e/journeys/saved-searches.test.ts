import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OptionsPage } from '../pages/options-page';
import { PopupPage } from '../pages/popup-page';
import { launchExtension, type LaunchedExtension } from '../support/extension';
import { builtCopyWithPermissions } from '../support/granted-copy';
import { recordNotifications } from '../support/notification-recorder';
import { sendMessage } from '../support/send-message';
import { startGitHubServer, type GitHubServer } from '../../support/github-server';
import { waitFor } from '../../support/wait-for';

const posting = (title: string, organization: string, open = true, extra = '') => `---
title: "${title}"
open: ${open}
startup: ${organization}
---

Mission au sein d’une équipe produit.${extra}
`;

type ChromeApi = { chrome: { action: { getBadgeText(details: object): Promise<string> } } };

async function startFolder(server: GitHubServer): Promise<string> {
  const repo = server.repo('coop', 'alertes', 'main');
  repo.setFile('offres/python.md', posting('Développeuse Python', 'Etalab'));
  repo.setFile('offres/designer.md', posting('Designer UX', 'DINUM'));
  repo.setFile('offres/ops.md', posting('Ingénieur ops', 'ANCT'));
  return server.apiUrl('coop', 'alertes', 'offres', 'main');
}

describe('journey: a saved search, notified for its new matches only (French, keyboard, dark mode)', () => {
  let server: GitHubServer;
  let extension: LaunchedExtension;
  let options: OptionsPage;
  let created: () => Promise<string[]>;

  beforeAll(async () => {
    server = await startGitHubServer();
    const sourceUrl = await startFolder(server);
    extension = await launchExtension({ extensionDir: await builtCopyWithPermissions(['notifications']), lang: 'fr' });
    options = await OptionsPage.open(extension);
    await sendMessage(options.page, { type: 'updateSettings', patch: { notifications: { enabled: true, mutedSources: [], minMatchingSkills: 0, quietHours: null } } });
    await options.addSource(sourceUrl);
    await options.waitForStatus(sourceUrl, 'ok', 60_000);
    created = await recordNotifications(extension.worker);
  });

  afterAll(async () => {
    await extension?.close();
    await server?.close();
  });

  const repo = () => server.repo('coop', 'alertes', 'main');
  const sync = () => sendMessage(options.page, { type: 'sync' });
  const badge = () => options.page.evaluate(() => (globalThis as unknown as ChromeApi).chrome.action.getBadgeText({}));

  it('saves the search shown under a name, with the keyboard', async () => {
    const popup = await PopupPage.open(extension);
    await popup.search('python');
    await popup.waitForTitles((titles) => titles.includes('Développeuse Python'), 'the python posting');
    const save = popup.page.locator('[data-testid="save-search"]');
    expect(await save.textContent()).toBe('Enregistrer cette recherche');
    await save.focus();
    await popup.page.keyboard.press('Enter');
    const name = popup.page.getByLabel('Nom de la recherche');
    expect(await name.inputValue()).toBe('python');
    await name.fill('Dev Python');
    await popup.page.keyboard.press('Enter');
    await waitFor(async () => ((await popup.page.locator('[data-testid="save-search-status"]').textContent())?.includes('Dev Python') ? true : undefined), { message: 'the search is saved' });
    expect(await popup.page.locator('[data-testid="save-search-status"]').textContent()).toBe('Recherche « Dev Python » enregistrée : Vigie vous avertira de ses nouvelles offres.');
    // The tab counts the searches it reads again on the worker's change signal, after the answer the status comes from.
    await waitFor(async () => ((await popup.page.locator('#tab-searches').textContent()) === 'Recherches (1)' ? true : undefined), { message: 'the searches tab counts it' });
    // Closed, so that no open list sees the postings to come before the badge is read.
    await popup.page.close();
  });

  it('announces a new posting that matches it, and not one that does not: one notification, a badge of 1', async () => {
    repo().setFile('offres/django.md', posting('Développeur Python Django', 'Beta'));
    repo().setFile('offres/chef.md', posting('Cheffe de projet', 'DINUM'));
    expect(await sync()).toMatchObject({ added: 2, opened: 2 });
    expect(await created()).toHaveLength(1);
    expect(await badge()).toBe('1');
  });

  it('never announces it again: not after an edit, not after it closes and reopens', async () => {
    repo().setFile('offres/django.md', posting('Développeur Python Django', 'Beta', true, '\n\nMise à jour : télétravail possible.'));
    expect(await sync()).toMatchObject({ updated: 1, opened: 0 });
    repo().setFile('offres/django.md', posting('Développeur Python Django', 'Beta', false));
    await sync();
    repo().setFile('offres/django.md', posting('Développeur Python Django', 'Beta'));
    expect(await sync()).toMatchObject({ opened: 1 });
    expect(await created()).toHaveLength(1);
  });

  it('opens on its new matches, first and marked, from the searches tab', async () => {
    const popup = await PopupPage.open(extension);
    await popup.page.locator('#tab-searches').click();
    const item = popup.page.locator('[data-testid="saved-search"]');
    expect(await item.locator('[data-testid="search-new"]').textContent()).toBe('1 nouvelle');
    expect(await item.locator('[role="group"]').getAttribute('aria-label')).toBe('Actions de la recherche « Dev Python »');
    await item.locator('[data-testid="open-search"]').click();
    expect(await popup.page.locator('[data-testid="search-shown"]').textContent()).toContain('Recherche « Dev Python » : 1 nouvelle offre depuis votre dernière visite, en premier.');
    expect(await popup.searchBox().inputValue()).toBe('python');
    const titles = await popup.waitForTitles((shown) => shown.length === 2, 'both python postings');
    expect(titles[0]).toBe('Développeur Python Django');
    expect(await popup.results().first().locator('[data-testid="new"]').textContent()).toBe('nouvelle');
    await popup.page.emulateMedia({ colorScheme: 'dark' });
    // theme.css's dark surface and accent.
    expect(await popup.page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(20, 22, 27)');
    expect(await popup.page.locator('[data-testid="search-shown"]').evaluate((element) => getComputedStyle(element).borderInlineStartColor)).toBe('rgb(143, 179, 255)');
    await popup.page.close();
  });

  it('is managed from the options page: renamed, muted (then nothing announced nor counted)', async () => {
    await options.page.reload();
    const section = options.page.locator('[data-testid="searches-section"]');
    const item = section.locator('[data-testid="saved-search"]');
    await item.waitFor();
    await item.locator('[data-testid="rename-search"]').click();
    await section.getByLabel('Nom de la recherche').fill('Python et Django');
    await options.page.keyboard.press('Enter');
    await waitFor(async () => ((await item.locator('strong').textContent()) === 'Python et Django' ? true : undefined), { message: 'renamed' });
    const mute = item.locator('[data-testid="mute-search"]');
    await mute.click();
    await waitFor(async () => ((await mute.getAttribute('aria-pressed')) === 'true' ? true : undefined), { message: 'muted' });
    expect(await item.locator('[data-testid="search-muted"]').textContent()).toBe('alerte coupée');
    repo().setFile('offres/python-2.md', posting('Développeuse Python senior', 'Etalab'));
    expect(await sync()).toMatchObject({ opened: 1 });
    expect(await created()).toHaveLength(1);
    expect(await badge()).toBe('');
  });

  it('is removed from the popup, after a confirmation: every opening is announced again', async () => {
    const popup = await PopupPage.open(extension);
    await popup.page.locator('#tab-searches').click();
    popup.page.once('dialog', (dialog) => void dialog.accept());
    await popup.page.locator('[data-testid="remove-search"]').click();
    await popup.page.locator('[data-testid="no-saved-search"]').waitFor();
    await popup.page.close();
    repo().setFile('offres/sre.md', posting('Ingénieure SRE', 'DINUM'));
    expect(await sync()).toMatchObject({ opened: 1 });
    expect(await created()).toHaveLength(2);
  });
});

describe('journey: new and seen (French), and saving a search in English', () => {
  let server: GitHubServer;
  let extension: LaunchedExtension;
  let options: OptionsPage;

  async function launch(lang: string) {
    server = await startGitHubServer();
    const sourceUrl = await startFolder(server);
    extension = await launchExtension({ lang });
    options = await OptionsPage.open(extension);
    await options.addSource(sourceUrl);
    await options.waitForStatus(sourceUrl, 'ok', 60_000);
    const repo = server.repo('coop', 'alertes', 'main');
    repo.setFile('offres/data.md', posting('Data scientist', 'Etalab'));
    repo.setFile('offres/front.md', posting('Développeur front', 'ANCT'));
    expect(await sendMessage(options.page, { type: 'sync' })).toMatchObject({ opened: 2 });
  }

  afterAll(async () => {
    await extension?.close();
    await server?.close();
  });

  const badge = () => options.page.evaluate(() => (globalThis as unknown as ChromeApi).chrome.action.getBadgeText({}));

  it('marks new rows in words, filters them, and counts a posting seen once read in the list or opened', async () => {
    await launch('fr');
    expect(await badge()).toBe('2');
    const popup = await PopupPage.open(extension);
    await popup.waitForTitles((titles) => titles.length === 5, 'every posting');
    expect(await popup.result('Data scientist').locator('[data-testid="new"]').textContent()).toBe('nouvelle');
    expect(await popup.result('Designer UX').locator('[data-testid="new"]').count()).toBe(0);
    await popup.page.locator('.filters summary').click();
    await popup.page.getByLabel('Nouvelles offres seulement').check();
    expect((await popup.waitForTitles((titles) => titles.length === 2, 'new ones only')).sort()).toEqual(['Data scientist', 'Développeur front']);
    // Shown in the list for a moment: seen, and still marked new until the popup closes.
    // The rows count as read after 1.5 s in view (SEEN_DWELL_MS); the rest of the deadline is the host's.
    await waitFor(async () => ((await badge()) === '' ? true : undefined), { message: 'the rows read in the list are seen', timeout: 20_000 });
    expect(await popup.result('Développeur front').locator('[data-testid="new"]').textContent()).toBe('nouvelle');
    await popup.page.getByLabel('Nouvelles offres seulement').uncheck();
    await popup.waitForTitles((titles) => titles.length === 5, 'every posting again');
    // Closed once the filters are kept for the next opening (storage.local).
    await popup.waitForKeptFilter('newOnly', false);
    await popup.page.close();
    const reopened = await PopupPage.open(extension);
    await reopened.waitForTitles((titles) => titles.length === 5, 'every posting');
    expect(await reopened.page.locator('[data-testid="new"]').count()).toBe(0);
    await reopened.page.close();
    // Opened (as from a notification, on its card, no list shown): seen at once.
    server.repo('coop', 'alertes', 'main').setFile('offres/sre.md', posting('Ingénieure SRE', 'DINUM'));
    expect(await sendMessage(options.page, { type: 'sync' })).toMatchObject({ opened: 1 });
    expect(await badge()).toBe('1');
    const [offerId] = (await sendMessage(options.page, { type: 'getUnseen' })) as string[];
    const card = await extension.context.newPage();
    await card.goto(extension.extensionUrl(`/popup.html#offer=${encodeURIComponent(offerId!)}`));
    await card.locator('[data-testid="offer-card"]').waitFor();
    await waitFor(async () => ((await badge()) === '' ? true : undefined), { message: 'the opened posting is seen' });
    await card.close();
  });

  it('says an application’s stage on its row, or hides applications', async () => {
    const ids = await sendMessage(options.page, { type: 'getUnseen' });
    expect(ids).toEqual([]);
    const popup = await PopupPage.open(extension);
    await popup.waitForTitles((titles) => titles.length === 6, 'every posting');
    const offerId = await popup.result('Designer UX').getAttribute('data-offer-id');
    await sendMessage(options.page, { type: 'saveFavorite', offerId });
    await sendMessage(options.page, { type: 'setFavoriteStage', offerId, stage: 'applied' });
    await popup.page.reload();
    await popup.waitForTitles((titles) => titles.length === 6, 'every posting');
    expect(await popup.result('Designer UX').locator('[data-testid="stage"]').textContent()).toBe('Candidature envoyée');
    await popup.page.locator('.filters summary').click();
    await popup.page.getByLabel('Mes candidatures').selectOption('hide');
    expect(await popup.waitForTitles((titles) => titles.length === 5, 'applications hidden')).not.toContain('Designer UX');
    await popup.page.close();
    await extension.close();
    await server.close();
  });

  it('saves a search in English', async () => {
    await launch('en');
    const popup = await PopupPage.open(extension);
    await popup.waitForTitles((titles) => titles.length === 5, 'every posting');
    expect(await popup.result('Data scientist').locator('[data-testid="new"]').textContent()).toBe('new');
    await popup.search('data');
    await popup.page.locator('[data-testid="save-search"]').click();
    await popup.page.getByLabel('Name of the search').fill('Data');
    await popup.page.locator('[data-testid="confirm-name"]').click();
    await waitFor(async () => ((await popup.page.locator('#tab-searches').textContent()) === 'Searches (1)' ? true : undefined), { message: 'the searches tab counts it' });
    expect(await popup.page.locator('[data-testid="save-search-status"]').textContent()).toBe('Search “Data” saved: Vigie will tell you about its new postings.');
    await popup.page.locator('#tab-searches').click();
    expect(await popup.page.locator('[data-testid="mute-search"]').textContent()).toBe('Turn the alert off');
  });
});
