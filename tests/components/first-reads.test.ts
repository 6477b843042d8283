import { indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIRST_READS_SLOT, firstReads } from '../../components/popup/first-reads';
import { DEFAULT_FILTERS } from '../../lib/board/board-filters';
import { openReadStore } from '../../lib/db/read-store';
import type { FrontPageRecord } from '../../lib/db/records';
import { hideRule } from '../../lib/noise/noise-rules';
import { freshDatabase } from '../db/test-database';

const FRONT: FrontPageRecord = { id: 'current', summaries: [{ id: 's:1.md', sourceId: 's', title: 'Développeur', status: 'open', contract: 'CDI', remote: 'none', skills: [], tags: [], firstSeenAt: 1 }], total: 1, updatedAt: 7 };

const HIDDEN = hideRule('s:1.md', 'Développeur', 5);

/** A database as the worker leaves it: the front page, one posting hidden, one word's hits. */
async function workerDatabase(): Promise<string> {
  const db = freshDatabase();
  await db.frontPage.put(FRONT);
  await db.settings.put({ key: 'notInterested', value: [HIDDEN] });
  await db.settings.put({ key: 'notInterestedWordHits', value: [['s:2.md', 'stage']] });
  db.close();
  return db.name;
}

const STATE = { saved: { query: 'developpeur', filters: DEFAULT_FILTERS }, kept: null };
/** The readers of a database named `name`, and storage.local holding STATE, without a copy of the first screen. */
const readersOf = (name: string) => ({ openStore: () => openReadStore(indexedDB, name), readState: async () => STATE });

/** The worker's copy of the first screen, as readFrontPageSnapshot gives it. */
const COPY = { record: { ...FRONT, updatedAt: 8 }, rules: [], wordHits: [] };

afterEach(() => {
  delete (globalThis as Record<string, unknown>)[FIRST_READS_SLOT];
});

describe("firstReads: the popup's first screen, read by whichever of its two scripts runs first", () => {
  it('opens the database once: the script that runs second gets the reads already started', async () => {
    const name = await workerDatabase();
    const readers = { openStore: vi.fn(readersOf(name).openStore), readState: vi.fn(readersOf(name).readState) };
    const first = firstReads(readers);
    const second = firstReads(readers);
    expect(second).toBe(first);
    expect(readers.openStore).toHaveBeenCalledTimes(1);
    expect(readers.readState).toHaveBeenCalledTimes(1);
    (await first.store)?.close();
  });

  it('reads the front page with the "not interested" rules and word hits, and the query the popup reopens on', async () => {
    const name = await workerDatabase();
    const reads = firstReads(readersOf(name));
    expect(await reads.state).toEqual(STATE);
    const front = await reads.front;
    expect(front?.record.updatedAt).toBe(7);
    expect(front?.record.summaries.map((summary) => summary.id)).toEqual(['s:1.md']);
    expect(front?.rules).toEqual([HIDDEN]);
    expect(front?.wordHits).toEqual([['s:2.md', 'stage']]);
    (await reads.store)?.close();
  });

  it('takes the first screen from the worker’s copy without waiting for the database, which it opens all the same', async () => {
    const name = await workerDatabase();
    let opened: (store: Awaited<ReturnType<typeof openReadStore>>) => void = () => undefined;
    const openStore = vi.fn(() => new Promise<Awaited<ReturnType<typeof openReadStore>>>((resolve) => (opened = resolve)));
    const reads = firstReads({ ...readersOf(name), openStore, readState: async () => ({ ...STATE, copy: COPY }) });
    expect(await reads.front).toEqual(COPY);
    expect(openStore).toHaveBeenCalledTimes(1);
    opened(undefined);
    expect(await reads.store).toBeUndefined();
  });

  it('reads the database when storage refuses the copy', async () => {
    const name = await workerDatabase();
    const reads = firstReads({ ...readersOf(name), readState: () => Promise.reject(new Error('no storage')) });
    expect((await reads.front)?.record.updatedAt).toBe(7);
    (await reads.store)?.close();
  });

  it('gives nothing to list before the worker created the database', async () => {
    const reads = firstReads(readersOf(`vigie-none-${Math.random().toString(36).slice(2)}`));
    expect(await reads.store).toBeUndefined();
    expect(await reads.front).toBeUndefined();
  });

  it('leaves a failed opening to the popup, which awaits it later, without an unhandled rejection meanwhile', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const reads = firstReads({ openStore: () => Promise.reject(new Error('blocked')), readState: () => Promise.reject(new Error('no storage')) });
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).not.toHaveBeenCalled();
      await expect(reads.store).rejects.toThrow('blocked');
      await expect(reads.front).rejects.toThrow('blocked');
      await expect(reads.state).rejects.toThrow('no storage');
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});
