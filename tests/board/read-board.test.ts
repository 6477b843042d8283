import { describe, expect, it } from 'vitest';
import { readFirstBoard } from '../../lib/board/read-board';
import type { ReadStore } from '../../lib/db/read-store';
import type { FrontPageRecord, OfferSummary } from '../../lib/db/records';

const summary = (id: string, title: string): OfferSummary => ({ id, sourceId: 's', title, status: 'open', contract: 'CDI', remote: 'none', skills: [], firstSeenAt: 1 });
const FRONT: FrontPageRecord = { id: 'current', summaries: [summary('s:1.md', 'Développeur'), summary('s:2.md', 'Designer')], total: 2, updatedAt: 1000 };

/** A store holding only the front page. */
function storeWith(frontPage: FrontPageRecord | undefined): ReadStore {
  return { get: async (table: string) => (table === 'frontPage' ? frontPage : undefined) } as unknown as ReadStore;
}

describe('readFirstBoard', () => {
  it('lists the front page, which answers the empty query', async () => {
    const board = await readFirstBoard(storeWith(FRONT), '', null);
    expect([...(board?.summaries.keys() ?? [])]).toEqual(['s:1.md', 's:2.md']);
    expect(board?.answers).toBe('');
    expect(board?.updatedAt).toBe(1000);
    expect(board?.index).toBeUndefined();
  });

  it('lists the results kept for the query the popup reopens on, when they come from the same board', async () => {
    const kept = { query: 'design', boardUpdatedAt: 1000, summaries: [summary('s:2.md', 'Designer')] };
    const board = await readFirstBoard(storeWith(FRONT), 'design', kept);
    expect([...(board?.summaries.keys() ?? [])]).toEqual(['s:2.md']);
    expect(board?.answers).toBe('design');
  });

  it('falls back to the front page when the kept results are from an older board', async () => {
    const kept = { query: 'design', boardUpdatedAt: 999, summaries: [summary('s:2.md', 'Designer')] };
    const board = await readFirstBoard(storeWith(FRONT), 'design', kept);
    expect(board?.answers).toBe('');
    expect(board?.summaries.size).toBe(2);
  });

  it('is null before the worker stored a board, or without a database', async () => {
    expect(await readFirstBoard(storeWith(undefined), '', null)).toBeNull();
    expect(await readFirstBoard(undefined, '', null)).toBeNull();
  });
});
