import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Stage } from '../../../lib/db/records';
import { generatePostingFiles } from '../../../bench/support/posting-files';
import { OptionsPage } from '../pages/options-page';
import { launchExtension, type LaunchedExtension } from '../support/extension';
import { FolderModel } from '../support/folder-model';
import { startGitHubServer, type GitHubServer } from '../../support/github-server';
import { readDatabase, type DatabaseContent } from '../support/read-database';
import { seededRandom } from '../support/seeded-random';
import { sendMessage } from '../support/send-message';
import { auditEvents, favoriteMismatches, folderMismatches, type ExpectedFavorite } from '../support/sync-invariants';
import { waitFor } from '../../support/wait-for';

/**
 * Issue #7: MV3 stops the worker whenever it likes. Here it is stopped at seeded moments of a
 * sync of a 1,000-posting folder — while listing, while downloading, between or during the
 * batches' transactions, during removals — then woken, and nothing else is asked of it: the
 * new worker must find the interrupted sync and finish it, without a duplicate or a loss.
 */
const ROUNDS = Number(process.env.VIGIE_KILL_ROUNDS ?? 20);
const POSTINGS = 1000;
const FOLDER = 'content/_jobs';
const STAGES: readonly Stage[] = ['saved', 'applied', 'interview', 'offer', 'rejected'];

