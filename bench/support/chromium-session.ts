import type { Page } from 'playwright-core';
import { launchExtension, type LaunchedExtension } from '../../tests/e2e/support/extension';
import { startGitHubServer, type GitHubServer } from '../../tests/support/github-server';
import { sendMessage } from '../../tests/e2e/support/send-message';
import { waitFor } from '../../tests/support/wait-for';
import type { PostingFile } from './posting-files';

export interface SyncedSession {
  server: GitHubServer;
  extension: LaunchedExtension;
  options: Page;
  sourceUrl: string;
  /** From the request to add the source until it shows "ok". */
  coldSyncMs: number;
  /** Highest used JS heap of the worker seen while syncing, in bytes (sampled every 200 ms). */
  peakHeapBytes: number;
  close(): Promise<void>;
}

/** A built Vigie (the build, or the unpacked copy at `extensionDir`) in headless Chromium that has just synced `files` from the local GitHub-like server. */
export async function syncInChromium(files: PostingFile[], extensionDir?: string): Promise<SyncedSession> {
  const server = await startGitHubServer({ rateLimit: { remaining: 1_000_000 } });
  const repo = server.repo('bench', 'jobs', 'main');
  for (const file of files) repo.setFile(`jobs/${file.path}`, file.content);
  const sourceUrl = server.apiUrl('bench', 'jobs', 'jobs', 'main');
  const extension = await launchExtension(extensionDir === undefined ? {} : { extensionDir });
  const options = await extension.openOptions();
  let peakHeapBytes = 0;
  const sampler = setInterval(() => {
    void extension.worker
      .evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0)
      .then((bytes) => (peakHeapBytes = Math.max(peakHeapBytes, bytes)))
      .catch(() => undefined);
  }, 200);
  const started = performance.now();
  await sendMessage(options, { type: 'addSource', url: sourceUrl });
  await waitFor(
    () => options.locator(`[data-testid="source"][data-source-url=${JSON.stringify(sourceUrl)}][data-status="ok"]`).count(),
    { timeout: 600_000, interval: 50, message: 'the cold sync' },
  );
  const coldSyncMs = performance.now() - started;
  clearInterval(sampler);
  return {
    server,
    extension,
    options,
    sourceUrl,
    coldSyncMs,
    peakHeapBytes,
    async close() {
      await extension.close();
      await server.close();
    },
  };
}
