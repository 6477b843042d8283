import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OptionsPage } from '../pages/options-page';
import { launchExtension, type LaunchedExtension } from '../support/extension';
import { BETA_FIXTURES, fixtureNames } from '../../support/fixtures';
import { startGitHubServer, type GitHubServer } from '../../support/github-server';
import { builtCopyWithPermissions } from '../support/granted-copy';
import { sendMessage } from '../support/send-message';
import { waitFor } from '../../support/wait-for';

type ChromeApi = {
  chrome: {
    notifications: { getAll(): Promise<Record<string, boolean>> };
    action: { getBadgeText(details: object): Promise<string> };
  };
};

const openPosting = (title: string) => `---\ntitle: ${title}\nopen: true\nstartup: Vigie\n---\n\nUn poste ouvert.\n`;

describe('journey: one notification per sync for what newly opened', () => {
  let server: GitHubServer;
  let extension: LaunchedExtension;
  let options: OptionsPage;
  let sourceUrl: string;
  const names = fixtureNames(BETA_FIXTURES).slice(0, 3);

  beforeAll(async () => {
    server = await startGitHubServer();
    const repo = server.repo('betagouv', 'jobs', 'main');
    for (const name of names) repo.setFile(`jobs/${name}`, readFileSync(join(BETA_FIXTURES, name)));
    sourceUrl = server.apiUrl('betagouv', 'jobs', 'jobs', 'main');
    extension = await launchExtension({ extensionDir: await builtCopyWithPermissions(['notifications']) });
    options = await OptionsPage.open(extension);
    await sendMessage(options.page, { type: 'updateSettings', patch: { notifications: { enabled: true, mutedSources: [], minMatchingSkills: 0, quietHours: null } } });
  });

  afterAll(async () => {
    await extension?.close();
    await server?.close();
  });

  const shown = async () => Object.keys(await options.page.evaluate(() => (globalThis as unknown as ChromeApi).chrome.notifications.getAll())).sort();
  const badge = () => options.page.evaluate(() => (globalThis as unknown as ChromeApi).chrome.action.getBadgeText({}));
  const sync = () => sendMessage(options.page, { type: 'sync' });

  it('the first sync is a baseline: no notification, no badge', async () => {
    await options.addSource(sourceUrl);
    await options.waitForStatus(sourceUrl, 'ok', 60_000);
    await sync();
    expect(await shown()).toEqual([]);
    expect(await badge()).toBe('');
  });

  it('a new open file and a reopened file make one notification and a badge of 2', async () => {
    const repo = server.repo('betagouv', 'jobs', 'main');
    repo.setFile('jobs/2030-01-01-nouvelle.md', openPosting('Développeuse Python'));
    repo.setFile(`jobs/${names[0]}`, readFileSync(join(BETA_FIXTURES, names[0]!), 'utf8').replace(/^open:.*$/m, 'open: true').replace(/^(poste_pourvu|poste_ferme|depublication_date):.*$/gm, ''));
    expect(await sync()).toMatchObject({ added: 1, opened: 2 });
    const ids = await shown();
    expect(ids).toHaveLength(1);
    expect(ids[0]).toMatch(/^vigie:/);
    expect(await badge()).toBe('2');
  });

  it('an unchanged sync and an edit-only sync notify nothing', async () => {
    await sync();
    server.repo('betagouv', 'jobs', 'main').setFile('jobs/2030-01-01-nouvelle.md', `${openPosting('Développeuse Python')}\nÉdité.\n`);
    expect(await sync()).toMatchObject({ updated: 1, opened: 0 });
    expect(await shown()).toHaveLength(1);
  });

  it('a worker stopped in the middle of a sync resumes it without a duplicate', async () => {
    const firstId = (await shown())[0];
    const repo = server.repo('betagouv', 'jobs', 'main');
    for (let index = 0; index < 40; index++) repo.setFile(`jobs/2031-02-${String(index).padStart(2, '0')}-lot.md`, openPosting(`Lot ${index}`));
    // Downloads held past the worker's stop, however long it takes (10 s and more on a loaded host): the
    // sync cannot end, and announce, before it. With 400 ms each, a slow stop left it the time to.
    const slowDownloads = (delayMs: number) => server.setFaults({ probability: 1, kinds: ['delay'], on: ['raw'], seed: 1, delayMs });
    slowDownloads(60_000);
    void sync().catch(() => undefined);
    await waitFor(() => server.requests.some((request) => request.kind === 'raw' && request.path.includes('lot')), { message: 'downloads to start' });
    await extension.stopWorker();
    // Slow downloads for the resumed sync, so that it outlives the wiring below.
    slowDownloads(400);
    const worker = await extension.restartWorker();
    // Headless Chromium drops shown notifications after a while: count the calls in the new worker instead.
    await worker.evaluate(() => {
      const scope = globalThis as unknown as { created: string[]; chrome: { notifications: { create: (...args: unknown[]) => unknown } } };
      scope.created = [];
      const create = scope.chrome.notifications.create.bind(scope.chrome.notifications);
      scope.chrome.notifications.create = (...args: unknown[]) => {
        scope.created.push(String(args[0]));
        return create(...args);
      };
    });
    server.clearFaults();
    const created = () => worker.evaluate(() => (globalThis as unknown as { created: string[] }).created);
    await waitFor(async () => (await created()).length > 0, { timeout: 60_000, message: 'the notification of the resumed sync' });
    await options.waitForStatus(sourceUrl, 'ok', 30_000);
    await sync();
    const ids = await created();
    expect(ids).toHaveLength(1);
    expect(ids[0]).toMatch(/^vigie:/);
    expect(ids[0]).not.toBe(firstId);
    expect(await badge()).toBe('42');
  });

  it('marking all as seen clears the badge', async () => {
    await sendMessage(options.page, { type: 'markSeen' });
    expect(await badge()).toBe('');
  });
});
