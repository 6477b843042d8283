import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OptionsPage } from '../pages/options-page';
import { PopupPage } from '../pages/popup-page';
import { removeDefaultSources } from '../support/default-sources';
import { launchExtension, type LaunchedExtension } from '../support/extension';
import { startGitHubServer, type GitHubServer } from '../../support/github-server';
import { auditPage, visibleText } from '../support/page-audit';
import { sendMessage } from '../support/send-message';
import { waitFor } from '../../support/wait-for';

const CANARY = 'vigieCanary';
const FOLDER = 'offres';

/** Every payload sets the canary global when it runs, and asks the server for /canary-… when it loads. */
function payloads(server: string) {
  const run = (where: string) => `globalThis.${CANARY}='${where}';fetch('${server}/canary-run-${where}')`;
  const fields = {
    title: `&lt;img src=${server}/canary-entity-title onerror="${run('entity-title')}"&gt; Développeuse <img src=${server}/canary-title onerror="${run('title')}">piégée`,
    organisation: `<img src=${server}/canary-org onerror="${run('org')}">Coop <script>${run('org-script')}</script>`,
    lieu: `<svg onload="${run('location')}"></svg>Paris &lt;svg onload="${run('location-entity')}"&gt;`,
    contrat: `<a href="javascript:${run('contract')}">CDI</a>`,
    salaire: `<style>@import url(${server}/canary-salary);</style>45 k€`,
    competences: `Python, <img src=${server}/canary-skill onerror="${run('skill')}">, Docker`,
    tags: `<b onmouseover="${run('tag')}">urgent</b>`,
    contact: `javascript:${run('contact')}`,
    external_url: `data:text/html,<script>${run('external-url')}</script>`,
  };
  const body = [
    '## La mission',
    `Bonjour <script>${run('script')}</script>`,
    `<img src="${server}/canary-img" onerror="${run('img')}">`,
    `<img src=x onerror="${run('img-x')}"> <img srcset="${server}/canary-srcset 1x">`,
    `<svg onload="${run('svg')}"><image href="${server}/canary-svg-image"/></svg>`,
    `<iframe src="${server}/canary-iframe"></iframe> <object data="${server}/canary-object"></object> <embed src="${server}/canary-embed">`,
    `<video poster="${server}/canary-poster" src="${server}/canary-video"></video> <audio src="${server}/canary-audio"></audio>`,
    `![image](${server}/canary-markdown-image)`,
    `<div style="background:url(${server}/canary-style-background)">fond</div>`,
    `<link rel=stylesheet href=${server}/canary-link>`,
    `<style>@import url(${server}/canary-import); body { display: none }</style>`,
    `<div style="position:fixed;inset:0;z-index:2147483647;background:#fff">voile qui couvre tout</div>`,
    `<form action="${server}/canary-form"><input type=image src="${server}/canary-input"><button formaction="javascript:${run('formaction')}">ok</button></form>`,
    `<meta http-equiv="refresh" content="0;url=${server}/canary-meta"> <base href="${server}/canary-base/">`,
    `<details open ontoggle="${run('details')}">détails</details> <body onload="${run('body')}">`,
    `<table background="${server}/canary-table"><tr><td>cellule</td></tr></table>`,
    `<noscript><p title="</noscript><img src=x onerror=${run('mxss-noscript')}>"></noscript>`,
    `<svg><style><img src=x onerror="${run('mxss-svg')}"></style></svg>`,
    `<math><mtext><table><mglyph><style><img src=x onerror="${run('mxss-math')}"></style></mglyph></table></mtext></math>`,
    `[clic](javascript:${run('md-link')}) [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) [vb](vbscript:msgbox(1))`,
    `<a href="javascript:${run('a')}">lien</a> <a href="  JaVaScRiPt:${run('a-case')}">lien 2</a> <a href="data:text/html,x">lien 3</a>`,
    '[site](https://example.org/ok)',
  ].join('\n\n');
  return { fields, body };
}

const yamlString = (value: string) => `'${value.replace(/'/g, "''")}'`;
const postingFile = (fields: Record<string, string>, body: string) =>
  `---\n${Object.entries(fields).map(([key, value]) => `${key}: ${yamlString(value)}`).join('\n')}\nopen: true\n---\n\n${body}\n`;

