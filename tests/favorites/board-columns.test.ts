import { describe, expect, it } from 'vitest';
import type { FavoriteRecord, Stage } from '../../lib/db/records';
import { boardColumns, stageBeside } from '../../lib/favorites/board-columns';
import { sampleOffer } from '../db/sample-offer';

const favorite = (offerId: string, stage: Stage, lastAt: number, on?: number): FavoriteRecord => ({
  offerId, snapshot: sampleOffer({ id: offerId }), note: '', stage, savedAt: 0, updatedAt: lastAt,
  stageHistory: [{ stage: 'saved', at: 0 }, ...(stage === 'saved' ? [] : [{ stage, at: lastAt, ...(on === undefined ? {} : { on }) }])],
});

describe('boardColumns', () => {
  it('puts each offer in its stage’s column, the latest moved first, by the date the seeker gave', () => {
    const columns = boardColumns([favorite('a', 'applied', 10), favorite('b', 'applied', 20), favorite('c', 'applied', 30, 5), favorite('s', 'saved', 0), favorite('r', 'rejected', 3)]);
    expect(columns.map((column) => [column.stage, column.favorites.map((item) => item.offerId)])).toEqual([
      ['saved', ['s']],
      ['applied', ['b', 'a', 'c']],
      ['interview', []],
      ['offer', []],
      ['rejected', ['r']],
    ]);
  });

  it('finds the stage beside, and none past the ends', () => {
    expect(stageBeside('applied', 1)).toBe('interview');
    expect(stageBeside('applied', -1)).toBe('saved');
    expect(stageBeside('saved', -1)).toBeUndefined();
    expect(stageBeside('rejected', 1)).toBeUndefined();
  });
});
