import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OptionsPage } from '../pages/options-page';
import { PopupPage } from '../pages/popup-page';
import { launchExtension, type LaunchedExtension } from '../support/extension';
import { startGitHubServer, type GitHubServer } from '../../support/github-server';

/** The local calendar day `days` from now, as a posting's front matter writes it (the browser runs in this machine's zone). */
function dayFromNow(days: number): Date {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + days, 12);
}
const isoDay = (day: Date) => `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
const frenchDay = (day: Date) => `${day.getDate()} ${['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'][day.getMonth()]} ${day.getFullYear()}`;

const posting = (title: string, deadline?: Date) => `---
title: "${title}"
open: true
${deadline ? `date_limite: ${isoDay(deadline)}\n` : ''}---

Mission au sein d'une équipe produit, en télétravail partiel.
`;

const SOON = dayFromNow(5);
const LATER = dayFromNow(40);
const PASSED = dayFromNow(-3);

describe('journey: deadlines shown with the days left, and sorted soonest first (French)', () => {
  let server: GitHubServer;
  let extension: LaunchedExtension;
  let popup: PopupPage;
  let profile: string;

  beforeAll(async () => {
    server = await startGitHubServer();
    const repo = server.repo('coop', 'offres', 'main');
    repo.setFile('offres/designer.md', posting('Designer UX'));
    repo.setFile('offres/cheffe.md', posting('Cheffe de projet numérique', LATER));
    repo.setFile('offres/python.md', posting('Développeuse Python', SOON));
    repo.setFile('offres/archiviste.md', posting('Archiviste', PASSED));
    profile = await mkdtemp(join(tmpdir(), 'vigie-e2e-deadlines-'));
    extension = await launchExtension({ userDataDir: profile, lang: 'fr' });
    const options = await OptionsPage.open(extension);
    const url = server.apiUrl('coop', 'offres', 'offres', 'main');
    await options.addSource(url);
    await options.waitForStatus(url, 'ok', 60_000);
    popup = await PopupPage.open(extension);
    const language = await popup.page.evaluate(() => (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }).chrome.i18n.getUILanguage());
    if (!language.startsWith('fr')) throw new Error(`Chromium speaks ${language}: its French locale is missing (apt-get install -y chromium-l10n)`);
  });

  afterAll(async () => {
    await extension?.close();
    await server?.close();
    await rm(profile, { recursive: true, force: true });
  });

  it('shows a deadline ahead on its row and card as a date and the days left', async () => {
    await popup.waitForTitles((titles) => titles.includes('Développeuse Python'), 'the posting with a deadline');
    expect(await popup.result('Développeuse Python').locator('[data-testid="deadline"]').textContent()).toBe(`Avant le ${frenchDay(SOON)} · dans 5 jours`);
    expect(await popup.result('Designer UX').locator('[data-testid="deadline"]').count()).toBe(0);
    const card = await popup.open('Développeuse Python');
    expect(await card.locator('.facts div', { hasText: 'Date limite' }).textContent()).toBe(`Date limite${frenchDay(SOON)} · dans 5 jours`);
    await popup.back();
  });

  it('shows a passed deadline as such', async () => {
    await popup.setFilter('open-only', false);
    await popup.waitForTitles((titles) => titles.includes('Archiviste'), 'the posting whose deadline passed');
    expect(await popup.result('Archiviste').locator('[data-testid="deadline"]').textContent()).toBe(`Clôturée le ${frenchDay(PASSED)}`);
  });

  it('sorts by deadline: the soonest ahead first, then the passed one, then postings without', async () => {
    await popup.setFilter('sort', 'deadline');
    const sorted = await popup.waitForTitles((titles) => titles[0] === 'Développeuse Python', 'the soonest deadline first');
    expect(sorted).toEqual(['Développeuse Python', 'Cheffe de projet numérique', 'Archiviste', 'Designer UX']);
  });
});
