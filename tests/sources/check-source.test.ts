import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSource } from '../../lib/db';
import { createHttpClient } from '../../lib/sources';
import { checkSource } from '../../lib/sources/check-source';
import { startGitHubServer, type GitHubServer } from '../support/github-server';
import { freshDatabase } from '../db/test-database';

describe('adding a source lists it first', () => {
  let server: GitHubServer;
  const http = createHttpClient({ backoffMs: 1, deadlineMs: 2_000, attempts: 1 });
  const check = (location: Parameters<typeof checkSource>[0]) => checkSource(location, http);

  beforeAll(async () => {
    server = await startGitHubServer({ rateLimit: { remaining: 100_000 } });
    const repo = server.repo('o', 'jobs', 'main');
    repo.setFile('offres/dev.md', '---\ntitle: Dev\n---\n');
    repo.setFile('offres/ops.md', '---\ntitle: Ops\n---\n');
    repo.setFile('docs/README.txt', 'not a posting folder');
    repo.setFile('docs/logo.png', new Uint8Array([137, 80, 78, 71]));
  });
  afterAll(() => server.close());

  it.each([
    ['a repository that does not exist', () => server.apiUrl('o', 'nope', 'offres', 'main')],
    ['a folder that does not exist', () => server.apiUrl('o', 'jobs', 'missing', 'main')],
  ])('refuses %s with the reason, and keeps nothing', async (_case, url) => {
    const db = freshDatabase();
    expect(await addSource(db, url(), { check })).toMatchObject({ ok: false, error: 'not-found', detail: expect.stringContaining('404') });
    expect(await db.sources.count()).toBe(0);
  });

  it('refuses a host that does not answer', async () => {
    const db = freshDatabase();
    const result = await addSource(db, 'http://127.0.0.1:9/repos/o/r/contents/jobs', { check });
    expect(result).toMatchObject({ ok: false, error: 'unreachable' });
    expect(await db.sources.count()).toBe(0);
  });

  it('refuses the address of a file where a folder is expected', async () => {
    const db = freshDatabase();
    expect(await addSource(db, server.apiUrl('o', 'jobs', 'offres/dev.md', 'main'), { check })).toMatchObject({ ok: false, error: 'not-a-folder' });
  });

  it('adds a folder and counts its posting files; a folder without any says 0', async () => {
    const db = freshDatabase();
    expect(await addSource(db, server.apiUrl('o', 'jobs', 'offres', 'main'), { check })).toMatchObject({ ok: true, postingFiles: 2 });
    expect(await addSource(db, server.apiUrl('o', 'jobs', 'docs', 'main'), { check })).toMatchObject({ ok: true, postingFiles: 0 });
  });

  it('gives two sources that would share a name distinct ones', async () => {
    const db = freshDatabase();
    const first = await addSource(db, 'https://github.com/o/r/tree/main/jobs');
    const second = await addSource(db, 'https://api.github.com/repos/o/r/contents/jobs?ref=master');
    expect([first.ok && first.source.name, second.ok && second.source.name]).toEqual(['o/r · jobs', 'o/r · jobs (2)']);
    const pinned = await addSource(db, 'github.com/o/r/tree/0123456789abcdef0123456789abcdef01234567/jobs');
    expect(pinned).toMatchObject({ ok: true, source: { archive: true, url: 'https://github.com/o/r/tree/0123456789abcdef0123456789abcdef01234567/jobs' } });
  });
});
