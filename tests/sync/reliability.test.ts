import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSource, type SourceRecord, type VigieDatabase } from '../../lib/db';
import { saveFavorite, setFavoriteNote, setFavoriteStage } from '../../lib/favorites/favorites-store';
import { createHttpClient } from '../../lib/sources';
import { runSourceSync } from '../../lib/sync/run-source-sync';
import { freshDatabase } from '../db/test-database';
import { BETA_FIXTURES, fixtureNames } from '../support/fixtures';
import { startGitHubServer, type GitHubServer } from '../support/github-server';
import { handMadeBadFiles, mutatedFixtures } from '../support/hostile-files';
import { mulberry32 } from '../support/mulberry32';

let server: GitHubServer;
beforeAll(async () => {
  server = await startGitHubServer({ rateLimit: { remaining: 10_000_000 } });
});
afterAll(() => server.close());

async function followedSource(db: VigieDatabase, repo: string): Promise<SourceRecord> {
  const added = await addSource(db, server.apiUrl('o', repo, 'jobs', 'main'));
  if (!added.ok) throw new Error('not added');
  return added.source;
}

const fresh = async (db: VigieDatabase, source: SourceRecord) => (await db.sources.get(source.id))!;

describe('hostile and broken files', () => {
  it('syncs every good file beside 1,000+ bad ones, and reports each bad one with its reason', async () => {
    const repo = server.repo('o', 'hostile', 'main');
    const good = fixtureNames(BETA_FIXTURES);
    for (const name of good) repo.setFile(`jobs/${name}`, readFileSync(join(BETA_FIXTURES, name)));
    const bad = [...handMadeBadFiles(), ...mutatedFixtures(1_000)];
    for (const file of bad) repo.setFile(`jobs/${file.name}`, file.content);
    const db = freshDatabase();
    const source = await followedSource(db, 'hostile');
    const started = performance.now();
    const outcome = await runSourceSync(source, { db, http: createHttpClient({ backoffMs: 1 }) });
    const seconds = (performance.now() - started) / 1000;

    expect(outcome).toMatchObject({ complete: true, failed: 0 });
    expect((globalThis as Record<string, unknown>).hacked).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const offers = new Map((await db.offers.toArray()).map((offer) => [offer.path, offer]));
    for (const name of good) expect(offers.get(`jobs/${name}`)?.listed, name).toBe(1);
    const files = new Map((await db.files.toArray()).map((file) => [file.path, file]));
    const unread = bad.filter((file) => !offers.has(`jobs/${file.name}`));
    for (const file of unread) {
      const problem = files.get(`jobs/${file.name}`)?.problem;
      // A mutation that changed nothing, or two that gave the same bytes: a copy, counted once under the first name.
      if (problem?.kind === 'skipped') {
        expect(problem.reason, file.name).toBe('duplicate');
        const kept = problem.detail!.slice('jobs/'.length);
        const keptContent = bad.find((other) => other.name === kept)?.content ?? readFileSync(join(BETA_FIXTURES, kept));
        expect(Buffer.from(keptContent).equals(Buffer.from(file.content)), file.name).toBe(true);
        continue;
      }
      expect(problem?.kind, file.name).toBe('posting');
      expect(problem?.kind === 'posting' && problem.reason && problem.message.length > 10, file.name).toBeTruthy();
    }
    for (const name of ['empty.md', 'binary.md', 'huge.md', 'spaces.md', 'no-front-matter-no-heading.md']) {
      expect(files.get(`jobs/${name}`)?.problem?.kind, name).toBe('posting');
    }
    for (const name of ['invalid-yaml.md', 'unterminated.md', 'js-engine.md', 'mojibake-1252.md']) {
      expect(files.get(`jobs/${name}`)?.problem?.kind, name).toBe('repaired');
    }
    console.info(`hostile corpus: ${bad.length} bad files (${unread.length} refused, ${bad.length - unread.length} read with or without repairs) beside ${good.length} good ones, synced in ${seconds.toFixed(1)} s`);
  }, 120_000);
});

