import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OptionsPage } from '../pages/options-page';
import { PagePanel } from '../pages/page-panel';
import { PopupPage } from '../pages/popup-page';
import { showVigieOn } from '../support/active-tab';
import { sendMessage } from '../support/send-message';
import { launchExtension, type LaunchedExtension } from '../support/extension';
import { readDatabase } from '../support/read-database';
import { startPostingSite, type PostingSite } from '../support/posting-site';
import { startGitHubServer, type GitHubServer } from '../../support/github-server';
import { waitFor } from '../../support/wait-for';

/** One job, as its publisher writes it: long enough to be told from another posting by its text. */
const MISSION = [
  'Nous cherchons une ingénieure ou un ingénieur data pour rejoindre notre coopérative.',
  'Vous construirez les chaînes de traitement des données ouvertes des collectivités avec Python, Airflow et PostgreSQL.',
  'Vous travaillerez avec deux développeurs et une designer, en télétravail partiel depuis Lyon ou Nantes.',
  'Le poste est un CDI à temps plein, ouvert dès le mois de mars, avec une période d’essai de trois mois.',
];
const file = (title: string, organization: string) => `---\ntitle: ${title}\nopen: true\nstartup: ${organization}\n---\n\n${MISSION.join('\n\n')}\n`;
const OTHER = `---\ntitle: Designer\nopen: true\nstartup: Autre Coop\n---\n\nUne mission de design de services publics numériques, en équipe, à Paris.\n`;

function jobPage(): string {
  const posting = { '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Ingénieure data (F/H)', hiringOrganization: { '@type': 'Organization', name: 'Autre Coop' }, description: MISSION.map((line) => `<p>${line}</p>`).join('') };
  return `<!doctype html><html lang="fr"><meta charset="utf-8"><title>Ingénieure data</title>
<script type="application/ld+json">${JSON.stringify(posting)}</script><h1>Ingénieure data (F/H)</h1>${MISSION.map((line) => `<p>${line}</p>`).join('')}`;
}

