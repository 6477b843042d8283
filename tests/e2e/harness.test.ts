import { readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { OptionsPage } from './pages/options-page';
import { launchExtension, type LaunchedExtension } from './support/extension';
import { startGitHubServer, type GitHubServer } from '../support/github-server';
import { writeMinimalExtension } from './support/minimal-extension';

/** The one extension API these tests call from a page (the repo has no @types/chrome). */
interface ChromeRuntime {
  chrome: { runtime: { sendMessage(message: { type: 'ping' }): Promise<{ startedAt: number }> } };
}

const MULTI_JOBS = resolve(import.meta.dirname, '../../../shared/fixtures/multi.coop-jobs');

let server: GitHubServer | undefined;
let extensionDir: string | undefined;
let extension: LaunchedExtension | undefined;

function launched(): { server: GitHubServer; extension: LaunchedExtension } {
  if (!server || !extension) throw new Error('beforeAll did not launch the harness');
  return { server, extension };
}

beforeAll(async () => {
  server = await startGitHubServer();
  server.repo('qloridant', 'multi-site-contents').loadFolder(MULTI_JOBS, 'texts/jobs/posts');
  extensionDir = await writeMinimalExtension();
  const started = performance.now();
  extension = await launchExtension({ extensionDir });
  console.info(`Chromium with the extension up in ${Math.round(performance.now() - started)} ms`);
});

afterEach(async () => {
  for (const page of extension?.context.pages().slice(1) ?? []) await page.close();
});

afterAll(async () => {
  await extension?.close();
  await server?.close();
  if (extensionDir) await rm(extensionDir, { recursive: true, force: true });
});

describe('launchExtension', () => {
  it('runs Chromium headless with the extension, whose id comes from its worker', async () => {
    const { extension } = launched();
    expect(extension.extensionId).toMatch(/^[a-p]{32}$/);
    expect(extension.worker.url()).toBe(extension.extensionUrl('background.js'));
    const userAgent = await extension.worker.evaluate(() => navigator.userAgent);
    expect(userAgent).toContain('HeadlessChrome');
  });

  it('opens the options page and the popup', async () => {
    const { extension } = launched();
    const options = await extension.openOptions();
    expect(await options.title()).toBe('Probe options');
    const popup = await extension.openPopup();
    expect(await popup.locator('h1').textContent()).toBe('Probe popup');
    expect(popup.url()).toBe(extension.extensionUrl('popup.html'));
  });

  it('fails with the install command when Chromium is missing', async () => {
    await expect(launchExtension({ extensionDir, executablePath: '/nonexistent/chromium' })).rejects.toThrow(
      'apt-get update && apt-get install -y chromium',
    );
  });

  it('fails with the build command when the extension is not built', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'vigie-e2e-empty-'));
    try {
      await expect(launchExtension({ extensionDir: empty })).rejects.toThrow('npm run build');
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});

describe('the worker and the GitHub-like server', () => {
  it('fetches a listing from the worker, through a CORS preflight, with the headers exposed', async () => {
    const { server, extension } = launched();
    server.clearRequests();
    const url = server.apiUrl('qloridant', 'multi-site-contents', 'texts/jobs/posts');

    const answer = await extension.worker.evaluate(async (listingUrl) => {
      // If-None-Match is not a CORS-safelisted header: Chrome sends a preflight first.
      const response = await fetch(listingUrl, { headers: { 'If-None-Match': '"stale"' } });
      const entries = (await response.json()) as Array<{ name: string; download_url: string }>;
      const firstFile = await (await fetch(entries[0]!.download_url)).text();
      return {
        status: response.status,
        names: entries.map((entry) => entry.name),
        etag: response.headers.get('etag'),
        remaining: response.headers.get('x-ratelimit-remaining'),
        firstFile,
      };
    }, url);

    expect(answer).toMatchObject({ status: 200, names: readdirSync(MULTI_JOBS).sort(), remaining: '59' });
    expect(answer.etag).toMatch(/^"[0-9a-f]{40}"$/);
    expect(answer.firstFile).toMatch(/^---/);
    expect(server.requests.map((request) => [request.method, request.kind])).toEqual([
      ['OPTIONS', 'other'],
      ['GET', 'listing'],
      ['GET', 'raw'],
    ]);
  });

  it('fails fetches in Chrome as the injected faults say', async () => {
    const { server, extension } = launched();
    const url = server.apiUrl('qloridant', 'multi-site-contents', 'texts/jobs/posts');
    const outcomes: string[] = [];
    for (const kind of ['reset', 'truncated', 'status502'] as const) {
      server.setFaults({ probability: 1, kinds: [kind], seed: 1, on: ['listing'] });
      const outcome = await extension.worker.evaluate(async (listingUrl) => {
        try {
          const response = await fetch(listingUrl, { cache: 'no-store' });
          return `${response.status} ${((await response.json()) as { message: string }).message}`;
        } catch (error) {
          return (error as Error).name;
        }
      }, url);
      outcomes.push(outcome);
    }
    server.clearFaults();
    expect(outcomes).toEqual(['TypeError', 'TypeError', '502 Server Error']);
  });

  it('drives the options page through its hooks', async () => {
    const { server, extension } = launched();
    const options = await OptionsPage.open(extension);
    const url = server.apiUrl('qloridant', 'multi-site-contents', 'texts/jobs/posts');

    await options.addSource(url);
    await options.waitForStatus(url, 'ok');

    expect(await options.sourceUrls()).toEqual([url]);
    expect(await options.count(url)).toBe(2);
  });

  it('reports a source in error at once', async () => {
    const { server, extension } = launched();
    const options = await OptionsPage.open(extension);
    const url = server.apiUrl('qloridant', 'missing-repo');

    await options.addSource(url);
    await expect(options.waitForStatus(url, 'ok', 5_000)).rejects.toThrow('is in error');
  });
});

describe('restartWorker', () => {
  it('stops the worker and starts a fresh one, without the old globals', async () => {
    const { extension } = launched();
    await extension.worker.evaluate(() => {
      (self as unknown as { marker: string }).marker = 'set before restart';
    });
    const startedBefore = await extension.worker.evaluate(() => performance.timeOrigin);

    const started = performance.now();
    const worker = await extension.restartWorker();
    console.info(`Worker restarted in ${Math.round(performance.now() - started)} ms`);

    expect(await worker.evaluate(() => (self as unknown as { marker?: string }).marker)).toBeUndefined();
    expect(await worker.evaluate(() => performance.timeOrigin)).toBeGreaterThan(startedBefore);
    expect(await extension.isWorkerRunning()).toBe(true);
  });

  it('leaves the worker stopped until an extension event wakes it', async () => {
    const { extension } = launched();
    const options = await extension.openOptions();
    const startedBefore = await extension.worker.evaluate(() => performance.timeOrigin);

    await extension.stopWorker();
    expect(await extension.isWorkerRunning()).toBe(false);

    const ping = () => options.evaluate(() => (globalThis as unknown as ChromeRuntime).chrome.runtime.sendMessage({ type: 'ping' }));
    const worker = await extension.restartWorker(ping);
    const { startedAt } = await ping();
    expect(startedAt).toBeGreaterThan(startedBefore);
    expect(await worker.evaluate(() => performance.timeOrigin)).toBe(startedAt);
  });
});
