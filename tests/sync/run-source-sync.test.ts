import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rebuildBoard, refreshBoard } from '../../lib/board/refresh-board';
import { addSource, type SourceRecord, type VigieDatabase } from '../../lib/db';
import { createHttpClient } from '../../lib/sources';
import { runSourceSync, type SyncDependencies } from '../../lib/sync/run-source-sync';
import { BETA_FIXTURES, fixtureNames } from '../support/fixtures';
import { startGitHubServer, type GitHubServer } from '../support/github-server';
import { freshDatabase } from '../db/test-database';

const FOLDER = 'jobs';
const posting = (title: string, open: boolean) => `---\ntitle: ${title}\nopen: ${open}\n---\n\nUn texte.\n`;

describe('runSourceSync against a GitHub-like server', () => {
  let server: GitHubServer;
  let db: VigieDatabase;
  let source: SourceRecord;
  let repoName = 0;

  beforeAll(async () => {
    server = await startGitHubServer({ rateLimit: { remaining: 100_000 } });
  });
  afterAll(() => server.close());

  beforeEach(async () => {
    server.clearFaults();
    repoName++;
    db = freshDatabase();
    const added = await addSource(db, server.apiUrl('o', `r${repoName}`, FOLDER, 'main'));
    if (!added.ok) throw new Error('source not added');
    source = added.source;
  });

  const repo = () => server.repo('o', `r${repoName}`, 'main');
  const http = createHttpClient({ backoffMs: 1, deadlineMs: 2_000 });
  const deps = (extra: Partial<SyncDependencies> = {}): SyncDependencies => ({ db, http, ...extra });
  const sync = async (extra: Partial<SyncDependencies> = {}) => runSourceSync((await db.sources.get(source.id))!, deps(extra));
  const listed = async () => (await db.offers.where('sourceId').equals(source.id).toArray()).filter((offer) => offer.listed === 1);

  it('reads every real fixture on the first sync, as a baseline that announces nothing', async () => {
    repo().loadFolder(BETA_FIXTURES, FOLDER);
    const outcome = await sync();
    expect(outcome).toMatchObject({ complete: true, failed: 0, added: fixtureNames(BETA_FIXTURES).length });
    expect(await listed()).toHaveLength(fixtureNames(BETA_FIXTURES).length);
    expect(await db.events.where('announce').equals('pending').count()).toBe(0);
    const stored = await db.sources.get(source.id);
    expect(stored?.sync).toMatchObject({ status: 'ok', count: fixtureNames(BETA_FIXTURES).length, problemCount: 0 });
  });

  it('costs one listing answered 304 when nothing changed', async () => {
    repo().setFile(`${FOLDER}/a.md`, posting('A', true));
    await sync();
    server.clearRequests();
    const outcome = await sync();
    expect(outcome).toMatchObject({ complete: true, added: 0, updated: 0 });
    expect(server.requests.filter((request) => request.method === 'GET').map((request) => [request.kind, request.status])).toEqual([['listing', 304]]);
  });

  it('reads a folder beyond the 1,000 entries of the contents API through the git trees API', async () => {
    const names = Array.from({ length: 1205 }, (_, index) => `offre-${String(index).padStart(4, '0')}.md`);
    for (const name of names) repo().setFile(`${FOLDER}/${name}`, posting(name, true));
    repo().setFile('README.md', '# Offres');
    const first = await sync();
    expect(first).toMatchObject({ complete: true, failed: 0, added: names.length });
    expect(await listed()).toHaveLength(names.length);

    // One removal among the first thousand listed, one beyond: both seen, as the listing is complete.
    repo().removeFile(`${FOLDER}/${names[3]}`);
    repo().removeFile(`${FOLDER}/${names[1200]}`);
    repo().setFile(`${FOLDER}/${names[1100]}`, posting('Modifiée', false));
    server.clearRequests();
    const second = await sync();
    expect(second).toMatchObject({ complete: true, removed: 2, updated: 1, closed: 1 });
    expect(await listed()).toHaveLength(names.length - 2);
    const kinds = server.requests.filter((request) => request.method === 'GET').map((request) => request.kind);
    expect(kinds).toEqual(['listing', 'listing', 'git-tree', 'raw']);
  }, 60_000);

  it('removes nothing when the tree of a folder over 1,000 entries cannot be read', async () => {
    const names = Array.from({ length: 1001 }, (_, index) => `offre-${String(index).padStart(4, '0')}.md`);
    for (const name of names) repo().setFile(`${FOLDER}/${name}`, posting(name, true));
    await sync();
    repo().removeFile(`${FOLDER}/${names[1000]}`);
    server.setFaults({ probability: 1, kinds: ['status500'], on: ['tree'], seed: 3 });
    const outcome = await sync();
    expect(outcome).toMatchObject({ removed: 0, closed: 0 });
    expect(await listed()).toHaveLength(names.length);
  }, 60_000);

  it('reads again, quietly, the unchanged files an older parser read', async () => {
    repo().setFile(`${FOLDER}/a.md`, '---\ntitle: A\nstatus: open\nposte_pourvu: true\n---\n\nUn texte.\n');
    repo().setFile(`${FOLDER}/b.md`, posting('B', true));
    await sync();
    // As an older parser left them: files and source marked with reader 1, an offer read otherwise.
    const files = await db.files.where('sourceId').equals(source.id).toArray();
    await db.files.bulkPut(files.map((file) => ({ ...file, readerVersion: 1 })));
    const stale = (await listed()).find((offer) => offer.title === 'A')!;
    await db.offers.put({ ...stale, status: 'open', organization: 'read by an older parser' });
    const stored = (await db.sources.get(source.id))!;
    await db.sources.put({ ...stored, sync: { ...stored.sync, readerVersion: 1 } });
    await rebuildBoard(db);
    server.clearRequests();
    const eventsBefore = await db.events.count();

    const outcome = await sync();
    const kinds = server.requests.filter((request) => request.method === 'GET').map((request) => [request.kind, request.status]);
    expect(kinds.filter(([kind]) => kind === 'listing')).toEqual([['listing', 200]]);
    expect(kinds.filter(([kind]) => kind !== 'listing')).toHaveLength(2);
    const reread = (await listed()).find((offer) => offer.title === 'A')!;
    expect(reread).toMatchObject({ status: 'closed', organization: undefined, updatedAt: stale.updatedAt });
    expect(outcome).toMatchObject({ added: 0, updated: 0, opened: 0, closed: 0 });
    expect(await db.events.count()).toBe(eventsBefore);
    // No event says so, yet the popup's board shows what the newer parser read.
    expect(await refreshBoard(db)).toBe(true);
    const summaryOfA = (await db.board.get('current'))!.summaries.find((summary) => summary.title === 'A');
    expect(summaryOfA).toMatchObject({ status: 'closed' });
    expect(summaryOfA).not.toHaveProperty('organization', 'read by an older parser');

    server.clearRequests();
    await sync();
    expect(server.requests.filter((request) => request.method === 'GET').map((request) => [request.kind, request.status])).toEqual([['listing', 304]]);
  });

  it('records openings after the baseline: new open file, and closed → open', async () => {
    repo().setFile(`${FOLDER}/a.md`, posting('A', false));
    await sync();
    repo().setFile(`${FOLDER}/a.md`, posting('A', true));
    repo().setFile(`${FOLDER}/b.md`, posting('B', true));
    repo().setFile(`${FOLDER}/c.md`, posting('C', false));
    const outcome = await sync();
    expect(outcome).toMatchObject({ added: 2, updated: 1, opened: 2, closed: 0 });
    const pending = await db.events.where('announce').equals('pending').toArray();
    expect(pending.map((event) => event.title).sort()).toEqual(['A', 'B']);
  });

  it('keeps every offer when downloads fail, and completes on the next sync', async () => {
    repo().setFile(`${FOLDER}/a.md`, posting('A', true));
    await sync();
    repo().setFile(`${FOLDER}/a.md`, posting('A', false));
    repo().setFile(`${FOLDER}/b.md`, posting('B', true));
    server.setFaults({ probability: 1, kinds: ['status500', 'reset', 'truncated'], on: ['raw'], seed: 1 });
    const failed = await sync();
    expect(failed).toMatchObject({ complete: false, closed: 0, removed: 0 });
    // A reset connection leaves its file unread (no answer), a 500 or a cut body fails it: either way it waits for the next sync.
    expect(failed.failed + failed.unread).toBe(2);
    expect((await listed()).map((offer) => [offer.title, offer.status])).toEqual([['A', 'open']]);
    expect((await db.sources.get(source.id))?.sync.status).toBe('error');

    server.clearFaults();
    const completed = await sync();
    expect(completed).toMatchObject({ complete: true, failed: 0, added: 1, closed: 1 });
    expect((await listed()).map((offer) => [offer.title, offer.status]).sort()).toEqual([['A', 'closed'], ['B', 'open']]);
  });

  it('never removes or closes anything when the listing fails', async () => {
    repo().setFile(`${FOLDER}/a.md`, posting('A', true));
    repo().setFile(`${FOLDER}/b.md`, posting('B', true));
    await sync();
    repo().removeFile(`${FOLDER}/a.md`);
    server.setFaults({ probability: 1, kinds: ['status502', 'truncated'], on: ['listing'], seed: 3 });
    const outcome = await sync();
    expect(outcome).toMatchObject({ complete: false, removed: 0 });
    expect(await listed()).toHaveLength(2);
    server.clearFaults();
    expect(await sync()).toMatchObject({ complete: true, removed: 1 });
    expect((await listed()).map((offer) => offer.title)).toEqual(['B']);
  });

  it('treats a folder that is gone (404) as an error, not as "everything removed"', async () => {
    repo().setFile(`${FOLDER}/a.md`, posting('A', true));
    await sync();
    repo().removeFile(`${FOLDER}/a.md`);
    expect(await sync()).toMatchObject({ complete: false, removed: 0, problem: { failure: { kind: 'http', status: 404 } } });
    expect(await listed()).toHaveLength(1);
  });

  it('resumes a sync stopped half-way without duplicates', async () => {
    for (let index = 0; index < 30; index++) repo().setFile(`${FOLDER}/f${index}.md`, posting(`F${index}`, true));
    const stop = new AbortController();
    let batches = 0;
    const interrupted = await sync({
      batchSize: 5,
      concurrency: 2,
      signal: stop.signal,
      now: () => {
        if (++batches === 8) stop.abort();
        return Date.now();
      },
    });
    expect(interrupted.complete).toBe(false);
    const before = await listed();
    expect(before.length).toBeGreaterThan(0);
    expect(before.length).toBeLessThan(30);
    server.clearRequests();
    const resumed = await sync();
    expect(resumed).toMatchObject({ complete: true, added: 30 - before.length });
    expect(server.requests.filter((request) => request.kind === 'raw')).toHaveLength(30 - before.length);
    expect(await listed()).toHaveLength(30);
    expect(await db.events.where('type').equals('added').count()).toBe(30);
  });

  it('attaches a clear problem to a broken file and keeps the good ones', async () => {
    repo().setFile(`${FOLDER}/good.md`, posting('Bon', true));
    repo().setFile(`${FOLDER}/empty.md`, '');
    repo().setFile(`${FOLDER}/binary.md`, new Uint8Array([0, 1, 2, 0, 255, 0]));
    repo().setFile(`${FOLDER}/evil.md`, '---js\n{ title: (globalThis.pwned = true) }\n---\nbody');
    const outcome = await sync();
    expect(outcome.complete).toBe(true);
    expect((await listed()).map((offer) => offer.title)).toContain('Bon');
    const problems = (await db.files.where('sourceId').equals(source.id).toArray()).filter((file) => file.problem);
    expect(problems.map((file) => [file.path, file.problem?.kind])).toEqual([
      [`${FOLDER}/binary.md`, 'posting'],
      [`${FOLDER}/empty.md`, 'posting'],
      // A `---js` block is never run: the file is read from its body, and the repair is reported.
      [`${FOLDER}/evil.md`, 'repaired'],
    ]);
    expect(problems.every((file) => JSON.stringify(file.problem).length > 40)).toBe(true);
    expect((globalThis as Record<string, unknown>).pwned).toBeUndefined();
    expect((await db.sources.get(source.id))?.sync.problemCount).toBe(3);
  });

  it('stops asking a host that rate-limited it until the reset', async () => {
    repo().setFile(`${FOLDER}/a.md`, posting('A', true));
    const resetAt = Math.floor(Date.now() / 1000) + 3600;
    server.setRateLimit({ remaining: 0, resetAt });
    const limited = await sync();
    expect(limited.problem).toMatchObject({ kind: 'fetch', failure: { kind: 'rate-limited', resetAt: resetAt * 1000 } });
    server.setRateLimit({ remaining: 1000 });
    server.clearRequests();
    const again = await sync();
    expect(again.problem).toMatchObject({ failure: { kind: 'rate-limited' } });
    expect(server.requests).toHaveLength(0);
    const later = await sync({ now: () => resetAt * 1000 + 1 });
    expect(later).toMatchObject({ complete: true, added: 1 });
  });
});
