import { describe, expect, it } from 'vitest';
import type { FavoriteRecord, Stage } from '../../lib/db/records';
import { arrangeFavorites, countByStage } from '../../lib/favorites/arrange-favorites';
import { sampleOffer } from '../db/sample-offer';

function favorite(offerId: string, stage: Stage, updatedAt: number, deadline?: string): FavoriteRecord {
  return { offerId, snapshot: sampleOffer({ id: offerId, deadline }), note: '', stage, stageHistory: [{ stage, at: updatedAt }], savedAt: 0, updatedAt };
}

const FAVORITES = [
  favorite('bookmark', 'saved', 50, '2022-07-20'),
  favorite('sent', 'applied', 40),
  favorite('no', 'rejected', 90, '2022-07-05'),
  favorite('meeting', 'interview', 10, '2022-07-06'),
  favorite('older-sent', 'applied', 20, '2022-06-01'),
];
const ids = (favorites: FavoriteRecord[]) => favorites.map((entry) => entry.offerId);

describe('arrangeFavorites', () => {
  it('lists every saved offer, the latest changed first, by default', () => {
    expect(ids(arrangeFavorites(FAVORITES, { stage: 'all', order: 'recent' }, '2022-07-04'))).toEqual(['no', 'bookmark', 'sent', 'older-sent', 'meeting']);
  });

  it('keeps the offers at one stage', () => {
    expect(ids(arrangeFavorites(FAVORITES, { stage: 'applied', order: 'recent' }, '2022-07-04'))).toEqual(['sent', 'older-sent']);
    expect(ids(arrangeFavorites(FAVORITES, { stage: 'offer', order: 'recent' }, '2022-07-04'))).toEqual([]);
  });

  it('sorts by stage, furthest along first and rejections last, the latest changed first within a stage', () => {
    expect(ids(arrangeFavorites(FAVORITES, { stage: 'all', order: 'stage' }, '2022-07-04'))).toEqual(['meeting', 'sent', 'older-sent', 'bookmark', 'no']);
  });

  it('sorts by deadline: the soonest ahead first, then the passed ones, then those without', () => {
    expect(ids(arrangeFavorites(FAVORITES, { stage: 'all', order: 'deadline' }, '2022-07-04'))).toEqual(['no', 'meeting', 'bookmark', 'older-sent', 'sent']);
  });

  it('leaves the given list as it was', () => {
    const before = ids(FAVORITES);
    arrangeFavorites(FAVORITES, { stage: 'all', order: 'stage' }, '2022-07-04');
    expect(ids(FAVORITES)).toEqual(before);
  });
});

describe('countByStage', () => {
  it('counts the saved offers at each stage, zeros included', () => {
    expect(countByStage(FAVORITES)).toEqual({ saved: 1, applied: 2, interview: 1, offer: 0, rejected: 1 });
  });
});
