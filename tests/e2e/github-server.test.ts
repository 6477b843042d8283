import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startGitHubServer, type GitHubServer } from '../support/github-server';

const BETA_JOBS = resolve(import.meta.dirname, '../../../shared/fixtures/beta.gouv.fr-jobs');
const ACCENTED = '2020-11-28-trackdechets_stagebizdév.md';

interface Entry {
  name: string;
  path: string;
  sha: string;
  size: number;
  type: string;
  url: string;
  html_url: string;
  git_url: string;
  download_url: string | null;
  _links: Record<string, string>;
}

/** Computed here, apart from the server's code: git hash-object's formula. */
function blobSha(content: Buffer | string): string {
  const bytes = Buffer.from(content);
  return createHash('sha1').update(`blob ${bytes.byteLength}\0`).update(bytes).digest('hex');
}

async function listing(url: string): Promise<Entry[]> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  return (await response.json()) as Entry[];
}

let server: GitHubServer;

beforeEach(async () => {
  server = await startGitHubServer();
  server.repo('betagouv', 'beta.gouv.fr', 'master').loadFolder(BETA_JOBS, 'content/_jobs');
});

afterEach(async () => {
  await server.close();
});

describe('contents API', () => {
  it('lists a folder like GitHub, with git blob shas', async () => {
    const entries = await listing(server.apiUrl('betagouv', 'beta.gouv.fr', 'content/_jobs', 'master'));

    const onDisk = readdirSync(BETA_JOBS).sort();
    expect(entries.map((entry) => entry.name)).toEqual(onDisk);
    for (const entry of entries) {
      const content = readFileSync(join(BETA_JOBS, entry.name));
      expect(entry).toMatchObject({ path: `content/_jobs/${entry.name}`, type: 'file', size: content.byteLength });
      expect(entry.sha).toBe(blobSha(content));
      expect(Object.keys(entry)).toEqual(['name', 'path', 'sha', 'size', 'url', 'html_url', 'git_url', 'download_url', 'type', '_links']);
      expect(entry._links).toEqual({ self: entry.url, git: entry.git_url, html: entry.html_url });
      expect(entry.download_url?.startsWith(`${server.origin}/raw/betagouv/beta.gouv.fr/master/content/_jobs/`)).toBe(true);
    }
  });

  it('matches the sha git gives a known blob', async () => {
    server.repo('o', 'r').setFile('hello.txt', 'hello\n');
    const [entry] = await listing(server.apiUrl('o', 'r'));
    // `echo hello | git hash-object --stdin`
    expect(entry?.sha).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
  });

  it('lists directories at the root, with no download_url', async () => {
    const entries = await listing(server.apiUrl('betagouv', 'beta.gouv.fr', '', 'master'));
    expect(entries).toEqual([expect.objectContaining({ name: 'content', path: 'content', type: 'dir', size: 0, download_url: null })]);
    expect(entries[0]?.sha).toMatch(/^[0-9a-f]{40}$/);
  });

  it('uses the first branch named as the default ref', async () => {
    const entries = await listing(server.apiUrl('betagouv', 'beta.gouv.fr', 'content/_jobs'));
    expect(entries).toHaveLength(61);
  });

  it('answers one file with base64 content', async () => {
    const response = await fetch(server.apiUrl('betagouv', 'beta.gouv.fr', `content/_jobs/${ACCENTED}`, 'master'));
    const file = (await response.json()) as Entry & { content: string; encoding: string };

    expect(file).toMatchObject({ name: ACCENTED, type: 'file', encoding: 'base64' });
    expect(Buffer.from(file.content, 'base64')).toEqual(readFileSync(join(BETA_JOBS, ACCENTED)));
  });

  it.each([
    ['an unknown path', (s: GitHubServer) => s.apiUrl('betagouv', 'beta.gouv.fr', 'content/nope', 'master')],
    ['an unknown repository', (s: GitHubServer) => s.apiUrl('nobody', 'nothing')],
    ['an unknown ref', (s: GitHubServer) => s.apiUrl('betagouv', 'beta.gouv.fr', 'content/_jobs', 'gh-pages')],
  ])('answers 404 Not Found for %s', async (_, urlOf) => {
    const response = await fetch(urlOf(server));
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ message: 'Not Found' });
  });

  it('follows setFile and removeFile', async () => {
    const repo = server.repo('o', 'r');
    repo.setFile('jobs/a.md', 'A');
    repo.setFile('jobs/b.md', new Uint8Array([0x42]));
    repo.removeFile('jobs/a.md');

    const entries = await listing(server.apiUrl('o', 'r', 'jobs'));
    expect(entries.map((entry) => [entry.name, entry.sha])).toEqual([['b.md', blobSha('B')]]);
    expect(repo.files()).toEqual(['jobs/b.md']);
  });
});

