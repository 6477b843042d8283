import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSource, setSourcePaused } from '../../lib/db';
import { createHttpClient } from '../../lib/sources';
import { nextHostRetry, runSync, sourcesToSync, toSyncSummary } from '../../lib/sync/run-sync';
import { SyncCoordinator } from '../../lib/sync/sync-coordinator';
import { freshDatabase } from '../db/test-database';
import { startGitHubServer, type GitHubServer } from '../support/github-server';

let server: GitHubServer;
beforeAll(async () => {
  server = await startGitHubServer({ rateLimit: { remaining: 100_000 } });
});
afterAll(() => server.close());

async function followedFolder(db: ReturnType<typeof freshDatabase>, repoName: string) {
  const added = await addSource(db, server.apiUrl('o', repoName, 'jobs', 'main'));
  if (!added.ok) throw new Error(`not added: ${added.error}`);
  return added.source;
}

describe('runSync', () => {
  it('syncs the sources, then refreshes the popup’s board and says whether it changed', async () => {
    const repo = server.repo('o', 'whole', 'main');
    repo.setFile('jobs/dev.md', '---\ntitle: Développeuse Python\nopen: true\n---\n\nPython et Django.\n');
    repo.setFile('jobs/design.md', '---\ntitle: Designer produit\nopen: true\n---\n\nFigma.\n');
    const db = freshDatabase();
    const source = await followedFolder(db, 'whole');
    const coordinator = new SyncCoordinator(async () => ({ db, http: createHttpClient({ backoffMs: 1 }) }));

    const first = await runSync(db, coordinator, [source]);
    // Counted as opened; the first sync of a source is a baseline, which the notifications leave out (tests/notify).
    expect(toSyncSummary(first)).toEqual({ added: 2, updated: 0, removed: 0, opened: 2, failed: 0 });
    expect(first.boardChanged).toBe(true);
    const board = await db.board.get('current');
    expect(board?.summaries.map((summary) => summary.title).sort()).toEqual(['Designer produit', 'Développeuse Python']);

    const again = await runSync(db, coordinator, [(await db.sources.get(source.id))!]);
    expect(toSyncSummary(again)).toEqual({ added: 0, updated: 0, removed: 0, opened: 0, failed: 0 });
    expect(again.boardChanged).toBe(false);

    repo.setFile('jobs/ops.md', '---\ntitle: Ingénieur SRE\nopen: true\n---\n\nKubernetes.\n');
    const third = await runSync(db, coordinator, [(await db.sources.get(source.id))!]);
    expect(toSyncSummary(third)).toEqual({ added: 1, updated: 0, removed: 0, opened: 1, failed: 0 });
    expect(third.boardChanged).toBe(true);
    expect((await db.board.get('current'))?.summaries).toHaveLength(3);
  });
});

describe('sourcesToSync', () => {
  it('takes every source not paused, and a source named even when paused', async () => {
    const db = freshDatabase();
    const kept = await followedFolder(db, 'kept');
    const paused = await followedFolder(db, 'paused');
    await setSourcePaused(db, paused.id, true);
    expect((await sourcesToSync(db)).map((source) => source.id)).toEqual([kept.id]);
    expect((await sourcesToSync(db, paused.id)).map((source) => source.id)).toEqual([paused.id]);
    expect(await sourcesToSync(db, 'no-such-source')).toEqual([]);
  });
});

describe('nextHostRetry', () => {
  it('is the first retry still to come among the hosts that stopped answering', async () => {
    const db = freshDatabase();
    await db.hosts.bulkPut([
      { host: 'past.example', retryAt: 900 },
      { host: 'later.example', retryAt: 5_000 },
      { host: 'sooner.example', retryAt: 2_000 },
      { host: 'answering.example' },
    ]);
    expect(await nextHostRetry(db, 1_000)).toBe(2_000);
    expect(await nextHostRetry(db, 6_000)).toBeUndefined();
  });
});
