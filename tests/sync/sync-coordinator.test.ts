import { afterAll, beforeAll, expect, it } from 'vitest';
import { addSource } from '../../lib/db';
import { createHttpClient } from '../../lib/sources';
import { SyncCoordinator } from '../../lib/sync/sync-coordinator';
import { freshDatabase } from '../db/test-database';
import { startGitHubServer, type GitHubServer } from '../support/github-server';
import { waitFor } from '../support/wait-for';

let server: GitHubServer;
beforeAll(async () => {
  server = await startGitHubServer({ rateLimit: { remaining: 100_000 } });
});
afterAll(() => server.close());

it('never runs one source twice at once, and runs once more for requests made during a sync', async () => {
  const repo = server.repo('o', 'coordinated', 'main');
  repo.setFile('jobs/a.md', '---\ntitle: A\nopen: true\n---\n\nTexte.\n');
  const db = freshDatabase();
  const added = await addSource(db, server.apiUrl('o', 'coordinated', 'jobs', 'main'));
  if (!added.ok) throw new Error('not added');
  const coordinator = new SyncCoordinator(async () => ({ db, http: createHttpClient({ backoffMs: 1 }) }));
  server.setFaults({ probability: 1, kinds: ['delay'], on: ['raw'], seed: 1, delayMs: 200 });

  server.clearRequests();
  const first = coordinator.syncSource(added.source.id);
  expect(coordinator.isSyncing(added.source.id)).toBe(true);
  await waitFor(() => server.requests.some((request) => request.kind === 'raw'), { message: 'the first sync to download' });
  // A change made while the first sync runs (after its listing), and two requests for it.
  repo.setFile('jobs/b.md', '---\ntitle: B\nopen: true\n---\n\nTexte.\n');
  const second = coordinator.syncSource(added.source.id);
  const third = coordinator.syncSource(added.source.id);
  expect(third).toBe(second);
  server.clearRequests();
  const [before, after] = await Promise.all([first, second]);
  expect(before).toMatchObject({ added: 1 });
  expect(after).toMatchObject({ added: 1, failed: 0 });
  expect((await db.offers.toArray()).map((offer) => offer.title).sort()).toEqual(['A', 'B']);
  expect(server.requests.filter((request) => request.kind === 'listing')).toHaveLength(1);
  server.clearFaults();
});
