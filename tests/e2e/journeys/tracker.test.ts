import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OptionsPage } from '../pages/options-page';
import { PopupPage } from '../pages/popup-page';
import { JournalPage } from '../pages/journal-page';
import { TrackerPage } from '../pages/tracker-page';
import { launchExtension, type LaunchedExtension } from '../support/extension';
import { readDatabase } from '../support/read-database';
import { sendMessage } from '../support/send-message';
import { startGitHubServer, type GitHubServer } from '../../support/github-server';
import { waitFor } from '../../support/wait-for';

const FRENCH_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const pad = (value: number) => String(value).padStart(2, '0');

// The month before this one, on the machine's calendar (the browser runs in the same zone).
const today = new Date();
const MONTH_START = new Date(today.getFullYear(), today.getMonth() - 1, 1);
const MONTH_END = new Date(today.getFullYear(), today.getMonth(), 0);
/** When the seeker says they applied to the designer's post: the 12th of last month. */
const APPLIED_ON = new Date(MONTH_START.getFullYear(), MONTH_START.getMonth(), 12, 15);
const frenchDay = (day: Date) => `${day.getDate()} ${FRENCH_MONTHS[day.getMonth()]} ${day.getFullYear()}`;
const numericDay = (day: Date) => `${pad(day.getDate())}/${pad(day.getMonth() + 1)}/${day.getFullYear()}`;

const posting = (title: string, organization: string) => `---
title: "${title}"
open: true
organisation: "${organization}"
---

Mission au sein d'une équipe produit, en télétravail partiel.
`;

