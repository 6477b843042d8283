import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FavoriteRecord } from '../../../lib/db/records';
import { OptionsPage } from '../pages/options-page';
import { PopupPage } from '../pages/popup-page';
import { launchExtension, type LaunchedExtension } from '../support/extension';
import { BETA_FIXTURES } from '../../support/fixtures';
import { startGitHubServer, type GitHubServer } from '../../support/github-server';
import { readDatabase } from '../support/read-database';
import { sendMessage } from '../support/send-message';
import { carrySyncStorage, readSyncStorage } from '../support/sync-storage';
import { waitFor } from '../../support/wait-for';

const NOTE = 'Relancer Anne lundi\nTél. 06 00 00 00 00 — « urgent » <visio> 📌';
const isFavoriteKey = (key: string) => key.startsWith('fav:');

/**
 * Issue #4: saved offers follow the user across browsers through storage.sync. Two profiles stand
 * for two browsers of one account; as Chromium without an account keeps storage.sync per profile,
 * the journey carries the items from one profile to the other as the browser's sync service would.
 * Profile B follows no source: the offer reaches it as a label, with its note and stage.
 */
describe('journey: a saved offer, its note and stage follow the user to another browser, and so does its unsave', () => {
  let server: GitHubServer;
  let browserA: LaunchedExtension;
  let browserB: LaunchedExtension;
  let optionsA: OptionsPage;
  let optionsB: OptionsPage;
  let saved: FavoriteRecord;

  const favoriteIn = async (options: OptionsPage, offerId: string) => (await readDatabase(options.page, ['favorites'])).favorites.find((favorite) => favorite.offerId === offerId);

  beforeAll(async () => {
    server = await startGitHubServer();
    server.repo('betagouv', 'jobs', 'main').loadFolder(BETA_FIXTURES, 'jobs');
    [browserA, browserB] = await Promise.all([launchExtension(), launchExtension()]);
    [optionsA, optionsB] = await Promise.all([OptionsPage.open(browserA), OptionsPage.open(browserB)]);

    const url = server.apiUrl('betagouv', 'jobs', 'jobs', 'main');
    await optionsA.addSource(url);
    await optionsA.waitForStatus(url, 'ok', 60_000);
    const offer = (await readDatabase(optionsA.page, ['offers'])).offers.sort((a, b) => a.id.localeCompare(b.id))[3]!;
    expect(await sendMessage(optionsA.page, { type: 'saveFavorite', offerId: offer.id })).toBe(true);
    expect(await sendMessage(optionsA.page, { type: 'setFavoriteNote', offerId: offer.id, note: NOTE })).toBe(true);
    for (const stage of ['applied', 'interview']) expect(await sendMessage(optionsA.page, { type: 'setFavoriteStage', offerId: offer.id, stage })).toBe(true);
    saved = (await favoriteIn(optionsA, offer.id))!;
  }, 120_000);

  afterAll(async () => {
    await Promise.all([browserA?.close(), browserB?.close()]);
    await server?.close();
  });

  it('puts the saved offer in storage.sync: its id, label, note, stage and dates, not the posting', async () => {
    const record = await waitFor(async () => {
      const value = (await readSyncStorage(optionsA.page))[`fav:${saved.offerId}`] as Record<string, unknown> | undefined;
      return value?.s === 'interview' ? value : undefined;
    }, { timeout: 20_000, message: 'the favorite in storage.sync' });
    expect(record).toMatchObject({ t: saved.snapshot.title, n: NOTE, s: 'interview', a: saved.savedAt, m: saved.updatedAt });
    expect(record.h).toEqual(saved.stageHistory.map((step) => [['saved', 'applied', 'interview', 'offer', 'rejected'].indexOf(step.stage), step.at]));
    expect(JSON.stringify(record)).not.toContain(saved.snapshot.body.slice(0, 40));
    // The options page says, quietly, that one saved offer is in sync.
    const line = optionsA.page.locator('[data-testid="favorites-sync"]');
    await waitFor(async () => /\b1\b/.test((await line.textContent()) ?? ''), { message: 'the options page to count one synced offer' });
  });

  it('shows it in the other browser\'s saved offers, with its note and stage', async () => {
    await carrySyncStorage(optionsA.page, optionsB.page, isFavoriteKey);
    const arrived = await waitFor(() => favoriteIn(optionsB, saved.offerId), { timeout: 20_000, message: 'the favorite in browser B' });
    expect(arrived).toMatchObject({ note: NOTE, stage: 'interview', stageHistory: saved.stageHistory, savedAt: saved.savedAt, updatedAt: saved.updatedAt });
    expect(arrived.snapshot).toMatchObject({ id: saved.offerId, title: saved.snapshot.title, sourceId: 'other-browser' });

    const popup = await PopupPage.open(browserB);
    await popup.openSaved();
    const item = popup.savedOffer(saved.snapshot.title);
    await item.waitFor({ timeout: 15_000 });
    expect(await item.locator('[data-testid="note"]').inputValue()).toBe(NOTE);
    expect(await item.locator('[data-testid="stage"]').inputValue()).toBe('interview');
    expect(await item.locator('.offer-facts').textContent()).toMatch(/another browser|autre navigateur/);
    await popup.page.close();
  });

  it('carries an unsave made in the other browser back to the first', async () => {
    const popup = await PopupPage.open(browserB);
    await popup.openSaved();
    await popup.savedOffer(saved.snapshot.title).locator('[data-testid="unsave"]').click();
    await waitFor(async () => (await favoriteIn(optionsB, saved.offerId)) === undefined, { message: 'the unsave in browser B' });
    const unsave = await waitFor(async () => {
      const value = (await readSyncStorage(optionsB.page))[`fav:${saved.offerId}`] as Record<string, unknown> | undefined;
      return value && 'x' in value ? value : undefined;
    }, { timeout: 20_000, message: 'the unsave in storage.sync of browser B' });
    expect(unsave.x).toBeGreaterThan(saved.updatedAt);
    await popup.page.close();

    await carrySyncStorage(optionsB.page, optionsA.page, isFavoriteKey);
    await waitFor(async () => (await favoriteIn(optionsA, saved.offerId)) === undefined, { timeout: 20_000, message: 'the unsave to reach browser A' });
    const popupA = await PopupPage.open(browserA);
    await popupA.openSaved();
    await waitFor(async () => (await popupA.savedOffers().count()) === 0, { message: 'browser A\'s saved list to be empty' });
    // A's storage.sync keeps the unsave, so that a third browser unsaves the offer too.
    expect((await readSyncStorage(optionsA.page))[`fav:${saved.offerId}`]).toEqual(unsave);
  });

  it('carries what the seeker hid and blocked to the other browser, where the list names it and can undo it', async () => {
    expect(await sendMessage(optionsA.page, { type: 'changeNoise', change: { action: 'block-organization', name: 'Etalab' } })).toBe(true);
    expect(await sendMessage(optionsA.page, { type: 'changeNoise', change: { action: 'hide', offerId: saved.offerId, title: saved.snapshot.title } })).toBe(true);
    const items = await waitFor(async () => {
      const noise = Object.entries(await readSyncStorage(optionsA.page)).filter(([key]) => key.startsWith('noise:'));
      return noise.flatMap(([, value]) => value as string[]).length === 2 ? noise : undefined;
    }, { timeout: 20_000, message: 'both rules in storage.sync' });
    // Compact: the hidden posting travels as its hash, not its id or title.
    expect(JSON.stringify(items)).not.toContain(saved.offerId);

    await carrySyncStorage(optionsA.page, optionsB.page, (key) => key.startsWith('noise:'));
    const section = optionsB.page.locator('[data-testid="not-interested"]');
    await section.locator('[data-testid="noise-organization"] li').waitFor({ timeout: 20_000 });
    expect(await section.locator('[data-testid="noise-organization"] .noise-name').textContent()).toBe('Etalab');
    // Browser B follows no source: the hidden posting is named for what it is.
    expect(await section.locator('[data-testid="noise-hidden"] .noise-name').textContent()).toMatch(/another browser|autre navigateur/);
    await section.locator('[data-testid="noise-organization"] [data-testid="undo-rule"]').click();
    await waitFor(async () => ((await section.locator('[data-testid="noise-organization"]').count()) === 0 ? true : undefined), { message: 'the block undone in B' });

    await waitFor(async () => {
      const noise = Object.entries(await readSyncStorage(optionsB.page)).filter(([key]) => key.startsWith('noise:'));
      return noise.flatMap(([, value]) => value as string[]).some((rule) => rule.startsWith('o-')) ? true : undefined;
    }, { timeout: 20_000, message: 'the undo in storage.sync of browser B' });
    await carrySyncStorage(optionsB.page, optionsA.page, (key) => key.startsWith('noise:'));
    const sectionA = optionsA.page.locator('[data-testid="not-interested"]');
    await waitFor(async () => ((await sectionA.locator('[data-testid="noise-organization"]').count()) === 0 ? true : undefined), { timeout: 20_000, message: 'the undo to reach browser A' });
    expect(await sectionA.locator('[data-testid="noise-hidden"] .noise-name').textContent()).toBe(saved.snapshot.title);
  });
});
