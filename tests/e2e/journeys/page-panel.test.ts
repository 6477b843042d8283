import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OptionsPage } from '../pages/options-page';
import { PagePanel, type Box } from '../pages/page-panel';
import { showVigieOn } from '../support/active-tab';
import { launchExtension, type LaunchedExtension } from '../support/extension';
import { builtCopyWithHosts } from '../support/granted-copy';
import { startPostingSite, type PostingSite } from '../support/posting-site';
import { sendMessage } from '../support/send-message';
import { startGitHubServer, type GitHubServer } from '../../support/github-server';
import { waitFor } from '../../support/wait-for';

/**
 * The panel where it belongs (issue #15): it opens by itself on a page of one posting only, on a
 * site the user let Vigie run on (here every 127.0.0.1 page, granted in the manifest's copy, as
 * after the user said yes in the options page); it paints the user's skills, never a roster;
 * it leaves the text column alone; every button stays in reach; Escape closes it.
 */

// Rust: the user's, named only where the posting presents its organization, which its reading leaves out (and a Python there).
const MY_SKILLS = ['Python', 'Docker', 'Rust'];
const MISSION = 'Nous cherchons une développeuse ou un développeur Python. Stack : Django, PostgreSQL et Docker.';
const ROSTER = ['Agathe L. : développeuse Python', 'Marc D. : designer UX'];
/** A posting that asks for many skills: its panel is taller than a short window. */
// "tests unitaires": a skill the taxonomy names in French, which the English panel names in English.
const STACK = 'Compétences attendues : Kubernetes, Terraform, Ansible, React, TypeScript, GraphQL, Redis, Elasticsearch, Kafka, RabbitMQ, AWS, Linux, Git, Figma, tests unitaires.';
/** A list of which one will do: the card lists it as one skill the user lacks, the page paints each member. */
const ONE_OF = 'Un framework front parmi Svelte, Angular ou Vue.';
const ABOUT_US = 'Notre outil interne de publication est écrit en Rust et en Python.';
const POSTINGS = [
  { file: 'dev-python.md', page: '/offres/dev-python.html', title: 'Développeuse ou développeur Python' },
  { file: 'designer.md', page: '/offres/designer.html', title: 'Designer UX' },
  { file: 'data.md', page: '/offres/data.html', title: 'Data engineer' },
];

function postingFile(title: string, pageUrl: string): string {
  return `---\ntitle: ${title}\nexternal_url: ${pageUrl}\nopen: true\n---\n\n## La mission\n\n${MISSION}\n\n${STACK}\n\n${ONE_OF}\n\n## Qui sommes-nous ?\n\n${ABOUT_US}\n\n## L’équipe\n\n${ROSTER.map((line) => `- ${line}`).join('\n')}\n`;
}

/** A posting page as sites draw them: a bar with a search field, then one centred column of text. */
function postingPage(title: string): string {
  return `<!doctype html><html lang="fr"><meta charset="utf-8"><title>${title}</title>
<style>body { margin: 0; font: 16px/1.5 sans-serif; } header { padding: 8px 16px; background: #eee; } main { max-width: 680px; margin: 0 auto; padding: 0 16px; }</style>
<header><input id="search" aria-label="Rechercher une offre"></header>
<main><h1>${title}</h1><h2>La mission</h2><p>${MISSION}</p><p>${STACK}</p><p>${ONE_OF}</p>
<h2>Qui sommes-nous ?</h2><p>${ABOUT_US}</p><h2>L’équipe</h2><ul>${ROSTER.map((line) => `<li><b>${line.split(' : ')[0]}</b> : ${line.split(' : ')[1]}</li>`).join('')}</ul></main>`;
}

/**
 * A job board's posting page whose text runs from edge to edge, under a fixed bar with a link on
 * its right end, declaring its posting in JSON-LD: no margin for the panel, it has to make one.
 */