describe('journey: the application tracker and the job-search journal (French)', () => {
  let server: GitHubServer;
  let extension: LaunchedExtension;
  let options: OptionsPage;
  let profile: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    server = await startGitHubServer();
    const repo = server.repo('coop', 'offres', 'main');
    repo.setFile('offres/designer.md', posting('Designer UX', 'ANCT'));
    repo.setFile('offres/archiviste.md', posting('Archiviste', 'Archives nationales'));
    repo.setFile('offres/python.md', posting('Développeuse Python', 'DINUM'));
    profile = await mkdtemp(join(tmpdir(), 'vigie-e2e-tracker-'));
    extension = await launchExtension({ userDataDir: profile, lang: 'fr' });
    options = await OptionsPage.open(extension);
    const url = server.apiUrl('coop', 'offres', 'offres', 'main');
    await options.addSource(url);
    await options.waitForStatus(url, 'ok', 60_000);
    const { offers } = await readDatabase(options.page, ['offers']);
    for (const offer of offers) ids[offer.title] = offer.id;
    // Saved from the popup's results, as a seeker does; the stages set as the popup's menu sets them.
    for (const title of ['Designer UX', 'Archiviste', 'Développeuse Python']) expect(await sendMessage(options.page, { type: 'saveFavorite', offerId: ids[title] })).toBe(true);
    await sendMessage(options.page, { type: 'setFavoriteStage', offerId: ids['Designer UX'], stage: 'applied' });
    await sendMessage(options.page, { type: 'setFavoriteStage', offerId: ids['Archiviste'], stage: 'applied' });
  });

  afterAll(async () => {
    await extension?.close();
    await server?.close();
    await rm(profile, { recursive: true, force: true });
  });

  async function openTrackerFromPopup(): Promise<TrackerPage> {
    const popup = await PopupPage.open(extension);
    await popup.openSaved();
    const opened = extension.context.waitForEvent('page');
    await popup.page.locator('[data-testid="open-tracker"]').click();
    const tracker = await TrackerPage.ready(await opened);
    await popup.page.close();
    return tracker;
  }

  it('opens the board from the popup, a column per stage', async () => {
    const tracker = await openTrackerFromPopup();
    expect(tracker.page.url()).toBe(extension.extensionUrl('tracker.html'));
    expect(await tracker.page.title()).toBe('Suivi des candidatures');
    expect(await tracker.page.locator('[data-testid="tracker-column"] h2').allTextContents()).toEqual([
      'Sauvegardée (1)', 'Candidature envoyée (2)', 'Entretien (0)', 'Proposition (0)', 'Refusée (0)',
    ]);
    const todayShort = new Intl.DateTimeFormat('fr', { day: 'numeric', month: 'short' }).format(today);
    expect(await tracker.card('Designer UX').locator('[data-testid="card-step"]').textContent()).toBe(`Candidature envoyée le ${todayShort}`);
    await tracker.page.close();
  });

  it('moves a card with the keyboard, says so to screen readers, shows the focus, and the move survives a reload', async () => {
    const tracker = await TrackerPage.open(extension);
    await tracker.handle('Designer UX').focus();
    await tracker.page.keyboard.press('ArrowRight');
    await tracker.waitForCardIn('interview', 'Designer UX');
    expect(await tracker.titlesIn('applied')).toEqual(['Archiviste']);
    await expect.poll(() => tracker.announcement().textContent()).toBe('« Designer UX » déplacée dans « Entretien », colonne 3 sur 5');
    expect(await tracker.announcement().getAttribute('aria-live')).toBe('polite');
    // The focus followed the card to its new column, and can be seen there.
    const focused = await tracker.page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      return { title: element.textContent, stage: element.closest('[data-stage]')?.getAttribute('data-stage'), outline: getComputedStyle(element).outlineStyle };
    });
    expect(focused).toEqual({ title: 'Designer UX', stage: 'interview', outline: 'solid' });
    await waitFor(async () => (await readDatabase(tracker.page, ['favorites'])).favorites.find((favorite) => favorite.offerId === ids['Designer UX'])?.stage === 'interview', { message: 'the move stored' });

    await tracker.page.reload();
    const reloaded = await TrackerPage.ready(tracker.page);
    await reloaded.waitForCardIn('interview', 'Designer UX');
    const { favorites } = await readDatabase(reloaded.page, ['favorites']);
    expect(favorites.find((favorite) => favorite.offerId === ids['Designer UX'])?.stageHistory.map((step) => step.stage)).toEqual(['saved', 'applied', 'interview']);
    await reloaded.page.close();
  });

  it('moves a card by drag and drop', async () => {
    const tracker = await TrackerPage.open(extension);
    await tracker.card('Développeuse Python').locator('.card-grip').dragTo(tracker.column('rejected'));
    await tracker.waitForCardIn('rejected', 'Développeuse Python');
    await tracker.page.reload();
    await (await TrackerPage.ready(tracker.page)).waitForCardIn('rejected', 'Développeuse Python');
    await tracker.page.close();
  });

  it('keeps the contact written on a card, and the date the seeker says they applied on', async () => {
    const tracker = await TrackerPage.open(extension);
    await tracker.card('Designer UX').locator('[data-testid="card-contact"]').fill('Léa Martin, rh@anct.fr');
    await tracker.card('Designer UX').locator('summary').click();
    await tracker.card('Designer UX').getByLabel('Date de l’étape « Candidature envoyée »').fill(`${APPLIED_ON.getFullYear()}-${pad(APPLIED_ON.getMonth() + 1)}-${pad(APPLIED_ON.getDate())}`);
    await waitFor(async () => {
      const favorite = (await readDatabase(tracker.page, ['favorites'])).favorites.find((item) => item.offerId === ids['Designer UX']);
      return favorite?.contact === 'Léa Martin, rh@anct.fr' && favorite.stageHistory[1]?.on !== undefined;
    }, { message: 'the contact and the date stored' });
    await tracker.page.reload();
    const reloaded = await TrackerPage.ready(tracker.page);
    expect(await reloaded.card('Designer UX').locator('[data-testid="card-contact"]').inputValue()).toBe('Léa Martin, rh@anct.fr');
    await reloaded.card('Designer UX').locator('summary').click();
    const applied = new Intl.DateTimeFormat('fr', { day: 'numeric', month: 'short', ...(APPLIED_ON.getFullYear() === today.getFullYear() ? {} : { year: 'numeric' }) }).format(APPLIED_ON);
    expect(await reloaded.card('Designer UX').locator('.card-steps li span').allTextContents()).toContain(`Candidature envoyée le ${applied}`);
    await reloaded.page.close();
  });

  describe('the journal of last month', () => {
    let journal: Page;

    beforeAll(async () => {
      journal = await extension.context.newPage();
      await journal.goto(extension.extensionUrl('journal.html'));
      await JournalPage.ready(journal);
    });

    it('lists the steps dated within the period only, in French, with how to reach the employer', async () => {
      expect(await journal.locator('[data-testid="journal-period"]').textContent()).toBe(`Démarches du ${frenchDay(MONTH_START)} au ${frenchDay(MONTH_END)}`);
      expect(await journal.locator('input[name="from"]').inputValue()).toBe(`${MONTH_START.getFullYear()}-${pad(MONTH_START.getMonth() + 1)}-01`);
      // Saved, moved and applied to this month, but the designer's application is dated the 12th of last month.
      const rows = await journal.locator('[data-testid="journal-table"] tbody tr').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent)));
      expect(rows).toEqual([[numericDay(APPLIED_ON), 'ANCT', 'Designer UX', 'Candidature envoyée', expect.stringMatching(/^Léa Martin, rh@anct\.fr · https?:\/\//), '']]);
      expect(await journal.locator('thead th').allTextContents()).toEqual(['Date', 'Employeur', 'Poste', 'Démarche', 'Contact ou lien', 'Note']);
    });

    it('prints the table without the controls, as the browser’s print to PDF does', async () => {
      await journal.evaluate(() => {
        (globalThis as unknown as { printed: number }).printed = 0;
        window.print = () => void ((globalThis as unknown as { printed: number }).printed += 1);
      });
      await journal.locator('[data-testid="print"]').click();
      expect(await journal.evaluate(() => (globalThis as unknown as { printed: number }).printed)).toBe(1);
      await journal.emulateMedia({ media: 'print' });
      expect(await journal.locator('.journal-controls').isVisible()).toBe(false);
      expect(await journal.locator('[data-testid="print"]').isVisible()).toBe(false);
      expect(await journal.locator('[data-testid="journal-table"]').isVisible()).toBe(true);
      expect(await journal.locator('[data-testid="journal-period"]').isVisible()).toBe(true);
      const pdf = await journal.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      await journal.emulateMedia({ media: 'screen' });
    });

    it('exports the same steps as CSV for a French spreadsheet: ; separated, UTF-8 with its mark', async () => {
      const download = journal.waitForEvent('download');
      await journal.locator('[data-testid="journal-csv"]').click();
      const file = await download;
      expect(file.suggestedFilename()).toBe(`journal-recherche-emploi-${MONTH_START.getFullYear()}-${pad(MONTH_START.getMonth() + 1)}-01-${MONTH_END.getFullYear()}-${pad(MONTH_END.getMonth() + 1)}-${pad(MONTH_END.getDate())}.csv`);
      const text = await readFile((await file.path())!, 'utf8');
      const [header, row, end] = text.split('\r\n');
      expect(header).toBe('\uFEFFDate;Employeur;Poste;Démarche;Contact ou lien;Note');
      expect(row).toMatch(new RegExp(`^${numericDay(APPLIED_ON).replaceAll('/', '\\/')};ANCT;Designer UX;Candidature envoyée;Léa Martin, rh@anct\\.fr · https?://`));
      expect(end).toBe('');
    });

    it('shows another period chosen, and is dark in a dark scheme', async () => {
      await journal.locator('input[name="from"]').fill(`${today.getFullYear()}-${pad(today.getMonth() + 1)}-01`);
      await journal.locator('input[name="to"]').fill(`${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`);
      await expect.poll(() => journal.locator('[data-testid="journal-table"] tbody tr').count()).toBeGreaterThan(1);
      expect(new URL(journal.url()).searchParams.get('from')).toBe(`${today.getFullYear()}-${pad(today.getMonth() + 1)}-01`);
      await journal.emulateMedia({ colorScheme: 'dark' });
      expect(await journal.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(20, 22, 27)');
    });
  });

  it('offers the tracker, the journal and the follow-up delay in the options page', async () => {
    await options.page.reload();
    await options.page.locator('#follow-up-days').waitFor();
    expect(await options.page.locator('#follow-up-days').inputValue()).toBe('7');
    expect(await options.page.locator('[data-testid="options-open-tracker"]').getAttribute('href')).toBe(extension.extensionUrl('tracker.html'));
    await options.page.locator('#follow-up-days').fill('10');
    await options.page.locator('#follow-up-days').blur();
    await options.waitForSetting('followUpDays', 10);
  });
});

