import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OptionsPage } from '../pages/options-page';
import { PopupPage } from '../pages/popup-page';
import { launchExtension, type LaunchedExtension } from '../support/extension';
import { builtCopyWithPermissions } from '../support/granted-copy';
import { readDatabase } from '../support/read-database';
import { sendMessage } from '../support/send-message';
import { startGitHubServer, type GitHubServer } from '../../support/github-server';
import { waitFor } from '../../support/wait-for';

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
/** The local calendar day `days` from now (the browser runs in this machine's zone). */
function dayFromNow(days: number): Date {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + days, 12);
}
const isoDay = (day: Date) => `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
const TODAY = `${new Date().getDate()} ${MONTHS[new Date().getMonth()]}`;

const posting = (title: string, fields: { open?: boolean; pay?: string; deadline?: Date; text?: string }) => `---
title: "${title}"
open: ${fields.open ?? true}
startup: Vigie
${fields.deadline ? `date_limite: ${isoDay(fields.deadline)}\n` : ''}---

${fields.pay ? `Rémunération : ${fields.pay} brut annuel.\n\n` : ''}${fields.text ?? 'Mission au sein d’une équipe produit.'}
`;

type Created = { id: string; title: string; message: string };
type Recorder = { created: Created[]; chrome: { notifications: { create: (id: string, options: { title: string; message: string }) => unknown } } };

describe('journey: a saved offer’s changes alerted once and shown with its history; a deadline reminder; a closed and removed offer kept (French)', () => {
  let server: GitHubServer;
  let extension: LaunchedExtension;
  let options: OptionsPage;
  let profile: string;
  const repo = () => server.repo('coop', 'offres', 'main');
  const SOON = dayFromNow(3);

  beforeAll(async () => {
    server = await startGitHubServer();
    repo().setFile('offres/python.md', posting('Développeuse Python', { pay: '45k€ - 55k€', text: 'Vous rejoignez l’équipe Python.' }));
    repo().setFile('offres/data.md', posting('Analyste de données', { deadline: SOON }));
    repo().setFile('offres/design.md', posting('Designer UX', { text: 'Le texte de la mission de design.' }));
    repo().setFile('offres/autre.md', posting('Juriste', {}));
    profile = await mkdtemp(join(tmpdir(), 'vigie-e2e-saved-alerts-'));
    extension = await launchExtension({ extensionDir: await builtCopyWithPermissions(['notifications']), userDataDir: profile, lang: 'fr' });
    options = await OptionsPage.open(extension);
    await sendMessage(options.page, { type: 'updateSettings', patch: { notifications: { enabled: true, mutedSources: [], minMatchingSkills: 0, quietHours: null, deadlineReminderDays: 3 } } });
    const url = server.apiUrl('coop', 'offres', 'offres', 'main');
    await options.addSource(url);
    await options.waitForStatus(url, 'ok', 60_000);
    // Headless Chromium drops shown notifications after a while: the worker's calls are recorded instead.
    await extension.worker.evaluate(() => {
      const scope = globalThis as unknown as Recorder;
      scope.created = [];
      const create = scope.chrome.notifications.create.bind(scope.chrome.notifications);
      scope.chrome.notifications.create = (id, shown) => {
        scope.created.push({ id, title: shown.title, message: shown.message });
        return create(id, shown);
      };
    });
  });

  afterAll(async () => {
    await extension?.close();
    await server?.close();
    await rm(profile, { recursive: true, force: true });
  });

  const created = () => extension.worker.evaluate(() => (globalThis as unknown as Recorder).created);
  const sync = () => sendMessage(options.page, { type: 'sync' });
  const openPopup = async () => {
    const popup = await PopupPage.open(extension);
    await popup.waitForTitles((titles) => titles.includes('Designer UX'), 'the board');
    return popup;
  };

  it('reminds once of a saved offer’s deadline, days before it', async () => {
    const popup = await openPopup();
    const titles = ['Développeuse Python', 'Analyste de données', 'Designer UX'];
    for (const title of titles) await popup.toggleSave(title);
    // Each one, not the last clicked: the three saves are three messages the worker answers in any order.
    await waitFor(async () => (await Promise.all(titles.map((title) => popup.isSaved(title)))).every(Boolean) || undefined, { message: 'the offers saved' });
    await popup.page.close();
    await sync();
    expect(await created()).toEqual([{ id: expect.stringMatching(/^vigie:/), title: 'Analyste de données', message: `Date limite le ${SOON.getDate()} ${MONTHS[SOON.getMonth()]} (dans 3 jours)` }]);
    await sync();
    expect(await created()).toHaveLength(1);
  });

  it('alerts a salary change once, and shows it on the card with its history, by keyboard, in light and dark', async () => {
    repo().setFile('offres/python.md', posting('Développeuse Python', { pay: '50k€ - 60k€', text: 'Vous rejoignez l’équipe Python.' }));
    await sync();
    const sentence = new RegExp(`^Salaire modifié le ${TODAY} : 45–55\\sk\\s€ par an → 50–60\\sk\\s€ par an$`);
    const shown = await created();
    expect(shown).toHaveLength(2);
    expect(shown[1]).toMatchObject({ title: 'Développeuse Python', message: expect.stringMatching(sentence) });
    await sync();
    expect(await created()).toHaveLength(2);

    const popup = await openPopup();
    const card = await popup.open('Développeuse Python');
    expect(await card.locator('[data-testid="latest-change"]').textContent()).toMatch(sentence);
    const summary = card.locator('[data-testid="history"] summary');
    await summary.focus();
    await popup.page.keyboard.press('Enter');
    const versions = card.locator('[data-testid="history-version"]');
    await versions.first().waitFor();
    expect(await versions.count()).toBe(1);
    expect(await versions.first().locator('.history-paragraphs.removed blockquote').textContent()).toBe('Rémunération : 45k€ - 55k€ brut annuel.');
    expect(await versions.first().locator('.history-paragraphs.added blockquote').textContent()).toBe('Rémunération : 50k€ - 60k€ brut annuel.');
    expect(await card.locator('.history-first').textContent()).toBe(`Vue pour la première fois le ${TODAY}`);
    const latest = card.locator('[data-testid="latest-change"]');
    const light = await latest.evaluate((element) => getComputedStyle(element).backgroundColor);
    await popup.page.emulateMedia({ colorScheme: 'dark' });
    expect(await latest.evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe(light);
    expect(await latest.evaluate((element) => getComputedStyle(element).color)).toBe('rgb(236, 238, 243)');
    await popup.page.emulateMedia({ colorScheme: 'light' });
    // The switch that mutes this offer's alerts is reached by keyboard too.
    const mute = card.locator('[data-testid="mute-alerts"]');
    await mute.focus();
    await popup.page.keyboard.press('Space');
    await waitFor(async () => (await mute.isChecked()) || undefined, { message: 'the alerts muted' });
    // The box ticks at the key press; the sync below must find the mute stored, not on its way to the worker.
    await waitFor(async () => (await readDatabase(options.page, ['favorites'])).favorites.some((favorite) => favorite.snapshot.title === 'Développeuse Python' && favorite.alertsMuted) || undefined, { message: 'the mute stored' });
    await popup.page.close();
    repo().setFile('offres/python.md', posting('Développeuse Python', { pay: '55k€ - 65k€', text: 'Vous rejoignez l’équipe Python.' }));
    await sync();
    expect(await created()).toHaveLength(2);
  });

  it('alerts a saved offer closed, then removed, and keeps its last text on its card', async () => {
    repo().setFile('offres/design.md', posting('Designer UX', { open: false, text: 'Le dernier texte de la mission de design.' }));
    await sync();
    expect((await created())[2]).toMatchObject({ title: 'Designer UX', message: `Fermée le ${TODAY}` });
    repo().removeFile('offres/design.md');
    await sync();
    expect((await created())[3]).toMatchObject({ title: 'Designer UX', message: `Retirée de sa source le ${TODAY}` });
    expect(await created()).toHaveLength(4);

    const popup = await PopupPage.open(extension);
    await popup.openSaved();
    await popup.savedOffer('Designer UX').locator('.offer-open').click();
    const card = popup.page.locator('[data-testid="offer-card"]');
    await card.waitFor();
    expect(await card.locator('[data-testid="kept-text"]').textContent()).toBe('Cette offre n’est plus publiée : Vigie garde son dernier texte.');
    expect(await card.textContent()).toContain('Le dernier texte de la mission de design.');
    expect(await card.locator('[data-testid="latest-change"]').textContent()).toBe(`Retirée de sa source le ${TODAY}`);
  });
});
