import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSource } from '../../lib/db';
import { createHttpClient } from '../../lib/sources';
import { runSourceSync } from '../../lib/sync/run-source-sync';
import { freshDatabase } from '../db/test-database';
import { SHARED_DIR } from '../support/fixtures';
import { startGitHubServer, type GitHubServer } from '../support/github-server';

const PYTHONJOBS = join(SHARED_DIR, 'fixtures/pythonjobs+jobs-jobs');
const BETA = join(SHARED_DIR, 'fixtures/beta.gouv.fr-jobs');
const CDS = join(SHARED_DIR, 'fixtures/cds-snc+digital-canada-ca-jobs');
const real = (folder: string, name: string) => readFileSync(join(folder, name));

let server: GitHubServer;
beforeAll(async () => {
  server = await startGitHubServer({ rateLimit: { remaining: 100_000 } });
});
afterAll(() => server.close());

describe('which files of a folder are postings', () => {
  it('reads .md, .html and extension-less postings by their content, and lists every other file with its reason', async () => {
    const repo = server.repo('o', 'mixed', 'main');
    const html = 'Python_developer_Headforwards_Cornwall.html';
    const md = '2022-01-07-PM-incubateur.md';
    const bare = '2021-05-27-developpeur.se.full.stack.-.python.django';
    const cds = 'en-senior-design-researcher.md';
    repo.setFile(`jobs/${html}`, real(PYTHONJOBS, html));
    repo.setFile(`jobs/${md}`, real(BETA, md));
    repo.setFile(`jobs/${bare}`, real(BETA, `${bare}.md`));
    repo.setFile(`jobs/${cds}`, real(CDS, cds));
    repo.setFile(`jobs/${cds.replace('en-', 'en-two-names-')}`, real(CDS, cds));
    repo.setFile('jobs/README.md', '# Our jobs\n\nOne file per posting.\n');
    repo.setFile('jobs/_template.md', '---\ntitle: Job title\nopen: true\n---\n\nDescribe the job.\n');
    repo.setFile('jobs/index.html', '<!doctype html><html><body><h1>Jobs</h1></body></html>');
    repo.setFile('jobs/about.html', '<!doctype html><html><body><h1>About us</h1></body></html>');
    repo.setFile('jobs/2030-01-01-brouillon.md', '---\ntitle: Développeuse Rust\ndraft: true\n---\n\nPas encore publié.\n');
    repo.setFile('jobs/logo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
    const db = freshDatabase();
    const added = await addSource(db, server.apiUrl('o', 'mixed', 'jobs', 'main'));
    if (!added.ok) throw new Error('not added');

    const outcome = await runSourceSync(added.source, { db, http: createHttpClient({ backoffMs: 1 }) });

    expect(outcome).toMatchObject({ complete: true, failed: 0, added: 4 });
    const offers = new Map((await db.offers.toArray()).map((offer) => [offer.path, offer]));
    expect([...offers.keys()].sort()).toEqual([`jobs/${bare}`, `jobs/${md}`, `jobs/${cds}`, `jobs/${html}`].sort());
    // Stored whole: the body is the file's body, not a summary.
    expect(offers.get(`jobs/${html}`)?.body).toContain('closing date for this vacancy is the last day of December 2016');
    expect(offers.get(`jobs/${bare}`)?.body).toContain('Django');
    const skipped = Object.fromEntries(
      (await db.files.toArray()).flatMap((file) => (file.problem?.kind === 'skipped' ? [[file.path, [file.problem.reason, file.problem.detail]]] : [])),
    );
    expect(skipped).toEqual({
      'jobs/README.md': ['readme', undefined],
      'jobs/_template.md': ['template', undefined],
      'jobs/index.html': ['index', undefined],
      'jobs/about.html': ['no-front-matter', undefined],
      'jobs/2030-01-01-brouillon.md': ['draft', undefined],
      'jobs/logo.png': ['other-format', undefined],
      [`jobs/${cds.replace('en-', 'en-two-names-')}`]: ['duplicate', `jobs/${cds}`],
    });
    const stored = await db.sources.get(added.source.id);
    expect(stored?.sync).toMatchObject({ status: 'ok', count: 4, problemCount: 0 });

    // Unchanged skipped files cost no download on the next sync; a posting turned draft leaves the board.
    repo.setFile(`jobs/${md}`, `${real(BETA, md).toString()}`.replace('---\n', '---\ndraft: true\n'));
    const requestsBefore = server.requests.length;
    const next = await runSourceSync((await db.sources.get(added.source.id))!, { db, http: createHttpClient({ backoffMs: 1 }) });
    expect(next).toMatchObject({ complete: true, removed: 1, added: 0 });
    expect(server.requests.slice(requestsBefore).filter((request) => request.kind === 'raw')).toHaveLength(1);
    expect((await db.offers.get(offers.get(`jobs/${md}`)!.id))?.listed).toBe(0);
  });
});