describe('journey: the tracker and journal in English, dark', () => {
  let extension: LaunchedExtension;

  beforeAll(async () => {
    extension = await launchExtension({ lang: 'en' });
  });

  afterAll(async () => {
    await extension?.close();
  });

  it('reads in English, from an import whose favorite has no stage history, and follows the dark scheme', async () => {
    const options = await OptionsPage.open(extension);
    // An export written by hand: a stage, no history; Vigie dates the application at its last change.
    const changed = new Date(MONTH_START.getFullYear(), MONTH_START.getMonth(), 20, 11);
    const summary = await sendMessage(options.page, {
      type: 'importData',
      data: {
        format: 'vigie-user-data', version: 1, sources: [], settings: {},
        favorites: [{ offerId: 'src:ux.md', stage: 'applied', note: 'Call back on Monday', savedAt: MONTH_START.getTime(), updatedAt: changed.getTime(),
          snapshot: { id: 'src:ux.md', title: 'UX designer', organization: 'Acme', url: 'https://example.org/ux' } }],
      },
    });
    expect(summary).toMatchObject({ favorites: 1 });
    const tracker = await TrackerPage.open(extension);
    await tracker.page.emulateMedia({ colorScheme: 'dark' });
    expect(await tracker.page.locator('[data-testid="tracker-column"] h2').allTextContents()).toEqual(['Saved (0)', 'Applied (1)', 'Interview (0)', 'Offer (0)', 'Rejected (0)']);
    const step = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', ...(changed.getFullYear() === today.getFullYear() ? {} : { year: 'numeric' }) }).format(changed);
    expect(await tracker.card('UX designer').locator('[data-testid="card-step"]').textContent()).toBe(`Applied on ${step}`);
    // Applied more than 7 days ago (the 20th of last month): a follow-up is due.
    expect(await tracker.card('UX designer').locator('[data-testid="follow-up"]').textContent()).toMatch(/^No answer for \d+ days: time to follow up$/);
    expect(await tracker.page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(20, 22, 27)');

    await tracker.page.locator('[data-testid="open-journal"]').click();
    await JournalPage.ready(tracker.page);
    expect(await tracker.page.locator('thead th').allTextContents()).toEqual(['Date', 'Employer', 'Position', 'Step', 'Contact or link', 'Note']);
    const rows = await tracker.page.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent)));
    const english = (day: Date) => `${pad(day.getMonth() + 1)}/${pad(day.getDate())}/${day.getFullYear()}`;
    expect(rows).toEqual([
      [english(MONTH_START), 'Acme', 'UX designer', 'Offer found', 'https://example.org/ux', ''],
      [english(changed), 'Acme', 'UX designer', 'Application sent', 'https://example.org/ux', 'Call back on Monday'],
    ]);
  });
});
