import { describe, expect, it } from 'vitest';
import type { FavoriteRecord } from '../../lib/db/records';
import { setFavoriteStage } from '../../lib/favorites/favorites-store';
import { claimFollowUps, completeFollowUps, unfinishedFollowUps } from '../../lib/favorites/follow-up-reminders';
import { readSettings } from '../../lib/db/settings-store';
import { freshDatabase } from '../db/test-database';
import { sampleOffer } from '../db/sample-offer';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2026, 10, 2, 9);

function applied(offerId: string, title: string, appliedAt: number): FavoriteRecord {
  return {
    offerId, snapshot: sampleOffer({ id: offerId, title, organization: 'ANCT' }), note: '', stage: 'applied', savedAt: T0, updatedAt: appliedAt,
    stageHistory: [{ stage: 'saved', at: T0 }, { stage: 'applied', at: appliedAt }],
  };
}

describe('follow-up reminders, told once', () => {
  it('claims the applications waiting N days once: a second run, later, claims none of them again', async () => {
    const db = freshDatabase();
    await db.favorites.bulkPut([applied('a', 'Designer UX', T0), applied('b', 'Archiviste', T0 + 5 * DAY)]);
    expect(await claimFollowUps(db, T0 + 6 * DAY, 7)).toBeUndefined();
    const first = await claimFollowUps(db, T0 + 7 * DAY, 7);
    expect(first?.offers).toEqual([{ offerId: 'a', title: 'Designer UX', organization: 'ANCT', daysWaiting: 7 }]);
    await completeFollowUps(db, first!.id);
    expect(await claimFollowUps(db, T0 + 8 * DAY, 7)).toBeUndefined();
    const second = await claimFollowUps(db, T0 + 12 * DAY, 7);
    expect(second?.offers.map((offer) => offer.offerId)).toEqual(['b']);
    expect(second?.id).not.toBe(first?.id);
  });

  it('shows again, under the same id, a reminder claimed by a worker stopped before showing it; never once shown', async () => {
    const db = freshDatabase();
    await db.favorites.put(applied('a', 'Designer UX', T0));
    const claimed = await claimFollowUps(db, T0 + 7 * DAY, 7);
    // The worker stops here: a fresh one finds the claim unfinished, and nothing new to claim.
    expect(await unfinishedFollowUps(db, T0 + 7 * DAY)).toEqual([claimed]);
    expect(await claimFollowUps(db, T0 + 7 * DAY + 1, 7)).toBeUndefined();
    await completeFollowUps(db, claimed!.id);
    expect(await unfinishedFollowUps(db, T0 + 7 * DAY)).toEqual([]);
  });

  it('reminds again of an offer applied to anew, and keeps no trace of applications that moved on', async () => {
    const db = freshDatabase();
    await db.favorites.put(applied('a', 'Designer UX', T0));
    await completeFollowUps(db, (await claimFollowUps(db, T0 + 7 * DAY, 7))!.id);
    await setFavoriteStage(db, 'a', 'saved', T0 + 8 * DAY);
    expect(await claimFollowUps(db, T0 + 9 * DAY, 7)).toBeUndefined();
    expect((await db.settings.get('followUpReminders'))?.value).toEqual([]);
    await setFavoriteStage(db, 'a', 'applied', T0 + 10 * DAY);
    expect((await claimFollowUps(db, T0 + 17 * DAY, 7))?.offers.map((offer) => offer.offerId)).toEqual(['a']);
  });

  it('is no setting: the settings read and exported leave it out', async () => {
    const db = freshDatabase();
    await db.favorites.put(applied('a', 'Designer UX', T0));
    await claimFollowUps(db, T0 + 7 * DAY, 7);
    expect(Object.keys(await readSettings(db))).not.toContain('followUpReminders');
  });
});
