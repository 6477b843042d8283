import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { OptionsPage } from '../pages/options-page';
import { PopupPage } from '../pages/popup-page';
import { launchExtension, type LaunchedExtension } from '../support/extension';
import { builtCopyWithPermissions } from '../support/granted-copy';
import { recordNotifications } from '../support/notification-recorder';
import { sendMessage } from '../support/send-message';
import { startGitHubServer, type GitHubServer } from '../../support/github-server';
import { waitFor } from '../../support/wait-for';

const posting = (title: string, organization: string, body = 'Mission au sein d’une équipe produit.') => `---
title: "${title}"
open: true
startup: ${organization}
---

${body}
`;


async function publish(server: GitHubServer): Promise<string> {
  const repo = server.repo('coop', 'offres', 'main');
  repo.setFile('offres/python.md', posting('Développeuse Python', 'Etalab'));
  repo.setFile('offres/data.md', posting('Data scientist', 'ÉTALAB'));
  repo.setFile('offres/designer.md', posting('Designer UX', 'DINUM'));
  repo.setFile('offres/stage.md', posting('Stage développeur front', 'ANCT'));
  repo.setFile('offres/mission.md', posting('Chargée de mission', 'ANCT', 'Une mission Bénévole de six mois.'));
  repo.setFile('offres/ops.md', posting('Ingénieur ops', 'ANCT'));
  return server.apiUrl('coop', 'offres', 'offres', 'main');
}

const ALL = ['Chargée de mission', 'Data scientist', 'Designer UX', 'Développeuse Python', 'Ingénieur ops', 'Stage développeur front'];
const sorted = (titles: string[]) => [...titles].sort((a, b) => a.localeCompare(b));