function fullWidthPage(): string {
  const posting = { '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Ingénieure ou ingénieur DevOps', description: `<p>${MISSION}</p>` };
  return `<!doctype html><html lang="fr"><meta charset="utf-8"><title>${posting.title}</title>
<script type="application/ld+json">${JSON.stringify(posting)}</script>
<style>body { margin: 0; font: 16px/1.5 sans-serif; } header { position: fixed; top: 0; left: 0; right: 0; display: flex; justify-content: space-between; padding: 8px 16px; background: #eee; } main { padding: 48px 16px 0; }</style>
<header><a href="/">Accueil</a><a id="account" href="/compte">Mon compte</a></header>
<main><h1>${posting.title}</h1><p>${MISSION} ${STACK} ${MISSION}</p><ul>${ROSTER.map((line) => `<li>${line}</li>`).join('')}</ul><p>${STACK} ${MISSION} ${STACK}</p></main>`;
}

/** A list of the followed postings: links, no posting of its own. */
function linksPage(site: PostingSite): string {
  return `<!doctype html><meta charset="utf-8"><title>Nos offres</title><main><h1>Nos offres</h1><ul>
${POSTINGS.map((posting) => `<li><a href="${site.url(posting.page)}">${posting.title}</a></li>`).join('')}</ul></main>`;
}

/** A job board's list that declares each of its postings in JSON-LD. */
function jsonLdListPage(): string {
  const postings = POSTINGS.map((posting) => ({ '@context': 'https://schema.org', '@type': 'JobPosting', title: posting.title, description: `<p>${MISSION}</p>` }));
  return `<!doctype html><meta charset="utf-8"><title>Emplois</title><script type="application/ld+json">${JSON.stringify(postings)}</script>
<main><h1>Emplois</h1>${POSTINGS.map((posting) => `<h2>${posting.title}</h2><p>${MISSION}</p>`).join('')}</main>`;
}

function readHighlights(page: Page): Promise<{ match: string[]; missing: string[] }> {
  return page.evaluate(() => {
    const read = (name: string) => [...(CSS.highlights.get(name) ?? [])].map((range) => {
      const dom = new Range();
      dom.setStart(range.startContainer, range.startOffset);
      dom.setEnd(range.endContainer, range.endOffset);
      return dom.toString();
    });
    return { match: read('vigie-skill-match'), missing: read('vigie-skill-missing') };
  });
}

/** The boxes of the page's text: its blocks of prose and the links of its fixed bar. */
function textBoxes(page: Page): Promise<Box[]> {
  return page.evaluate(() => [...document.querySelectorAll('h1, p, li, header a')].map((element) => {
    const { x, y, width, height } = element.getBoundingClientRect();
    return { x, y, width, height };
  }));
}

function mainColumn(page: Page): Promise<Box> {
  return page.evaluate(() => {
    const { x, y, width, height } = document.querySelector('main')!.getBoundingClientRect();
    return { x, y, width, height };
  });
}

function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

async function isExpanded(panel: PagePanel): Promise<boolean> {
  const toggle = await panel.find('button', /^Vigie/);
  return toggle.properties?.find((property) => property.name === 'expanded')?.value.value === true;
}

interface Journey {
  extension: LaunchedExtension;
  options: OptionsPage;
  site: PostingSite;
  close(): Promise<void>;
}

/** Vigie following the three postings, allowed on the local site, in `lang` ('fr': its English messages removed). */
async function startJourney(lang: 'en' | 'fr'): Promise<Journey> {
  const [github, site] = await Promise.all([startGitHubServer(), startPostingSite()]);
  const repo = github.repo('coop', 'jobs', 'main');
  for (const posting of POSTINGS) repo.setFile(`offres/${posting.file}`, postingFile(posting.title, site.page(posting.page, postingPage(posting.title))));
  site.page('/offres/', linksPage(site));
  site.page('/emplois', jsonLdListPage());
  site.page('/emplois/devops', fullWidthPage());
  // Match patterns take no port: this is every page of the local sites.
  const extensionDir = await builtCopyWithHosts(['http://127.0.0.1/*']);
  if (lang === 'fr') await rm(join(extensionDir, '_locales', 'en'), { recursive: true });
  const extension = await launchExtension({ extensionDir });
  const options = await OptionsPage.open(extension);
  await sendMessage(options.page, { type: 'updateSettings', patch: { mySkills: MY_SKILLS } });
  const sourceUrl = github.apiUrl('coop', 'jobs', 'offres', 'main');
  await options.addSource(sourceUrl);
  await options.waitForStatus(sourceUrl, 'ok', 60_000);
  return {
    extension,
    options,
    site,
    async close() {
      if (extension) console.info(extension.logs.filter((line) => /error|uncaught/i.test(line)).join('\n'));
      await extension.close();
      await Promise.all([github.close(), site.close(), rm(extensionDir, { recursive: true, force: true })]);
    },
  };
}

