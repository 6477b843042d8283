import { describe, expect, it } from 'vitest';
import { refreshBoard } from '../../lib/board/refresh-board';
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
});
