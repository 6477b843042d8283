import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OptionsPage } from '../pages/options-page';
import { PopupPage } from '../pages/popup-page';
import { removeDefaultSources } from '../support/default-sources';
import { launchExtension, type LaunchedExtension } from '../support/extension';
import { auditPage } from '../support/page-audit';
import { builtCopyRefusingHosts, builtCopyWithHosts } from '../support/granted-copy';
import { recordNotifications } from '../support/notification-recorder';
import { readDatabase } from '../support/read-database';
import { sendMessage } from '../support/send-message';
import { BoardHosts, fixtureText, json, NOT_FOUND, xml } from '../../support/board-hosts';
import { startBoardServer, type BoardServer } from '../../support/board-server';
import { waitFor } from '../../support/wait-for';

// What the seeker pastes, and where Vigie reads it (resolved by the browser to the local HTTPS server).
const GREENHOUSE_PAGE = 'https://job-boards.greenhouse.io/acme';
const GREENHOUSE_API = 'https://boards-api.greenhouse.io/v1/boards/acme/jobs';
const MISSING_PAGE = 'https://boards.greenhouse.io/nope';
const LEVER_PAGE = 'https://jobs.lever.co/globex';
const LEVER_API = 'https://api.lever.co/v0/postings/globex';
const FEED = 'https://emplois.example.gouv.fr/offres/rss';
const HOSTS = ['boards-api.greenhouse.io', 'api.lever.co', 'emplois.example.gouv.fr'];

interface Job {
  id: number;
  title: string;
  content: string;
}

function boardHosts(jobs: Job[]): BoardHosts {
  const hosts = new BoardHosts();
  hosts.set(GREENHOUSE_API, json({ jobs, meta: { total: jobs.length } }));
  hosts.set('https://boards-api.greenhouse.io/v1/boards/nope/jobs', NOT_FOUND.greenhouse);
  hosts.set(LEVER_API, { status: 200, contentType: 'application/json', body: fixtureText('lever-postings.json') });
  hosts.set(FEED, xml(fixtureText('feed-rss.xml')));
  return hosts;
}

const greenhouseJobs = () => (JSON.parse(fixtureText('greenhouse-jobs.json')) as { jobs: Job[] }).jobs.slice(0, 2);

/** Pastes an address, waits for the board's preview, checks it and follows the board. */
async function followBoard(options: OptionsPage, page: string, preview: RegExp): Promise<void> {
  await options.addSource(page);
  const shown = options.page.getByTestId('board-preview');
  await shown.waitFor({ timeout: 20_000 });
  expect(await shown.textContent()).toMatch(preview);
  await options.page.getByTestId('confirm-board').click();
  await options.waitForStatus(page, 'ok', 30_000);
}