describe('raw downloads', () => {
  it('serves a file whose name has non-ASCII characters, percent-encoded in download_url', async () => {
    const entries = await listing(server.apiUrl('betagouv', 'beta.gouv.fr', 'content/_jobs', 'master'));
    const accented = entries.find((entry) => entry.name === ACCENTED);
    expect(accented?.download_url).toContain('stagebizd%C3%A9v.md');

    const response = await fetch(accented!.download_url!);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(readFileSync(join(BETA_JOBS, ACCENTED)));
    expect(server.requests.at(-1)).toMatchObject({ kind: 'raw', status: 200, path: `/raw/betagouv/beta.gouv.fr/master/content/_jobs/${ACCENTED}` });
  });

  it('answers 404 for a missing file', async () => {
    const response = await fetch(`${server.origin}/raw/betagouv/beta.gouv.fr/master/content/_jobs/missing.md`);
    expect(response.status).toBe(404);
  });
});

describe('ETag', () => {
  it('gives a strong ETag, answers 304 with an empty body, and changes with the listing', async () => {
    const url = server.apiUrl('betagouv', 'beta.gouv.fr', 'content/_jobs', 'master');
    const first = await fetch(url);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[0-9a-f]{40}"$/);

    const unchanged = await fetch(url, { headers: { 'If-None-Match': etag! } });
    expect(unchanged.status).toBe(304);
    expect(await unchanged.text()).toBe('');
    expect(unchanged.headers.get('etag')).toBe(etag);

    server.repo('betagouv', 'beta.gouv.fr', 'master').setFile('content/_jobs/2099-01-01-new.md', '---\ntitle: new\n---\n');
    const changed = await fetch(url, { headers: { 'If-None-Match': etag! } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });
});

describe('rate limit', () => {
  it('counts down API calls, then refuses them with 403 until the reset', async () => {
    const resetAt = Math.floor(Date.now() / 1000) + 600;
    server.setRateLimit({ remaining: 2, resetAt });
    const url = server.apiUrl('betagouv', 'beta.gouv.fr', 'content/_jobs', 'master');

    const first = await fetch(url);
    expect(Object.fromEntries([...first.headers].filter(([name]) => name.startsWith('x-ratelimit')))).toEqual({
      'x-ratelimit-limit': '60',
      'x-ratelimit-remaining': '1',
      'x-ratelimit-reset': String(resetAt),
      'x-ratelimit-used': '59',
      'x-ratelimit-resource': 'core',
    });
    expect((await fetch(url)).headers.get('x-ratelimit-remaining')).toBe('0');

    const refused = await fetch(url);
    expect(refused.status).toBe(403);
    expect(refused.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(((await refused.json()) as { message: string }).message).toMatch(/^API rate limit exceeded for 127\.0\.0\.1\. /);

    server.setRateLimit({ resetAt: Math.floor(Date.now() / 1000) - 1 });
    const afterReset = await fetch(url);
    expect(afterReset.status).toBe(200);
    expect(afterReset.headers.get('x-ratelimit-remaining')).toBe('59');
  });

  it('does not count raw downloads', async () => {
    server.setRateLimit({ remaining: 1 });
    const [entry] = await listing(server.apiUrl('betagouv', 'beta.gouv.fr', 'content/_jobs', 'master'));
    expect((await fetch(entry!.download_url!)).status).toBe(200);
    expect(server.rateLimit().remaining).toBe(0);
  });

  it('charges an unauthenticated 304, not an authenticated one', async () => {
    const url = server.apiUrl('betagouv', 'beta.gouv.fr', 'content/_jobs', 'master');
    const etag = (await fetch(url)).headers.get('etag')!;
    await fetch(url, { headers: { 'If-None-Match': etag } });
    expect(server.rateLimit().remaining).toBe(58);
    await fetch(url, { headers: { 'If-None-Match': etag, Authorization: 'Bearer token' } });
    expect(server.rateLimit().remaining).toBe(58);
  });
});

describe('CORS', () => {
  it('answers preflights and exposes ETag and rate-limit headers', async () => {
    const url = server.apiUrl('betagouv', 'beta.gouv.fr', 'content/_jobs', 'master');
    const preflight = await fetch(url, {
      method: 'OPTIONS',
      headers: { Origin: 'chrome-extension://abc', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'if-none-match' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('If-None-Match, Authorization, Accept, X-GitHub-Api-Version');
    expect(server.requests.at(-1)).toMatchObject({ method: 'OPTIONS', kind: 'other' });
    expect(server.rateLimit().remaining).toBe(60);

    const response = await fetch(url, { headers: { Origin: 'chrome-extension://abc' } });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const exposed = response.headers.get('access-control-expose-headers')!.split(', ');
    expect(exposed).toEqual(expect.arrayContaining(['ETag', 'Link', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'x-ratelimit-used', 'x-ratelimit-resource']));
  });
});

describe('faults', () => {
  async function statuses(seed: number): Promise<number[]> {
    server.setFaults({ probability: 0.5, kinds: ['status500', 'status502', 'ratelimit'], seed });
    const result: number[] = [];
    for (let i = 0; i < 30; i += 1) result.push((await fetch(server.apiUrl('betagouv', 'beta.gouv.fr', 'content/_jobs', 'master'))).status);
    return result;
  }

  it('are the same for the same seed', async () => {
    server.setRateLimit({ limit: 5000, remaining: 5000 });
    const first = await statuses(42);
    const again = await statuses(42);
    const other = await statuses(7);

    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
    expect(new Set(first)).toEqual(new Set([200, 403, 500, 502]));
  });

  it('target only the requests asked for', async () => {
    server.setFaults({ probability: 1, kinds: ['status500'], seed: 1, on: ['raw'] });
    const [entry] = await listing(server.apiUrl('betagouv', 'beta.gouv.fr', 'content/_jobs', 'master'));
    expect((await fetch(entry!.download_url!)).status).toBe(500);
    expect(server.requests.map((request) => request.fault)).toEqual([undefined, 'status500']);

    server.clearFaults();
    expect((await fetch(entry!.download_url!)).status).toBe(200);
  });

  it("'ratelimit' answers 403 with no calls left and a reset a few seconds ahead", async () => {
    server.setFaults({ probability: 1, kinds: ['ratelimit'], seed: 1 });
    const response = await fetch(server.apiUrl('betagouv', 'beta.gouv.fr', 'content/_jobs', 'master'));
    expect(response.status).toBe(403);
    expect(response.headers.get('x-ratelimit-remaining')).toBe('0');
    const secondsAhead = Number(response.headers.get('x-ratelimit-reset')) - Date.now() / 1000;
    expect(secondsAhead).toBeGreaterThan(0);
    expect(secondsAhead).toBeLessThan(10);
  });

  it("'reset' drops the connection", async () => {
    server.setFaults({ probability: 1, kinds: ['reset'], seed: 1 });
    await expect(fetch(server.apiUrl('betagouv', 'beta.gouv.fr', 'content/_jobs', 'master'))).rejects.toThrow();
    expect(server.requests.at(-1)).toMatchObject({ status: 0, fault: 'reset' });
  });

  it("'truncated' promises more bytes than it sends", async () => {
    server.setFaults({ probability: 1, kinds: ['truncated'], seed: 1 });
    const response = await fetch(server.downloadUrl('betagouv', 'beta.gouv.fr', `content/_jobs/${ACCENTED}`, 'master'));
    expect(Number(response.headers.get('content-length'))).toBe(readFileSync(join(BETA_JOBS, ACCENTED)).byteLength);
    await expect(response.text()).rejects.toThrow();
  });

  it("'timeout' never answers, and close() still returns at once", async () => {
    server.setFaults({ probability: 1, kinds: ['timeout'], seed: 1 });
    const hanging = fetch(server.apiUrl('betagouv', 'beta.gouv.fr', 'content/_jobs', 'master'), { signal: AbortSignal.timeout(300) });
    await expect(hanging).rejects.toThrow(/abort|timeout/i);

    const neverAnswered = fetch(server.apiUrl('betagouv', 'beta.gouv.fr', 'content/_jobs', 'master')).catch((error: unknown) => error);
    await expect.poll(() => server.requests.length).toBe(2);
    const started = Date.now();
    await server.close();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await neverAnswered).toBeInstanceOf(Error);
  });

  it("'delay' answers normally, late", async () => {
    server.setFaults({ probability: 1, kinds: ['delay'], seed: 1, delayMs: 400 });
    const started = Date.now();
    const response = await fetch(server.apiUrl('betagouv', 'beta.gouv.fr', 'content/_jobs', 'master'));
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
  });
});

describe('GitLab API', () => {
  it('pages a tree with x-next-page and x-total-pages', async () => {
    const names: string[] = [];
    let url: string | undefined = server.gitlabTreeUrl('betagouv', 'beta.gouv.fr', 'content/_jobs', 'master').replace('per_page=100', 'per_page=20');
    const pages: string[] = [];
    while (url) {
      const response: Response = await fetch(url);
      expect(response.headers.get('x-total-pages')).toBe('4');
      const entries = (await response.json()) as Array<{ id: string; name: string; type: string; path: string; mode: string }>;
      names.push(...entries.map((entry) => entry.name));
      expect(entries[0]).toMatchObject({ type: 'blob', mode: '100644', path: `content/_jobs/${entries[0]?.name}` });
      const next = response.headers.get('x-next-page');
      pages.push(next ?? 'missing');
      url = next ? `${url.replace(/&page=\d+/, '')}&page=${next}` : undefined;
    }
    expect(pages).toEqual(['2', '3', '4', '']);
    expect(names).toEqual(readdirSync(BETA_JOBS).sort());
    expect(server.requests.every((request) => request.kind === 'gitlab-tree')).toBe(true);
  });

  it('lists a directory as a tree entry and defaults to 20 a page', async () => {
    const root = await fetch(`${server.origin}/api/v4/projects/${encodeURIComponent('betagouv/beta.gouv.fr')}/repository/tree`);
    expect(await root.json()).toEqual([expect.objectContaining({ name: 'content', type: 'tree', mode: '040000' })]);
    const jobs = await fetch(`${server.origin}/api/v4/projects/1/repository/tree?path=content/_jobs`);
    expect(jobs.headers.get('x-per-page')).toBe('20');
    expect(await jobs.json()).toHaveLength(20);
  });

  it('serves a raw file by its url-encoded path', async () => {
    const url = server.gitlabRawUrl('betagouv', 'beta.gouv.fr', `content/_jobs/${ACCENTED}`, 'master');
    expect(url).toContain('content%2F_jobs%2F2020-11-28-trackdechets_stagebizd%C3%A9v.md/raw?ref=master');
    const response = await fetch(url);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(readFileSync(join(BETA_JOBS, ACCENTED)));
    expect(server.requests.at(-1)?.kind).toBe('gitlab-raw');

    expect((await fetch(`${server.origin}/api/v4/projects/1/repository/files/nope.md/raw`)).status).toBe(404);
  });
});