describe('journey: the page panel where it belongs (English)', () => {
  let journey: Journey;
  let postingUrl: string;

  beforeAll(async () => {
    journey = await startJourney('en');
    postingUrl = journey.site.url(POSTINGS[0]!.page);
  });

  afterAll(async () => {
    await journey?.close();
  });

  async function openPage(url: string, viewport = { width: 1280, height: 800 }): Promise<{ page: Page; panel: PagePanel }> {
    const page = await journey.extension.context.newPage();
    await page.setViewportSize(viewport);
    await page.goto(url);
    // The tab the user looks at: a page left open by a failed step must not hold the focus.
    await page.bringToFront();
    return { page, panel: await PagePanel.of(page) };
  }

  it('opens by itself on a posting page, docked beside the text at 1280 × 800, painting the user’s skills only, as its card counts them: no roster, nothing of the part presenting the organization', async () => {
    const { page, panel } = await openPage(postingUrl);
    await panel.waitForText(/^Match: \d+% — 2 of \d+ skills asked for$/);
    expect(await isExpanded(panel)).toBe(true);
    expect(overlap(await panel.box(), await mainColumn(page))).toBe(false);
    const highlights = await waitFor(async () => {
      const read = await readHighlights(page);
      return read.match.length >= 3 ? read : undefined;
    }, { message: 'the user’s skills painted' });
    // The title's and the mission's; not the roster's "développeuse Python", nor the Rust of "Qui sommes-nous ?"; nothing of the others.
    expect(highlights).toEqual({ match: ['Python', 'Python', 'Docker'], missing: [] });
    // The panel still lists what the posting asks for and the user lacks, named in the interface's language.
    await panel.waitForText(/^Other skills it asks for \(\d+\)/);
    await panel.waitForText(/^Unit testing$/);
    expect(await panel.texts()).not.toContain('Tests unitaires');
    await page.close();
  });

  it('does not open by itself on a list of postings; asked, it says it found no single posting, and offers no save', async () => {
    const { page: posting } = await openPage(postingUrl);
    const postingPanel = await PagePanel.of(posting);
    await waitFor(() => postingPanel.isShown(), { message: 'the panel on the posting page, the script running' });
    await posting.close();

    const { page, panel } = await openPage(journey.site.url('/offres/'));
    // The script runs there too (the site is allowed): it asked the worker and stayed quiet.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(await panel.isShown()).toBe(false);
    expect(await readHighlights(page)).toEqual({ match: [], missing: [] });

    await showVigieOn(journey.extension, page, journey.options.page);
    await panel.waitForText(/^No single posting on this page: Vigie has nothing to save here\.$/);
    expect((await panel.buttons()).map((button) => button.name)).not.toContainEqual(expect.stringMatching(/Save|Don’t show/));
    expect((await panel.texts()).join(' ')).not.toMatch(/Match/);
    // The user's skills are still painted, as on any page the user asks about.
    await waitFor(async () => (await readHighlights(page)).match.includes('Python'), { message: 'Python painted in the list' });
    await page.close();

    const { page: board, panel: boardPanel } = await openPage(journey.site.url('/emplois'));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await boardPanel.isShown()).toBe(false);
    await showVigieOn(journey.extension, board, journey.options.page);
    await boardPanel.waitForText(/^This page lists 3 postings: open one to see its match and save it\.$/);
    await board.close();
  });

  it('closes on Escape, clearing its highlights, and gives the focus back where it was', async () => {
    const { page, panel } = await openPage(postingUrl);
    await waitFor(() => panel.isShown(), { message: 'the panel' });
    await page.focus('#search');
    await showVigieOn(journey.extension, page, journey.options.page);
    // Asked for, it takes the focus.
    await waitFor(() => page.evaluate(() => document.activeElement?.localName === 'vigie-panel'), { message: 'the focus in the panel' });
    await page.keyboard.press('Escape');
    await waitFor(async () => !(await panel.isShown()), { message: 'the panel closed' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
    expect(await readHighlights(page)).toEqual({ match: [], missing: [] });
    await page.close();
  });

  it('at 1000 × 800 makes room beside the text and docks there; every button is in the window and takes clicks, at 420 px high too', async () => {
    const { page, panel } = await openPage(postingUrl, { width: 1000, height: 800 });
    await waitFor(() => isExpanded(panel), { message: 'the panel docked' });
    expect(overlap(await panel.box(), await mainColumn(page))).toBe(false);
    for (const height of [800, 420]) {
      await page.setViewportSize({ width: 1000, height });
      await waitFor(async () => (await panel.box()).height <= height, { message: `the panel within ${height} px` });
      expect(overlap(await panel.box(), await mainColumn(page))).toBe(false);
      const buttons = await panel.buttons();
      expect(buttons.map((button) => button.name)).toEqual([expect.stringMatching(/^Vigie/), 'Close Vigie’s panel on this page', 'Save the posting', 'Don’t show on this site']);
      for (const button of buttons) {
        expect(button.box.y).toBeGreaterThanOrEqual(0);
        expect(button.box.y + button.box.height).toBeLessThanOrEqual(height);
        expect(button.box.x).toBeGreaterThanOrEqual(0);
        expect(button.box.x + button.box.width).toBeLessThanOrEqual(1000);
        expect(await panel.isHitAtCentre(button.backendNodeId, button.box), button.name).toBe(true);
      }
    }
    await page.close();
  });

  it('on a page whose text runs from edge to edge, narrows the page to dock beside its text, at 1000 and 1280 px, and gives the room back when folded or closed', async () => {
    for (const width of [1000, 1280]) {
      const { page, panel } = await openPage(journey.site.url('/emplois/devops'), { width, height: 800 });
      await panel.waitForText(/^Match: /);
      await waitFor(() => isExpanded(panel), { message: `the panel docked at ${width} px` });
      const docked = await panel.box();
      const text = await textBoxes(page);
      expect(text.length).toBeGreaterThan(5);
      for (const box of text) expect(overlap(docked, box), JSON.stringify(box)).toBe(false);
      // The fixed bar's right end, "Mon compte", moved left of the panel with the page.
      const account = await page.evaluate(() => document.querySelector('#account')!.getBoundingClientRect().right);
      expect(account).toBeLessThan(docked.x);
      for (const button of await panel.buttons()) expect(await panel.isHitAtCentre(button.backendNodeId, button.box), button.name).toBe(true);

      // Folded to its tab, the page has its whole width again; unfolded, it makes room again.
      await panel.press('button', /^Vigie/);
      await waitFor(async () => !(await isExpanded(panel)), { message: 'the panel folded' });
      const fullWidth = await page.evaluate(() => ({ main: document.querySelector('main')!.getBoundingClientRect().right, window: document.documentElement.clientWidth }));
      expect(fullWidth.main).toBe(fullWidth.window);
      await panel.press('button', /^Vigie/);
      await waitFor(() => isExpanded(panel), { message: 'the panel unfolded' });
      for (const box of await textBoxes(page)) expect(overlap(await panel.box(), box), JSON.stringify(box)).toBe(false);

      // Closed, the page is as it was.
      await page.keyboard.press('Escape');
      await waitFor(async () => !(await panel.isShown()), { message: 'the panel closed' });
      expect(await page.evaluate(() => [document.documentElement.style.marginRight, document.querySelector('header')!.style.maxWidth])).toEqual(['', '']);
      await page.close();
    }
  });

  it('in a window too narrow to make room (880 × 800), waits folded to a tab beside the text; unfolded, every button takes clicks', async () => {
    const { page, panel } = await openPage(postingUrl, { width: 880, height: 800 });
    await waitFor(() => panel.isShown(), { message: 'the panel' });
    expect(await isExpanded(panel)).toBe(false);
    expect(overlap(await panel.box(), await mainColumn(page))).toBe(false);
    await panel.press('button', /^Vigie/);
    await waitFor(() => isExpanded(panel), { message: 'the panel unfolded' });
    for (const button of await panel.buttons()) expect(await panel.isHitAtCentre(button.backendNodeId, button.box), button.name).toBe(true);
    await page.close();
  });

  it('remembers the tab it was folded to, on the next page, until unfolded', async () => {
    const { page, panel } = await openPage(postingUrl);
    await waitFor(() => isExpanded(panel), { message: 'the panel docked' });
    await panel.press('button', /^Vigie/);
    await waitFor(async () => !(await isExpanded(panel)), { message: 'the panel folded' });
    const tab = await panel.box();
    expect(tab.width).toBeLessThan(120);
    expect(overlap(tab, await mainColumn(page))).toBe(false);
    // The next page asks the worker whether to open folded: reloaded before the fold is stored, it opened docked.
    await journey.options.waitForSetting('panelFolded', true);
    await page.reload();
    await waitFor(() => panel.isShown(), { message: 'the panel on the next visit' });
    expect(await isExpanded(panel)).toBe(false);
    await panel.press('button', /^Vigie/);
    await waitFor(() => isExpanded(panel), { message: 'the panel unfolded' });
    await journey.options.waitForSetting('panelFolded', false);
    await page.reload();
    await waitFor(() => isExpanded(panel), { message: 'the panel unfolded on the next visit' });
    await page.close();
  });

  it('draws in dark colours for a dark scheme, with a visible focus ring', async () => {
    const page = await journey.extension.context.newPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(postingUrl);
    const panel = await PagePanel.of(page);
    const landmark = await waitFor(() => panel.landmark(), { message: 'the panel' });
    const { 'background-color': background } = await panel.computedStyle(landmark.backendDOMNodeId!, ['background-color']);
    expect(luminance(background!)).toBeLessThan(0.1);
    await panel.focus('button', /^Vigie/);
    await page.keyboard.press('Tab');
    const close = await panel.find('button', /^Close/);
    const ring = await panel.computedStyle(close.backendDOMNodeId!, ['outline-style', 'outline-width']);
    expect(ring).toEqual({ 'outline-style': 'solid', 'outline-width': '3px' });
    await page.close();
  });

  it('paints the posting’s other skills once the user turns them on in the options page, still not the roster', async () => {
    const options = journey.options.page;
    await options.reload();
    const toggle = options.getByRole('checkbox', { name: 'Also highlight the other skills the posting asks for' });
    expect(await toggle.isChecked()).toBe(false);
    await toggle.check();
    await journey.options.waitForSetting('panelOtherSkills', true);
    const { page } = await openPage(postingUrl);
    const highlights = await waitFor(async () => {
      const read = await readHighlights(page);
      return read.missing.length > 0 && read.match.length >= 3 ? read : undefined;
    }, { message: 'the other skills painted' });
    expect(highlights.match).toEqual(['Python', 'Python', 'Docker']);
    // Every member of the list the user holds none of, as the card lists it ("one of: Svelte, Angular, Vue.js").
    expect(highlights.missing).toEqual(expect.arrayContaining(['Django', 'PostgreSQL', 'Kubernetes', 'Figma', 'Svelte', 'Angular', 'Vue']));
    // "designer UX" is a roster line's, not asked for.
    expect(highlights.missing).not.toContain('designer UX');
    expect(highlights.missing.join(' ')).not.toMatch(/UX/);
    await toggle.uncheck();
    await page.close();
  });
});

describe('journey: the page panel in French', () => {
  let journey: Journey;

  beforeAll(async () => {
    journey = await startJourney('fr');
  });

  afterAll(async () => {
    await journey?.close();
  });

  it('says in French what a posting page matches, and that a list holds no single posting', async () => {
    const page = await journey.extension.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(journey.site.url(POSTINGS[0]!.page));
    const panel = await PagePanel.of(page);
    await panel.waitForText(/^Correspondance : \d+ % — 2 sur \d+ compétences demandées$/);
    await panel.waitForText(/^Tests unitaires$/);
    await panel.find('button', /^Enregistrer l’offre$/);
    await page.goto(journey.site.url('/offres/'));
    await showVigieOn(journey.extension, page, journey.options.page);
    await panel.waitForText(/^Pas d’offre seule sur cette page : Vigie n’a rien à enregistrer ici\.$/);
    await page.close();
  });
});

/** Relative luminance of a CSS rgb() colour, 0 (black) to 1 (white). */
function luminance(color: string): number {
  const [r = 0, g = 0, b = 0] = (color.match(/\d+(\.\d+)?/g) ?? []).map(Number).map((channel) => {
    const value = channel / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