/** Titles that try to disappear or to disguise themselves; each must still show visible text. */
const UNICODE_TITLES: Record<string, string> = {
  'unicode-rlo.md': 'Offre \u202Eexe.elif\u202C normale',
  'unicode-zero-width-mixed.md': 'Dév\u200Belop\u200Dpeuse\u2060 web',
  'unicode-zero-width-only.md': '\u200B\u200C\u200D\u2060\uFEFF',
  'unicode-bidi-only.md': '\u202E\u2066\u2069\u200F',
};

/** Files whose name is markup, and whose content is not a posting: listed among the page's problems. */
const BAD_NAMES = [`<img src=x onerror="globalThis.${CANARY}='file-name'">.md`, `<svg onload=globalThis.${CANARY}=1>poste.md`];

/**
 * Issue #7: postings are written by strangers. Markup, scripts, remote resources, CSS and
 * Unicode tricks in any field, in the body and in file names run nothing, load nothing and hide
 * nothing, in the popup (list, card, saved list) and the options page (sources, problems, history).
 * Extension pages have a strict CSP, so a payload that got through would mostly be blocked: the
 * audit therefore looks for the markup itself in the live DOM, not only for its effects. (CSP
 * reports are no signal: Chromium reports the handlers of the sanitizer's own inert parse too.)
 */
