import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addSource, type SourceRecord, type VigieDatabase } from '../../lib/db';
import { createHttpClient } from '../../lib/sources';
import { retryDelayMs, UNREACHABLE_AFTER_FAILURES } from '../../lib/sync/host-reachability';
import { runSourceSync } from '../../lib/sync/run-source-sync';
import { startGitHubServer, type GitHubServer } from '../support/github-server';
import { freshDatabase } from '../db/test-database';

const FOLDER = 'jobs';
const FILES = 40;
const CONCURRENCY = 6;
const ATTEMPTS = 3;
const posting = (title: string) => `---\ntitle: ${title}\nopen: true\n---\n\nUn texte.\n`;
const MINUTE = 60_000;

/** The server "stops" after `answered` requests: every later fetch fails as a refused connection does in a browser. */
function stoppableFetch() {
  const state = { answered: Infinity, refused: 0 };
  const fetchImpl: typeof fetch = async (input, init) => {
    if (state.answered <= 0) {
      state.refused++;
      throw new TypeError('Failed to fetch');
    }
    state.answered--;
    return fetch(input, init);
  };
  return { state, fetchImpl };
}

describe('a host that stops answering', () => {
  let server: GitHubServer;
  let db: VigieDatabase;
  let source: SourceRecord;
  let repoName = 0;
  const network = stoppableFetch();
  const http = createHttpClient({ fetch: network.fetchImpl, backoffMs: 1, deadlineMs: 2_000, attempts: ATTEMPTS });
  const host = () => new URL(server.origin).host;
  const repo = () => server.repo('o', `down${repoName}`, 'main');
  const sync = async (at: number, askedAt?: number) =>
    runSourceSync((await db.sources.get(source.id))!, { db, http, concurrency: CONCURRENCY, batchSize: 5, now: () => at, askedAt });
  const titles = async () => (await db.offers.where('sourceId').equals(source.id).toArray()).map((offer) => offer.title).sort();

  beforeAll(async () => {
    server = await startGitHubServer({ rateLimit: { remaining: 100_000 } });
  });
  afterAll(() => server.close());

  beforeEach(async () => {
    repoName++;
    network.state.answered = Infinity;
    network.state.refused = 0;
    db = freshDatabase();
    for (let index = 0; index < FILES; index++) repo().setFile(`${FOLDER}/f${index}.md`, posting(`Avant ${index}`));
    const added = await addSource(db, server.apiUrl('o', `down${repoName}`, FOLDER, 'main'));
    if (!added.ok) throw new Error('source not added');
    source = added.source;
    expect(await sync(Date.now())).toMatchObject({ complete: true, added: FILES });
    for (let index = 0; index < FILES; index++) repo().setFile(`${FOLDER}/f${index}.md`, posting(`Après ${index}`));
  });

  it('stops asking it after a few failures, keeps what is stored, and says so once, for the source', async () => {
    const start = Date.UTC(2026, 11, 6, 14, 2);
    network.state.answered = 1 + 5; // the listing and five files, then nothing
    const before = await titles();
    const outcome = await sync(start);

    expect(outcome.problem).toEqual({ kind: 'unreachable', host: host(), since: start, retryAt: start + 5 * MINUTE, detail: 'Failed to fetch' });
    // Each download in flight tries its attempts; no new one starts once the host is known silent.
    expect(network.state.refused).toBeLessThanOrEqual((UNREACHABLE_AFTER_FAILURES + CONCURRENCY) * ATTEMPTS);
    const files = await db.files.where('sourceId').equals(source.id).toArray();
    expect(files.filter((file) => file.problem)).toEqual([]);
    const after = await titles();
    expect(after).toHaveLength(FILES);
    // Only the five files actually read changed; every other offer is as it was.
    expect(after.filter((title) => title.startsWith('Après'))).toHaveLength(5);
    expect(after.filter((title) => before.includes(title))).toHaveLength(FILES - 5);
    const stored = await db.sources.get(source.id);
    expect(stored?.sync).toMatchObject({ status: 'error', error: { kind: 'unreachable' }, problemCount: 0 });
    expect(stored?.sync.listingEtag).toBeUndefined();
  });

  it('lets automatic syncs wait, backs off, retries when the user asks, and forgets the outage once the host answers', async () => {
    const start = Date.UTC(2026, 11, 6, 14, 2);
    network.state.answered = 0;
    expect((await sync(start)).problem).toMatchObject({ kind: 'unreachable', since: start, retryAt: start + retryDelayMs(1) });
    const refusedAtFirst = network.state.refused;
    expect(refusedAtFirst).toBe(ATTEMPTS);

    // An automatic sync before the retry time asks nothing.
    expect((await sync(start + MINUTE)).problem).toMatchObject({ kind: 'unreachable', retryAt: start + 5 * MINUTE });
    expect(network.state.refused).toBe(refusedAtFirst);

    // Due again: still silent, so the next try is further away, and the outage keeps its start.
    const second = start + 6 * MINUTE;
    expect((await sync(second)).problem).toMatchObject({ kind: 'unreachable', since: start, retryAt: second + 10 * MINUTE });

    // "Sync now" asks at once; the host answers again.
    network.state.answered = Infinity;
    const asked = second + MINUTE;
    expect(await sync(asked, asked)).toMatchObject({ complete: true, updated: FILES });
    expect(await db.hosts.get(host())).not.toHaveProperty('retryAt', expect.any(Number));
    expect((await db.sources.get(source.id))?.sync).toMatchObject({ status: 'ok', error: undefined });
  });

  it('retries the first time after five minutes, then longer, up to an hour', () => {
    expect([1, 2, 3, 4, 5, 9].map((count) => retryDelayMs(count) / MINUTE)).toEqual([5, 10, 20, 40, 60, 60]);
  });
});
