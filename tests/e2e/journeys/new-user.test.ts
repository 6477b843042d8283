import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OptionsPage } from '../pages/options-page';
import { PopupPage } from '../pages/popup-page';
import { launchExtension, type LaunchedExtension } from '../support/extension';
import { startGitHubServer, type GitHubServer } from '../../support/github-server';
import { waitFor } from '../../support/wait-for';

const posting = (index: number) => `---\ntitle: Offre ${index}\nopen: true\n---\n\nTexte ${index}.\n`;

/** What a new user meets first: adding sources by hand, and a server that stops answering. */
describe('journey: a new user adds sources, and a host stops answering', () => {
  let server: GitHubServer;
  let extension: LaunchedExtension;
  let options: OptionsPage;

  beforeAll(async () => {
    server = await startGitHubServer();
    const repo = server.repo('coop', 'site', 'main');
    for (let index = 0; index < 40; index++) repo.setFile(`offres/offre-${index}.md`, posting(index));
    repo.setFile('docs/README.txt', 'Pas une offre');
    extension = await launchExtension();
    options = await OptionsPage.open(extension);
    // The two sources installed with Vigie are listed first.
    await waitFor(async () => ((await options.sourceUrls()).length >= 2 ? true : undefined), { message: 'the default sources' });
  });

  afterAll(async () => {
    await extension?.close();
    await server?.close();
  });

  it('takes an address typed without https:// (no browser tooltip), and says why it cannot be followed', async () => {
    const before = await options.sourceUrls();
    await options.addSource('github.com/coop/inconnu/tree/main/offres');
    // The host does not resolve on this offline machine: the form itself said so, in the UI language (English here), and kept nothing.
    expect(await options.addSourceAnswer()).toMatch(/^The server does not answer/);
    expect(await options.sourceUrls()).toEqual(before);
  });

  it('refuses a repository or a folder that does not exist, with the reason', async () => {
    const before = await options.sourceUrls();
    for (const url of [server.apiUrl('coop', 'inconnu', 'offres', 'main'), server.apiUrl('coop', 'site', 'absent', 'main')]) {
      await options.addSource(url);
      expect(await options.addSourceAnswer()).toMatch(/^Not found: this repository or folder does not exist/);
    }
    expect(await options.sourceUrls()).toEqual(before);
  });

  it('says a folder without posting files is empty', async () => {
    const url = server.apiUrl('coop', 'site', 'docs', 'main');
    await options.addSource(url);
    expect(await options.addSourceAnswer()).toMatch(/holds no posting file/);
    await options.waitForStatus(url, 'empty');
  });

  it('stops asking a host that does not answer, says so once with times, and keeps "Sync now" and what was stored', async () => {
    const url = server.apiUrl('coop', 'site', 'offres', 'main');
    server.setFaults({ probability: 1, kinds: ['reset'], on: ['raw'], seed: 1 });
    await options.addSource(url);
    await options.waitForStatus(url, 'error', 30_000).catch(() => undefined);
    expect(await options.status(url)).toBe('error');
    const resets = server.requests.filter((request) => request.kind === 'raw').length;
    // Three downloads in a row without an answer stop the sync; the ones already in flight end.
    expect(resets).toBeLessThanOrEqual((3 + 6) * 3);
    expect(await options.problem(url)).toMatch(/^127\.0\.0\.1:\d+ has not answered since \d{1,2}:\d\d( [AP]M)?; Vigie tries again at \d{1,2}:\d\d( [AP]M)?\.\s*Technical detail$/);
    expect(await options.source(url).locator('.problems').count()).toBe(0);
    expect(await options.source(url).locator('[data-testid="sync-source"]').isEnabled()).toBe(true);
    expect(await options.page.locator('main').innerText()).not.toMatch(/Failed to fetch|NetworkError/);

    const popup = await PopupPage.open(extension);
    // The popup reads the sources after its first paint: wait for the line to be written.
    const syncLine = await waitFor(async () => (await popup.syncLine().innerText()) || undefined, { message: 'the popup to say syncing is paused' });
    expect(syncLine).toMatch(/^Syncing paused: (api\.github\.com, )?127\.0\.0\.1:\d+ do(es)? not answer; Vigie tries again at \d{1,2}:\d\d( [AP]M)?\.$/);

    // The host is back: "Sync now" asks it at once, and the message goes.
    server.clearFaults();
    await options.source(url).locator('[data-testid="sync-source"]').click();
    // It shows 'error' until the new sync starts: wait for 'ok' itself.
    await waitFor(async () => ((await options.status(url)) === 'ok' ? true : undefined), { message: 'the source to sync again', timeout: 30_000 });
    expect(await options.count(url)).toBe(40);
    // (The default sources' api.github.com stays silent on this offline machine.)
    const serverHost = new URL(server.origin).host;
    await waitFor(async () => (!(await popup.syncLine().innerText()).includes(serverHost) ? true : undefined), { message: 'the popup to stop naming the server' });
  });
});
