import { describe, expect, it } from 'vitest';
import { refreshBoard } from '../../lib/board/refresh-board';
import { loadSearchIndex, SEARCH_INDEX_VERSION, type SerializedSearchIndex } from '../../lib/search';
import { freshDatabase } from '../db/test-database';
import { sampleOffer } from '../db/sample-offer';

describe('refreshBoard', () => {
  it('builds again a board whose summaries were saved without the deadline', async () => {
    const db = freshDatabase();
    await db.offers.put({ ...sampleOffer({ deadline: '2022-07-09' }), firstSeenAt: 1, updatedAt: 1, listed: 1 });
    await refreshBoard(db, 10);
    const built = await db.board.get('current');
    expect(built?.summaries.map((summary) => summary.deadline)).toEqual(['2022-07-09']);

    // As an older Vigie saved it: the same board, its summaries without deadline and without a version.
    const { summaryVersion, ...older } = built!;
    expect(summaryVersion).toBeDefined();
    await db.board.put({ ...older, summaries: older.summaries.map(({ deadline, ...rest }) => rest) });

    expect(await refreshBoard(db, 20)).toBe(true);
    const rebuilt = await db.board.get('current');
    expect(rebuilt?.summaries.map((summary) => summary.deadline)).toEqual(['2022-07-09']);
    expect((await db.frontPage.get('current'))?.summaries.map((summary) => summary.deadline)).toEqual(['2022-07-09']);
    expect(await refreshBoard(db, 30)).toBe(false);
  });

  it('builds again a board whose index an older Vigie stored in an older format', async () => {
    const db = freshDatabase();
    await db.offers.put({ ...sampleOffer({ title: 'Développeur backend' }), firstSeenAt: 1, updatedAt: 1, listed: 1 });
    await refreshBoard(db, 10);
    const built = await db.board.get('current');
    // Version 1 kept no postings for the body's aside: reading it as the current format would fail.
    const { asidePostings, ...older } = built!.index;
    expect(asidePostings).toBeDefined();
    await db.board.put({ ...built!, index: { ...older, version: 1 } as unknown as SerializedSearchIndex });

    expect(await refreshBoard(db, 20)).toBe(true);
    const rebuilt = await db.board.get('current');
    expect(rebuilt?.index.version).toBe(SEARCH_INDEX_VERSION);
    expect(loadSearchIndex(rebuilt!.index).search('backend').map((hit) => hit.id)).toEqual([built!.summaries[0]!.id]);
  });
});
