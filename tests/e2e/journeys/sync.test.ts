import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OptionsPage } from '../pages/options-page';
import { launchExtension, type LaunchedExtension } from '../support/extension';
import { BETA_FIXTURES, fixtureNames } from '../../support/fixtures';
import { startGitHubServer, type GitHubServer } from '../../support/github-server';
import { sendMessage } from '../support/send-message';

const FOLDER = 'content/_jobs';

describe('journey: follow a source and keep it in step', () => {
  let server: GitHubServer;
  let extension: LaunchedExtension;
  let options: OptionsPage;
  let sourceUrl: string;
  const fixtureCount = fixtureNames(BETA_FIXTURES).length;

  beforeAll(async () => {
    server = await startGitHubServer();
    server.repo('betagouv', 'beta.gouv.fr', 'main').loadFolder(BETA_FIXTURES, FOLDER);
    sourceUrl = server.apiUrl('betagouv', 'beta.gouv.fr', FOLDER, 'main');
    extension = await launchExtension();
    options = await OptionsPage.open(extension);
  });

  afterAll(async () => {
    await extension?.close();
    await server?.close();
  });

  const requestsOf = (kind: 'listing' | 'raw') => server.requests.filter((request) => request.kind === kind && request.method === 'GET');

  it('adds a source typed in the options page and syncs every posting', async () => {
    await options.addSource(sourceUrl);
    await options.waitForStatus(sourceUrl, 'ok', 60_000);
    expect(await options.count(sourceUrl)).toBe(fixtureCount);
    expect(requestsOf('raw')).toHaveLength(fixtureCount);
  });

  it('answers an unchanged folder with one listing request and no download', async () => {
    server.clearRequests();
    const summary = await sendMessage(options.page, { type: 'sync' });
    expect(summary).toEqual({ added: 0, updated: 0, removed: 0, opened: 0, failed: 0 });
    expect(requestsOf('listing').map((request) => request.status)).toEqual([304]);
    expect(requestsOf('raw')).toHaveLength(0);
  });

  it('downloads only the file that changed', async () => {
    const repo = server.repo('betagouv', 'beta.gouv.fr', 'main');
    const path = `${FOLDER}/${fixtureNames(BETA_FIXTURES)[0]}`;
    repo.setFile(path, `---\ntitle: Développeuse Rust (mise à jour)\nopen: true\n---\n\nUn poste modifié.\n`);
    server.clearRequests();
    const summary = await sendMessage(options.page, { type: 'sync' });
    expect(summary).toMatchObject({ added: 0, updated: 1, removed: 0, failed: 0 });
    expect(requestsOf('listing')).toHaveLength(1);
    expect(requestsOf('raw').map((request) => request.path)).toEqual([expect.stringContaining(fixtureNames(BETA_FIXTURES)[0]!.slice(0, 10))]);
    expect(await options.count(sourceUrl)).toBe(fixtureCount);
  });

  it('loses nothing when the server fails mid-sync, and completes on the next sync', async () => {
    const repo = server.repo('betagouv', 'beta.gouv.fr', 'main');
    for (let index = 0; index < 5; index++) {
      repo.setFile(`${FOLDER}/2030-01-0${index + 1}-nouvelle-offre-${index}.md`, `---\ntitle: Nouvelle offre ${index}\nopen: true\n---\n\nTexte ${index}.\n`);
    }
    server.setFaults({ probability: 1, kinds: ['status500'], on: ['raw'], seed: 7 });
    const failed = await sendMessage(options.page, { type: 'sync' });
    expect(failed).toMatchObject({ added: 0, removed: 0, failed: 5 });
    await options.waitForStatus(sourceUrl, 'error');
    expect(await options.count(sourceUrl)).toBe(fixtureCount);

    server.clearFaults();
    const completed = await sendMessage(options.page, { type: 'sync' });
    expect(completed).toMatchObject({ added: 5, opened: 5, removed: 0, failed: 0 });
    await options.waitForStatus(sourceUrl, 'ok');
    expect(await options.count(sourceUrl)).toBe(fixtureCount + 5);
  });

  it('marks a file removed from the folder as removed', async () => {
    const repo = server.repo('betagouv', 'beta.gouv.fr', 'main');
    repo.removeFile(`${FOLDER}/2030-01-01-nouvelle-offre-0.md`);
    const summary = await sendMessage(options.page, { type: 'sync' });
    expect(summary).toMatchObject({ removed: 1, failed: 0 });
    await options.waitForStatus(sourceUrl, 'ok');
    expect(await options.count(sourceUrl)).toBe(fixtureCount + 4);
  });
});