describe('journey: the same job from two sources and from its page is one posting, saved once for all (French)', () => {
  let github: GitHubServer;
  let site: PostingSite;
  let extension: LaunchedExtension;
  let options: OptionsPage;
  let popup: PopupPage;

  beforeAll(async () => {
    [github, site] = await Promise.all([startGitHubServer(), startPostingSite()]);
    github.repo('coop', 'offres', 'main').setFile('offres/data.md', file('Ingénieure data', 'Autre Coop'));
    github.repo('coop', 'offres', 'main').setFile('offres/designer.md', OTHER);
    github.repo('reseau', 'emplois', 'main').setFile('emplois/ingenieur-data.md', file('Une ingénieure data', 'AUTRE COOP'));
    extension = await launchExtension({ lang: 'fr' });
    options = await OptionsPage.open(extension);
    for (const url of [github.apiUrl('coop', 'offres', 'offres', 'main'), github.apiUrl('reseau', 'emplois', 'emplois', 'main')]) {
      await options.addSource(url);
      await options.waitForStatus(url, 'ok', 60_000);
    }
  });

  afterAll(async () => {
    await extension?.close();
    await Promise.all([github?.close(), site?.close()]);
  });

  it('lists the job once although two sources publish it', async () => {
    popup = await PopupPage.open(extension);
    const titles = await popup.waitForTitles((shown) => shown.length === 2, 'two postings, not three');
    expect(titles.filter((title) => /ingénieure data/i.test(title))).toHaveLength(1);
    expect(await popup.resultCount()).toBe(2);
  });

  it('saves the job from its page: the popup shows it saved, once, and its card lists the three places', async () => {
    const page = await extension.context.newPage();
    await page.goto(site.page('/emplois/42', jobPage()));
    await showVigieOn(extension, page, options.page);
    const panel = await PagePanel.of(page);
    await panel.press('button', /Enregistrer l’offre|Save the posting/);
    await panel.waitForText(/Offre enregistrée|Posting saved/);
    await page.close();

    const row = popup.results().filter({ hasText: /ingénieure data/i }).first();
    await waitFor(async () => ((await row.locator('[data-testid="save"]').getAttribute('aria-pressed')) === 'true' ? true : undefined), { timeout: 20_000, message: 'the listed job to read as saved' });
    expect(await popup.resultCount()).toBe(2);
    await row.locator('.offer-open').click();
    const card = popup.page.locator('[data-testid="offer-card"]');
    await card.waitFor();
    expect(await card.locator('#card-seen-on').textContent()).toBe('Vue à 3 endroits');
    const places = await card.locator('[data-testid="seen-on"] li').allTextContents();
    expect(places).toHaveLength(3);
    expect(places.filter((place) => place.startsWith('Page enregistrée en naviguant'))).toHaveLength(1);
    expect(await card.locator('[data-testid="seen-on"] a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toContain(site.url('/emplois/42'));
    expect(await card.locator('[data-testid="save"]').getAttribute('aria-pressed')).toBe('true');
    await popup.back();

    await popup.openSaved();
    await waitFor(async () => ((await popup.savedOffers().count()) === 1 ? true : undefined), { message: 'one saved entry' });
    expect(await popup.page.locator('[data-testid="tab-saved"]').textContent()).toContain('(1)');
  });

  it('unsaves it everywhere with one press, and saving from the list saves it once', async () => {
    await popup.page.locator('[data-testid="tab-results"]').click();
    const row = popup.results().filter({ hasText: /ingénieure data/i }).first();
    await row.locator('[data-testid="save"]').focus();
    await popup.page.keyboard.press('Enter');
    await waitFor(async () => ((await readDatabase(options.page, ['favorites'])).favorites.length === 0 ? true : undefined), { message: 'every member unsaved' });
    // The row follows the database through the popup's live query, a moment after the write.
    await waitFor(async () => ((await row.locator('[data-testid="save"]').getAttribute('aria-pressed')) === 'false' ? true : undefined), {
      message: 'the row shows the posting unsaved',
    });

    await row.locator('[data-testid="save"]').click();
    await waitFor(async () => ((await readDatabase(options.page, ['favorites'])).favorites.length === 1 ? true : undefined), { message: 'saved once' });
    await popup.openSaved();
    await waitFor(async () => ((await popup.savedOffers().count()) === 1 ? true : undefined), { message: 'one saved entry' });
  });

  it('counts the saved postings from the first frame, the job saved from both sources once, and never another number', async () => {
    const { offers } = await readDatabase(options.page, ['offers']);
    const ids = offers.filter((offer) => offer.listed === 1 && (/ingénieure data/i.test(offer.title) || offer.title === 'Designer')).map((offer) => offer.id);
    expect(ids).toHaveLength(3);
    // Both copies of the job saved (the popup would save one), and the designer: three offers, two postings.
    for (const offerId of ids) await sendMessage(options.page, { type: 'saveFavorite', offerId });
    await waitFor(async () => {
      const { popupFrontPage } = await options.page.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<{ popupFrontPage?: unknown }> } } } }).chrome.storage.local.get('popupFrontPage'));
      const copy = typeof popupFrontPage === 'string' ? (JSON.parse(popupFrontPage) as { saved?: unknown[]; savedPostings?: number }) : undefined;
      return copy?.saved?.length === 3 && copy.savedPostings === 2 ? true : undefined;
    }, { message: 'the worker’s copy to hold the three saved offers, two postings' });

    const page = await extension.context.newPage();
    // Every text the saved tab shows, from its first render on.
    await page.addInitScript(() => {
      const labels: string[] = [];
      (globalThis as unknown as { savedTabLabels: string[] }).savedTabLabels = labels;
      new MutationObserver(() => {
        const label = document.querySelector('[data-testid="tab-saved"]')?.textContent;
        if (label && label !== labels.at(-1)) labels.push(label);
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await page.goto(extension.extensionUrl('/popup.html'));
    const again = new PopupPage(page);
    // The list counts the favorites read from the database, with their duplicates.
    await again.openSaved();
    await waitFor(async () => ((await again.savedOffers().count()) === 2 ? true : undefined), { message: 'two saved entries' });
    expect(await page.evaluate(() => (globalThis as unknown as { savedTabLabels: string[] }).savedTabLabels)).toEqual(['Sauvegardées (2)']);
    await page.close();
  });
});