describe('journey: follow job boards and feeds from their page addresses (hosts allowed)', () => {
  let hosts: BoardHosts;
  let server: BoardServer;
  let extension: LaunchedExtension;
  let options: OptionsPage;
  let jobs: Job[];

  const publish = () => hosts.set(GREENHOUSE_API, json({ jobs, meta: { total: jobs.length } }));
  const greenhouseRequests = () => hosts.requests.filter((request) => request.url.startsWith(GREENHOUSE_API)).length;

  beforeAll(async () => {
    jobs = greenhouseJobs();
    hosts = boardHosts(jobs);
    server = await startBoardServer(hosts);
    const extensionDir = await builtCopyWithHosts(HOSTS.map((host) => `https://${host}/*`), ['notifications']);
    extension = await launchExtension({ extensionDir, mappedHosts: { names: HOSTS, port: server.port } });
    options = await OptionsPage.open(extension);
    await removeDefaultSources(options.page);
    await sendMessage(options.page, { type: 'updateSettings', patch: { notifications: { enabled: true, mutedSources: [], minMatchingSkills: 0, quietHours: null } } });
  });

  afterAll(async () => {
    await extension?.close();
    await server?.close();
  });

  it('adds a Greenhouse board from its page address: preview (name, open positions), then follow', async () => {
    await followBoard(options, GREENHOUSE_PAGE, /Acme.*2/);
    expect(await options.count(GREENHOUSE_PAGE)).toBe(2);
    // Adding costs the preview, the check every new source gets (lib/sources/check-source.ts), and the first sync.
    expect(greenhouseRequests()).toBe(3);
    // The board's host is listed apart from the sites where the page panel runs.
    const boardHostsLine = options.page.getByTestId('board-hosts');
    await boardHostsLine.waitFor();
    expect(await boardHostsLine.textContent()).toContain('boards-api.greenhouse.io');
    // (The journey's copy of Vigie holds the other boards' hosts too, not yet followed: they show as sites.)
    expect(await options.page.getByTestId('page-sites').textContent()).not.toContain('boards-api.greenhouse.io');
  });

  it('announces a posting added between syncs once, records an edit, and records the closing of a removed one', async () => {
    const created = await recordNotifications(extension.worker);
    const [first, second] = jobs as [Job, Job];
    jobs = [{ ...first, title: `${first.title} – confirmé·e` }, { id: 5000000001, title: 'Data Analyst (H/F)', content: '&lt;p&gt;SQL et Python, à Lyon.&lt;/p&gt;' }];
    publish();
    const before = greenhouseRequests();
    expect(await sendMessage(options.page, { type: 'sync' })).toMatchObject({ added: 1, updated: 1, opened: 1 });
    expect(greenhouseRequests() - before).toBe(1);
    expect(await created()).toHaveLength(1);

    const stored = await readDatabase(options.page, ['offers', 'events']);
    const closed = stored.offers.find((offer) => offer.path === String(second.id));
    expect(closed).toMatchObject({ listed: 1, status: 'closed' });
    expect(stored.events.filter((event) => event.type === 'closed' && event.offerId === closed?.id)).toHaveLength(1);
    expect(stored.offers.find((offer) => offer.path === String(first.id))?.title).toBe(`${first.title} – confirmé·e`);

    // Same answer again: nothing new to announce, nothing closed twice.
    await sendMessage(options.page, { type: 'sync' });
    expect(await created()).toHaveLength(1);
    const after = await readDatabase(options.page, ['events']);
    expect(after.events.filter((event) => event.type === 'closed')).toHaveLength(1);
    expect(after.events.filter((event) => event.type === 'opened' && !event.baseline)).toHaveLength(1);
  });

  it('adds a Lever site from its page address', async () => {
    await followBoard(options, LEVER_PAGE, /globex.*2/);
    expect(await options.count(LEVER_PAGE)).toBe(2);
  });

  it('adds a feed, read in the service worker, which has no DOMParser', async () => {
    expect(await extension.worker.evaluate(() => typeof (globalThis as { DOMParser?: unknown }).DOMParser)).toBe('undefined');
    await followBoard(options, FEED, /Offres d.emploi.*2/);
    const stored = await readDatabase(options.page, ['offers', 'sources']);
    const feed = stored.sources.find((source) => source.url === FEED);
    expect(stored.offers.filter((offer) => offer.sourceId === feed?.id).map((offer) => offer.title).sort()).toEqual([
      'Chargé ou chargée de mission numérique (H/F)',
      'Technicien ou technicienne de laboratoire',
    ]);
  });

  it('does not add a board that does not exist, and says why', async () => {
    await options.addSource(MISSING_PAGE);
    const alert = options.page.locator('#add-source-error');
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toContain('404');
    expect(await options.page.getByTestId('board-preview').count()).toBe(0);
    expect(await options.sourceUrls()).not.toContain(MISSING_PAGE);
  });

  it("renders a hostile description (entity-escaped, as Greenhouse sends it) through the sanitizer: nothing runs or loads", async () => {
    const canary = 'vigieBoardCanary';
    const origin = 'https://boards-api.greenhouse.io';
    const run = `globalThis.${canary}=1;fetch('${origin}/canary-run')`;
    const markup = [
      '<h3>La mission</h3><p>Texte sûr.</p>',
      `<script>${run}</script>`,
      `<img src="${origin}/canary-img" onerror="${run}">`,
      `<iframe src="${origin}/canary-iframe"></iframe>`,
      `<div style="background:url(${origin}/canary-style)">fond</div>`,
      `<p><a href="javascript:${run}">Postuler</a> <a href="https://example.org/ok">site</a></p>`,
    ].join('\n\n');
    const escapedOnce = markup.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    jobs = [...jobs, { id: 6000000001, title: `<img src=x onerror="${run}">Poste piégé`, content: escapedOnce }];
    publish();
    await sendMessage(options.page, { type: 'sync' });
    const source = (await readDatabase(options.page, ['sources'])).sources.find((each) => each.url === GREENHOUSE_PAGE);
    const offerId = `${source?.id}:6000000001`;

    const popup = await PopupPage.open(extension);
    await popup.page.locator(`[data-testid="offer"][data-offer-id="${offerId}"] .offer-open`).click();
    const card = popup.page.locator(`[data-testid="offer-card"][data-offer-id="${offerId}"]`);
    await waitFor(async () => (await card.locator('.posting-body h3').count()) === 1, { message: 'the rendered description' });
    await popup.page.waitForLoadState('networkidle');
    expect(await auditPage(popup.page, { canary, areas: '.posting-body, [data-testid="offer-card"]', onTop: '#card-title' })).toEqual({
      canary: undefined, handlers: [], foreignUrls: [], canaryAttributes: [], styles: [], onTop: true,
    });
    expect(await card.locator('.posting-body a').evaluateAll((links) => links.map((link) => link.getAttribute('href')).filter(Boolean))).toEqual(['https://example.org/ok']);
    expect(await card.locator('.posting-body').textContent()).toContain('Texte sûr.');
    await popup.page.close();
    expect(hosts.requests.filter((request) => request.url.includes('canary'))).toEqual([]);
  });

  it('shows a failed answer on the source and keeps every posting', async () => {
    hosts.set(GREENHOUSE_API, { status: 200, contentType: 'text/html', body: fixtureText('html-error-page.html') });
    await sendMessage(options.page, { type: 'sync' });
    await options.waitForStatus(GREENHOUSE_PAGE, 'error');
    expect(await options.source(GREENHOUSE_PAGE).locator('.error').textContent()).not.toBe('');
    const stored = await readDatabase(options.page, ['offers', 'sources']);
    const source = stored.sources.find((each) => each.url === GREENHOUSE_PAGE);
    expect(stored.offers.filter((offer) => offer.sourceId === source?.id && offer.listed === 1)).toHaveLength(4);
    expect(stored.offers.filter((offer) => offer.sourceId === source?.id && offer.status === 'open')).toHaveLength(3);
  });
});

describe('journey: a board whose host the seeker does not allow', () => {
  let hosts: BoardHosts;
  let server: BoardServer;
  let extension: LaunchedExtension;
  let options: OptionsPage;

  beforeAll(async () => {
    hosts = boardHosts(greenhouseJobs());
    server = await startBoardServer(hosts);
    extension = await launchExtension({ extensionDir: await builtCopyRefusingHosts(), mappedHosts: { names: HOSTS, port: server.port } });
    options = await OptionsPage.open(extension);
    await removeDefaultSources(options.page);
  });

  afterAll(async () => {
    await extension?.close();
    await server?.close();
  });

  it('adds nothing, reads nothing, and says that the permission is needed', async () => {
    await options.addSource(GREENHOUSE_PAGE);
    const alert = options.page.locator('#add-source-error');
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toContain('boards-api.greenhouse.io');
    await waitFor(async () => (await options.sources().count()) === 0, { timeout: 2_000, message: 'no source' });
    expect(hosts.requests).toEqual([]);
  });
});