describe('journey: a worker stopped in the middle of a sync finishes it when woken, losing nothing', () => {
  const random = seededRandom(20_2031);
  const pool = generatePostingFiles(POSTINGS + 200);
  let server: GitHubServer;
  let extension: LaunchedExtension;
  let options: OptionsPage;
  let model: FolderModel;
  let sourceId: string;
  let nextNew = POSTINGS;
  const contents = new Map<string, string>();
  const favorites = new Map<string, ExpectedFavorite>();
  const rounds: Array<{ round: number; work: number; killAfterRaw: number; interrupted: boolean; killMs: number; resumeMs: number; redownloads: number }> = [];

  const read = (tables?: Parameters<typeof readDatabase>[1]) => readDatabase(options.page, tables);
  const sourceOf = (db: DatabaseContent) => db.sources.find((source) => source.id === sourceId);
  const setFile = (name: string, content: string) => {
    contents.set(name, content);
    model.set(name, content);
  };

  /** About a tenth of the folder changes: edits, closings, reopenings, removals, a few new files. The count stays under 1,000 (GitHub's listing cap). */
  function changeFolder(round: number): number {
    const names = model.names();
    const removals = random.int(4, 10);
    const additions = random.int(0, removals - 1);
    const touched = random.sample(names, random.int(60, 120) + removals);
    for (const name of touched.slice(0, removals)) {
      model.remove(name);
      contents.delete(name);
    }
    for (const name of touched.slice(removals)) {
      const content = contents.get(name)!;
      const next = random.chance(0.5)
        ? content.replace(/^open:.*$/m, (line) => (/true/.test(line) ? 'open: false' : 'open: true'))
        : `${content.replace(/^title:\s*"?(.*?)"?\s*$/m, (_line, title: string) => `title: ${JSON.stringify(`${title} — r${round}`)}`)}\nMis à jour au tour ${round}.\n`;
      setFile(name, next === content ? `${content}\nRelu au tour ${round}.\n` : next);
    }
    for (let added = 0; added < additions; added++) {
      const file = pool[nextNew++]!;
      setFile(file.path, file.content);
    }
    return touched.length - removals + additions;
  }

  beforeAll(async () => {
    server = await startGitHubServer();
    server.setRateLimit({ limit: 1_000_000, remaining: 1_000_000 });
    model = new FolderModel(server.repo('betagouv', 'beta.gouv.fr', 'main'), FOLDER);
    for (const file of pool.slice(0, POSTINGS)) setFile(file.path, file.content);
    extension = await launchExtension();
    options = await OptionsPage.open(extension);
  });

  afterAll(async () => {
    const interrupted = rounds.filter((round) => round.interrupted).length;
    console.info(`[killed-worker] ${JSON.stringify({ rounds: rounds.length, interrupted, files: model?.paths().length, favorites: favorites.size })}`);
    console.info(rounds.map((round) => JSON.stringify(round)).join('\n'));
    if (extension) console.info(extension.logs.filter((line) => /uncaught|error/i.test(line)).slice(0, 20).join('\n'));
    await extension?.close();
    await server?.close();
  });

  /** Starts a sync (the first one by adding the source), stops the worker after `killAfterRaw` downloads reached the server, wakes it, and waits. */
  async function interruptedSync(round: number, work: number): Promise<void> {
    const before = server.requests.length;
    const since = () => server.requests.slice(before).filter((request) => request.method === 'GET');
    // Round 1 stops it as soon as the listing arrives, round 2 once every download is asked
    // (commits and removals remain); the others anywhere in between.
    const killAfterRaw = round === 1 ? 0 : round === 2 ? work : random.int(0, work);
    const started = Date.now();
    if (round === 0) {
      const added = await sendMessage<{ ok: boolean; sourceId: string }>(options.page, { type: 'addSource', url: server.apiUrl('betagouv', 'beta.gouv.fr', FOLDER, 'main') });
      sourceId = added.sourceId;
    } else {
      // The answer never comes: the worker that would send it is stopped.
      void sendMessage(options.page, { type: 'sync', sourceId }).catch(() => undefined);
    }
    await waitFor(() => {
      const requests = since();
      return requests.some((request) => request.kind === 'listing') && requests.filter((request) => request.kind === 'raw').length >= killAfterRaw;
    }, { timeout: 120_000, interval: 5, message: `round ${round}: ${killAfterRaw} downloads` });
    await extension.stopWorker();
    const killMs = Date.now() - started;
    const downloadedBefore = new Set(since().filter((request) => request.kind === 'raw').map((request) => request.path));
    const interrupted = sourceOf(await read(['sources']))?.sync.status === 'syncing';
    const cut = server.requests.length;

    const woken = Date.now();
    await extension.restartWorker();
    // Nothing asks for a sync: the new worker finds the interrupted one by itself.
    await waitFor(async () => {
      const status = sourceOf(await read(['sources']))?.sync.status;
      if (status === 'error') throw new Error(`round ${round}: the resumed sync failed`);
      return status === 'ok';
    }, { timeout: 120_000, interval: 250, message: `round ${round}: the resumed sync to complete` });
    const redownloads = server.requests.slice(cut).filter((request) => request.kind === 'raw' && downloadedBefore.has(request.path)).length;
    rounds.push({ round, work, killAfterRaw, interrupted, killMs, resumeMs: Date.now() - woken, redownloads });
  }

  async function checkEverything(round: number): Promise<void> {
    const db = await read();
    expect(folderMismatches(db, model, sourceId), `round ${round}`).toEqual([]);
    const events = auditEvents(db, sourceId);
    expect(events.problems, `round ${round}`).toEqual([]);
    expect(favoriteMismatches(db.favorites, favorites), `round ${round}`).toEqual([]);
    if (round === 0) {
      // The first sync, resumed or not, is a baseline: history, nothing announced as news.
      expect(db.events.filter((event) => event.sourceId === sourceId && !event.baseline)).toEqual([]);
      expect(events.baselineOpenings).toBe(model.paths().filter((path) => model.current(path)!.status === 'open').length);
    }
  }

  /** A few saves, notes and stages between rounds, through the worker's messages. */
  async function actAsUser(round: number): Promise<void> {
    const db = await read(['offers']);
    const listed = db.offers.filter((offer) => offer.sourceId === sourceId && offer.listed === 1);
    for (const offer of random.sample(listed, round === 0 ? 8 : 2)) {
      if (favorites.has(offer.id)) continue;
      expect(await sendMessage(options.page, { type: 'saveFavorite', offerId: offer.id })).toBe(true);
      favorites.set(offer.id, { note: '', stages: ['saved'] });
    }
    for (const offerId of random.sample([...favorites.keys()], 3)) {
      const expected = favorites.get(offerId)!;
      const note = `Note du tour ${round} ✍`;
      expect(await sendMessage(options.page, { type: 'setFavoriteNote', offerId, note })).toBe(true);
      expected.note = note;
      const stage = random.pick(STAGES);
      expect(await sendMessage(options.page, { type: 'setFavoriteStage', offerId, stage })).toBe(true);
      if (expected.stages.at(-1) !== stage) expected.stages.push(stage);
    }
  }

  it(`finishes ${ROUNDS} syncs interrupted at random moments, each time exactly as the folder is`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const work = round === 0 ? POSTINGS : changeFolder(round);
      await interruptedSync(round, work);
      await checkEverything(round);
      await actAsUser(round);
    }
    expect(rounds.filter((round) => round.interrupted).length).toBeGreaterThanOrEqual(Math.floor(ROUNDS / 2));
    // A bound for the host, not a speed check: 123 s on a loaded host, 372 s with two more busy
    // loops beside it (2026-12-07), against 600 s before.
  }, 1_200_000);
});