describe('storage refusing writes', () => {
  it('says so clearly and keeps everything already stored', async () => {
    const repo = server.repo('o', 'quota', 'main');
    repo.setFile('jobs/a.md', '---\ntitle: A\nopen: true\n---\n\nTexte.\n');
    const db = freshDatabase();
    const source = await followedSource(db, 'quota');
    const http = createHttpClient({ backoffMs: 1 });
    await runSourceSync(source, { db, http });
    await saveFavorite(db, `${source.id}:jobs/a.md`);
    await setFavoriteNote(db, `${source.id}:jobs/a.md`, 'note');
    const before = await db.offers.toArray();

    for (let index = 0; index < 30; index++) repo.setFile(`jobs/n${index}.md`, `---\ntitle: N${index}\nopen: true\n---\n\nTexte.\n`);
    repo.setFile('jobs/a.md', '---\ntitle: A modifiée\nopen: false\n---\n\nTexte.\n');
    const bulkPut = db.offers.bulkPut.bind(db.offers);
    let calls = 0;
    db.offers.bulkPut = ((...args: Parameters<typeof bulkPut>) => {
      if (++calls >= 1) return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
      return bulkPut(...args);
    }) as typeof db.offers.bulkPut;
    const outcome = await runSourceSync(await fresh(db, source), { db, http, batchSize: 10 });
    expect(outcome.problem).toMatchObject({ kind: 'storage', message: expect.stringContaining('QuotaExceededError') });
    expect((await fresh(db, source)).sync).toMatchObject({ status: 'error', error: { kind: 'storage' } });
    expect(await db.offers.toArray()).toEqual(before);
    expect((await db.events.toArray()).filter((event) => event.title === 'N0')).toEqual([]);
    expect((await db.favorites.toArray()).map((favorite) => favorite.note)).toEqual(['note']);

    db.offers.bulkPut = bulkPut;
    expect(await runSourceSync(await fresh(db, source), { db, http })).toMatchObject({ complete: true, added: 30, closed: 1 });
  });
});

describe('fault injection', () => {
  it('50 syncs with 30% of requests failing in every way lose nothing and end exactly like the folder', async () => {
    const repo = server.repo('o', 'faults', 'main');
    const truth = new Map<string, { title: string; open: boolean }>();
    const write = (name: string, open: boolean) => {
      const title = `Offre ${name} v${Math.random().toString(36).slice(2, 6)}`;
      truth.set(name, { title, open });
      repo.setFile(`jobs/${name}`, `---\ntitle: "${title}"\nopen: ${open}\n---\n\nTexte de ${name}.\n`);
    };
    for (let index = 0; index < 20; index++) write(`f${index}.md`, index % 2 === 0);
    const db = freshDatabase();
    const source = await followedSource(db, 'faults');
    const http = createHttpClient({ backoffMs: 1, deadlineMs: 300 });
    await runSourceSync(source, { db, http });
    const favoriteId = `${source.id}:jobs/f0.md`;
    await saveFavorite(db, favoriteId);
    await setFavoriteNote(db, favoriteId, 'Relancer');
    await setFavoriteStage(db, favoriteId, 'interview');

    const random = mulberry32(7);
    server.clearRequests();
    server.setFaults({ probability: 0.3, seed: 11, delayMs: 50 });
    let next = 20;
    for (let run = 0; run < 50; run++) {
      const names = [...truth.keys()];
      const name = names[Math.floor(random() * names.length)]!;
      const change = random();
      if (change < 0.3) write(`f${next++}.md`, random() < 0.5);
      else if (change < 0.6) write(name, !truth.get(name)!.open);
      else if (change < 0.8) write(name, truth.get(name)!.open);
      else if (name !== 'f0.md') {
        truth.delete(name);
        repo.removeFile(`jobs/${name}`);
      }
      // Let rate limits pass: a blocked host is not asked again before its reset.
      await db.hosts.clear();
      const before = new Map((await db.offers.toArray()).map((offer) => [offer.path, offer]));
      const outcome = await runSourceSync(await fresh(db, source), { db, http });
      // Whatever failed, nothing still in the folder was removed, and nothing was closed that the folder keeps open.
      for (const offer of await db.offers.toArray()) {
        const file = truth.get(offer.path.slice('jobs/'.length));
        if (file && before.get(offer.path)?.listed === 1) expect(offer.listed, `${offer.path} after run ${run} (${JSON.stringify(outcome.problem ?? '')})`).toBe(1);
        if (offer.status === 'closed' && before.get(offer.path)?.status !== 'closed') expect(file?.open, offer.path).toBe(false);
      }
    }
    server.clearFaults();
    await db.hosts.clear();
    expect(await runSourceSync(await fresh(db, source), { db, http })).toMatchObject({ complete: true, failed: 0 });

    const listed = (await db.offers.toArray()).filter((offer) => offer.listed === 1);
    expect(Object.fromEntries(listed.map((offer) => [offer.path.slice('jobs/'.length), { title: offer.title, open: offer.status === 'open' }]))).toEqual(Object.fromEntries(truth));
    expect(await db.favorites.get(favoriteId)).toMatchObject({ note: 'Relancer', stage: 'interview' });
    const faults = server.requests.filter((request) => request.fault).map((request) => request.fault);
    const counts = new Map<string, number>();
    for (const fault of faults) counts.set(fault!, (counts.get(fault!) ?? 0) + 1);
    const byKind = [...counts].map(([kind, count]) => `${kind} ${count}`).join(', ');
    console.info(`fault injection: 50 syncs, ${server.requests.length} requests, ${faults.length} with faults (${byKind}), ${truth.size} files compared`);
  }, 120_000);
});