describe('journey: hostile postings run nothing, load nothing, hide nothing', () => {
  let server: GitHubServer;
  let extension: LaunchedExtension;
  let options: OptionsPage;
  let sourceId: string;
  let sourceUrl: string;
  const offerIds: string[] = [];
  const audits = { pages: 0 };

  beforeAll(async () => {
    server = await startGitHubServer();
    const repo = server.repo('pieges', 'emplois', 'main');
    const hostile = payloads(server.origin);
    repo.setFile(`${FOLDER}/piege-tout.md`, postingFile(hostile.fields, hostile.body));
    repo.setFile(`${FOLDER}/piege-corps.md`, postingFile({ title: 'Offre au corps piégé' }, hostile.body));
    for (const [name, title] of Object.entries(UNICODE_TITLES)) repo.setFile(`${FOLDER}/${name}`, postingFile({ title }, `Corps de ${name}.`));
    repo.setFile(`${FOLDER}/${BAD_NAMES[0]}`, '');
    repo.setFile(`${FOLDER}/${BAD_NAMES[1]}`, 'juste une ligne, ni front matter ni titre');
    repo.setFile(`${FOLDER}/sage.md`, postingFile({ title: 'Offre sage' }, 'Rien à signaler.'));

    extension = await launchExtension();
    options = await OptionsPage.open(extension);
    await removeDefaultSources(options.page);
    sourceUrl = server.apiUrl('pieges', 'emplois', FOLDER, 'main');
    sourceId = (await sendMessage<{ sourceId: string }>(options.page, { type: 'addSource', url: sourceUrl })).sourceId;
    await options.waitForStatus(sourceUrl, 'ok', 60_000);
    expect(await sendMessage(options.page, { type: 'renameSource', sourceId, name: `<img src=${server.origin}/canary-source-name onerror="globalThis.${CANARY}='source'">Source` })).toBe(true);
    for (const name of ['piege-tout.md', 'piege-corps.md', ...Object.keys(UNICODE_TITLES), 'sage.md']) offerIds.push(`${sourceId}:${FOLDER}/${name}`);
    for (const offerId of offerIds) expect(await sendMessage(options.page, { type: 'saveFavorite', offerId })).toBe(true);
    expect(await sendMessage(options.page, { type: 'setFavoriteNote', offerId: offerIds[0], note: `<img src=${server.origin}/canary-note onerror="globalThis.${CANARY}='note'">` })).toBe(true);
  });

  afterAll(async () => {
    console.info(`[injection] ${JSON.stringify({ badFiles: BAD_NAMES.length, unicodeTitles: Object.keys(UNICODE_TITLES).length, postings: offerIds.length, audits: audits.pages })}`);
    await extension?.close();
    await server?.close();
  });

  async function expectClean(page: Page, where: string, areas: string, onTop: string): Promise<void> {
    await page.waitForLoadState('networkidle');
    audits.pages++;
    const audit = await auditPage(page, { canary: CANARY, areas, onTop });
    expect(audit, where).toEqual({ canary: undefined, handlers: [], foreignUrls: [], canaryAttributes: [], styles: [], onTop: true });
  }

  it('shows the hostile postings in the popup’s list as plain text', async () => {
    const popup = await PopupPage.open(extension);
    await waitFor(async () => (await popup.resultIds()).filter((id) => offerIds.includes(id)).length === offerIds.length, { message: 'every posting in the list' });
    const titles = await popup.resultTitles();
    expect(titles.join(' ')).toContain('Développeuse');
    await expectClean(popup.page, 'popup list', '.results, .popup-body', 'input[type="search"]');
    await popup.page.close();
  });

  it('opens each hostile posting’s card without running, loading or hiding anything', async () => {
    const popup = await PopupPage.open(extension);
    for (const offerId of offerIds) {
      await popup.page.locator(`[data-testid="offer"][data-offer-id="${offerId}"] .offer-open`).click();
      const card = popup.page.locator(`[data-testid="offer-card"][data-offer-id="${offerId}"]`);
      // The body is rendered into the card after it mounts: audit once it is there.
      const body = await waitFor(async () => (await card.locator('.posting-body').textContent())?.trim(), { message: `the body of ${offerId}` });
      await expectClean(popup.page, `card of ${offerId}`, '.posting-body, [data-testid="offer-card"]', '#card-title');
      if (offerId.endsWith('piege-tout.md') || offerId.endsWith('piege-corps.md')) {
        // The text around the payloads is still there, and the one safe link survives.
        expect(body).toContain('cellule');
        expect(await card.locator('.posting-body a').evaluateAll((links) => links.map((link) => link.getAttribute('href')).filter(Boolean))).toEqual(['https://example.org/ok']);
      }
      await popup.back();
    }
    await popup.page.close();
  });

  it('lists them as saved, with a hostile note, as plain text', async () => {
    const popup = await PopupPage.open(extension);
    await popup.openSaved();
    await waitFor(async () => (await popup.savedOffers().count()) === offerIds.length, { message: 'the saved offers' });
    await expectClean(popup.page, 'saved list', '.saved', 'input[type="search"]');
    await popup.page.close();
  });

  it('shows the source, the broken files named with markup and the history in the options page as plain text', async () => {
    const page = (await OptionsPage.open(extension)).page;
    const source = page.locator(`[data-testid="source"][data-source-url=${JSON.stringify(sourceUrl)}]`);
    await source.locator('details.problems > summary').click();
    const problems = source.locator('details.problems li');
    // The two broken files, and piege-tout.md whose data: URL was dropped (a 'repaired' file).
    await waitFor(async () => (await problems.count()) === BAD_NAMES.length + 1, { message: 'the problem list' });
    // The names are shown as they are, as text.
    const listed = await problems.locator('code').allTextContents();
    expect(listed).toEqual(expect.arrayContaining(BAD_NAMES.map((name) => `${FOLDER}/${name}`)));
    await expect(source.locator('h3').textContent()).resolves.toContain(`<img src=${server.origin}/canary-source-name`);
    await page.locator('[data-testid="history"]').waitFor();
    await expectClean(page, 'options page', '.sources, .problems, [data-testid="history"]', 'h1');
    await page.close();
  });

  // Fails today for the titles made only of invisible characters: lib/postings/derive-title.ts
  // (clean) keeps a title of U+200B…/U+202E… as present, so the list and the card show nothing.
  it('shows visible text for titles made of bidi controls and zero-width characters', async () => {
    const popup = await PopupPage.open(extension);
    const shown: Record<string, { row: string; card: string }> = {};
    for (const name of Object.keys(UNICODE_TITLES)) {
      const offerId = `${sourceId}:${FOLDER}/${name}`;
      const row = `[data-testid="offer"][data-offer-id="${offerId}"]`;
      await popup.page.locator(row).waitFor();
      const rowText = await visibleText(popup.page, `${row} .offer-title`);
      await popup.page.locator(`${row} .offer-open`).click();
      await popup.page.locator('#card-title').waitFor();
      shown[name] = { row: rowText, card: await visibleText(popup.page, '#card-title') };
      await popup.back();
    }
    await popup.page.close();
    // A title of invisible characters only must fall back to something one can read.
    const invisible = Object.entries(shown).flatMap(([name, { row, card }]) => [...(row ? [] : [`${name} in the list`]), ...(card ? [] : [`${name} on its card`])]);
    expect(invisible).toEqual([]);
  });

  it('ran nothing anywhere and fetched no canary', async () => {
    expect(await extension.worker.evaluate((name) => (globalThis as Record<string, unknown>)[name], CANARY)).toBeUndefined();
    expect(server.requests.filter((request) => /canary/.test(request.path)).map((request) => request.path)).toEqual([]);
  });
});