describe('journey: not interested — hiding, blocking an organization and words, undoing (French, keyboard)', () => {
  let server: GitHubServer;
  let extension: LaunchedExtension;
  let options: OptionsPage;
  let popup: PopupPage;
  let sourceUrl: string;

  beforeAll(async () => {
    server = await startGitHubServer();
    sourceUrl = await publish(server);
    extension = await launchExtension({ extensionDir: await builtCopyWithPermissions(['notifications']), lang: 'fr' });
    options = await OptionsPage.open(extension);
    await sendMessage(options.page, { type: 'updateSettings', patch: { notifications: { enabled: true, mutedSources: [], minMatchingSkills: 0, quietHours: null } } });
    await options.addSource(sourceUrl);
    await options.waitForStatus(sourceUrl, 'ok', 60_000);
    popup = await PopupPage.open(extension);
    await popup.waitForTitles((titles) => titles.length === ALL.length, 'every posting');
  });

  afterAll(async () => {
    await extension?.close();
    await server?.close();
  });

  const shownTitles = (count: number, message: string) => popup.waitForTitles((titles) => titles.length === count, message).then(sorted);
  const status = () => popup.page.locator('[data-testid="noise-status"]');
  const noiseLine = () => popup.page.locator('[data-testid="noise-line"]');

  it('hides the focused row with H, says so, and Ctrl+Z brings it back', async () => {
    await popup.result('Designer UX').locator('.offer-open').focus();
    await popup.page.keyboard.press('h');
    expect(await shownTitles(5, 'the hidden posting leaves')).not.toContain('Designer UX');
    expect(await status().textContent()).toBe('« Designer UX » est masquée. Annuler');
    expect(await status().getAttribute('role')).toBe('status');
    expect(await noiseLine().textContent()).toContain('1 masquée ou bloquée.');
    // Focus went on to another row, not back to the top of the page.
    expect(await popup.page.evaluate(() => document.activeElement?.closest('[data-testid="offer"]') !== null)).toBe(true);
    await popup.page.keyboard.press('Control+z');
    expect(await shownTitles(6, 'the posting is back')).toEqual(ALL);
    expect(await noiseLine().count()).toBe(0);
  });

  it('hides with the row button, named for screen readers, and lists the hidden ones on demand', async () => {
    const button = popup.result('Designer UX').locator('[data-testid="hide"]');
    expect(await button.getAttribute('aria-label')).toBe('Pas intéressé : masquer « Designer UX »');
    await button.click();
    await shownTitles(5, 'the hidden posting leaves');
    await popup.page.locator('[data-testid="show-noise"]').click();
    await shownTitles(6, 'the hidden ones shown');
    expect(await popup.result('Designer UX').locator('[data-testid="noise-reason"]').textContent()).toBe('Masquée');
    await popup.page.locator('[data-testid="show-noise"]').click();
    await shownTitles(5, 'hidden again');
  });

  it('blocks an organization from the card: its postings leave, however its name is written', async () => {
    const card = await popup.open('Développeuse Python');
    await card.locator('[data-testid="block-organization"]').click();
    const titles = await shownTitles(3, 'Etalab and ÉTALAB postings leave');
    expect(titles).toEqual(['Chargée de mission', 'Ingénieur ops', 'Stage développeur front']);
    expect(await status().textContent()).toContain('Organisation « Etalab » bloquée');
    expect(await noiseLine().textContent()).toContain('3 masquées ou bloquées.');
  });

  it('blocks a word from a card too, with the keyboard, and its Undo unblocks it', async () => {
    const card = await popup.open('Chargée de mission');
    const word = card.getByLabel('Bloquer un mot', { exact: true });
    const scope = card.getByLabel('Où chercher le mot');
    // The scope first, with the arrow keys; back to the word, typed, and Enter submits the form.
    await scope.focus();
    await popup.page.keyboard.press('ArrowDown');
    expect(await scope.inputValue()).toBe('anywhere');
    await popup.page.keyboard.press('Shift+Tab');
    expect(await word.evaluate((element) => element === document.activeElement)).toBe(true);
    await popup.page.keyboard.type('bénévole');
    await popup.page.keyboard.press('Enter');
    // The body says "Bénévole": blocked anywhere, it leaves with the card.
    expect(await shownTitles(2, 'the posting holding the word leaves')).toEqual(['Ingénieur ops', 'Stage développeur front']);
    expect(await status().textContent()).toBe('Mot « bénévole » bloqué : les offres qui le contiennent sont masquées. Annuler');
    await popup.page.locator('[data-testid="undo-noise"]').focus();
    await popup.page.keyboard.press('Enter');
    expect(await shownTitles(3, 'the word unblocked')).toEqual(['Chargée de mission', 'Ingénieur ops', 'Stage développeur front']);
  });

  it('blocks a word in titles and a word anywhere from the options page, which lists every rule with its count', async () => {
    await options.page.reload();
    const section = options.page.locator('[data-testid="not-interested"]');
    await section.locator('#block-word').fill('STAGE');
    await section.locator('[data-testid="block-word"]').click();
    await section.locator('#block-word').fill('benevole');
    await section.locator('#block-word-scope').selectOption('anywhere');
    await section.locator('[data-testid="block-word"]').click();
    await waitFor(async () => ((await section.locator('[data-testid="noise-word"] li').count()) === 2 ? true : undefined), { message: 'two blocked words listed' });
    const rows = async (kind: string) => (await section.locator(`[data-testid="noise-${kind}"] li`).allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
    expect(await rows('organization')).toEqual(['Etalab — 2 offres masquées aujourd’hui Débloquer']);
    await waitFor(async () => ((await rows('word')).join('|').includes('benevolepartout dans l’offre — 1') ? true : undefined), { message: 'the word found in a body is counted' });
    expect(await rows('word')).toEqual(['benevolepartout dans l’offre — 1 offre masquée aujourd’hui Débloquer', 'STAGEdans le titre — 1 offre masquée aujourd’hui Débloquer']);
    // A hidden posting leaves out itself alone: its row says when it was hidden ("masquée le 6 décembre").
    expect(await rows('hidden')).toEqual([expect.stringMatching(/^Designer UX — masquée le \d{1,2} \p{L}+ Ne plus masquer$/u)]);
    expect(await shownTitles(1, 'only the posting nothing blocks')).toEqual(['Ingénieur ops']);
  });

  it('a popup opened again never lists what is hidden or blocked, not even in its first frames (the front page was stored before the rules)', async () => {
    const page = await extension.context.newPage();
    // Every row the popup ever puts in its list, from the first render on.
    await page.addInitScript(() => {
      const listed = new Set<string>();
      (globalThis as unknown as { listedTitles: Set<string> }).listedTitles = listed;
      new MutationObserver(() => {
        for (const title of document.querySelectorAll('[data-testid="offer"] .offer-title')) listed.add(title.textContent ?? '');
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await page.goto(extension.extensionUrl('/popup.html'));
    // The noise line comes with the rules and the whole board: the popup has done its opening reads.
    await page.locator('[data-testid="noise-line"]').waitFor();
    expect(await page.evaluate(() => [...(globalThis as unknown as { listedTitles: Set<string> }).listedTitles])).toEqual(['Ingénieur ops']);
    await page.close();
  });

  it('never notifies a posting that opens at a blocked organization or with a blocked word', async () => {
    // Counted as the worker creates them: headless Chromium drops shown notifications after a while,
    // so the ones shown (notifications.getAll) could shrink between two reads.
    const created = await recordNotifications(extension.worker);
    const before = await created();
    const repo = server.repo('coop', 'offres', 'main');
    repo.setFile('offres/etalab-2.md', posting('Product owner', 'etalab'));
    repo.setFile('offres/stage-2.md', posting('Stage design', 'DINUM'));
    expect(await sendMessage(options.page, { type: 'sync' })).toMatchObject({ added: 2 });
    expect(await created()).toEqual(before);
    repo.setFile('offres/sre.md', posting('Ingénieure SRE', 'DINUM'));
    expect(await sendMessage(options.page, { type: 'sync' })).toMatchObject({ added: 1 });
    expect(await created()).toHaveLength(before.length + 1);
  });

  it('undoes each rule from the options page, with the keyboard, and every posting comes back', async () => {
    const section = options.page.locator('[data-testid="not-interested"]');
    await waitFor(async () => ((await section.locator('[data-testid="undo-rule"]').count()) === 4 ? true : undefined), { message: 'four rules listed' });
    for (let left = 4; left > 0; left--) {
      await section.locator('[data-testid="undo-rule"]').first().focus();
      await options.page.keyboard.press('Enter');
      await waitFor(async () => ((await section.locator('[data-testid="undo-rule"]').count()) === left - 1 ? true : undefined), { message: `${left - 1} rules left` });
    }
    expect(await section.textContent()).toContain('Rien n’est masqué ni bloqué.');
    expect(await shownTitles(9, 'every posting back')).toContain('Designer UX');
  });

  it('is reachable from the popup, and readable in dark mode', async () => {
    await popup.result('Designer UX').locator('[data-testid="hide"]').click();
    await shownTitles(8, 'hidden once more');
    const opened = extension.context.waitForEvent('page');
    await popup.page.locator('[data-testid="manage-noise"]').click();
    const page: Page = await opened;
    await page.locator('[data-testid="noise-hidden"] li').waitFor();
    expect(new URL(page.url()).hash).toBe('#not-interested');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('not-interested');
    await popup.page.emulateMedia({ colorScheme: 'dark' });
    await popup.page.locator('[data-testid="show-noise"]').click();
    const pill = popup.result('Designer UX').locator('[data-testid="noise-reason"]');
    // theme.css's --danger in dark mode, on the dark surface.
    expect(await pill.evaluate((element) => getComputedStyle(element).color)).toBe('rgb(255, 138, 128)');
    expect(await popup.page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(20, 22, 27)');
    await page.close();
  });
});

describe('journey: not interested in English', () => {
  let server: GitHubServer;
  let extension: LaunchedExtension;

  beforeAll(async () => {
    server = await startGitHubServer();
    const sourceUrl = await publish(server);
    extension = await launchExtension({ lang: 'en' });
    const options = await OptionsPage.open(extension);
    await options.addSource(sourceUrl);
    await options.waitForStatus(sourceUrl, 'ok', 60_000);
  });

  afterAll(async () => {
    await extension?.close();
    await server?.close();
  });

  it('hides a posting, blocks an organization and a word, in English', async () => {
    const popup = await PopupPage.open(extension);
    await popup.waitForTitles((titles) => titles.length === ALL.length, 'every posting');
    expect(await popup.result('Designer UX').locator('[data-testid="hide"]').getAttribute('aria-label')).toBe('Not interested: hide “Designer UX”');
    await popup.result('Designer UX').locator('[data-testid="hide"]').click();
    await popup.waitForTitles((titles) => titles.length === 5, 'hidden');
    expect(await popup.page.locator('[data-testid="noise-status"]').textContent()).toBe('“Designer UX” is hidden. Undo');
    const card = await popup.open('Data scientist');
    expect(await card.locator('[data-testid="block-organization"]').textContent()).toBe('Block the organization “ÉTALAB”');
    await card.locator('[data-testid="block-organization"]').click();
    await popup.waitForTitles((titles) => titles.length === 3, 'Etalab blocked');
    expect(await popup.page.locator('[data-testid="noise-line"]').textContent()).toContain('3 hidden or blocked.');
    await popup.page.locator('[data-testid="undo-noise"]').click();
    await popup.waitForTitles((titles) => titles.length === 5, 'Etalab unblocked');
    const stageCard = await popup.open('Stage développeur front');
    await stageCard.getByLabel('Block a word', { exact: true }).fill('stage');
    expect(await stageCard.getByLabel('Where to look for the word').inputValue()).toBe('title');
    await stageCard.locator('[data-testid="card-block-word"]').click();
    await popup.waitForTitles((titles) => titles.length === 4 && !titles.includes('Stage développeur front'), 'the word blocked in titles');
    expect(await popup.page.locator('[data-testid="noise-status"]').textContent()).toBe('Word “stage” blocked: the postings holding it are hidden. Undo');
  });
});
