import { describe, expect, it } from 'vitest';
import type { FavoriteRecord, StoredOffer } from '../../lib/db/records';
import { removeSource } from '../../lib/db/source-store';
import { dueReminders, recordDeadlineReminders } from '../../lib/notify/deadline-reminders';
import { freshDatabase } from '../db/test-database';
import { sampleOffer } from '../db/sample-offer';

const favorite = (id: string, deadline?: string, extra: Partial<FavoriteRecord> = {}): FavoriteRecord => ({
  offerId: id, snapshot: sampleOffer({ id, deadline }), note: '', stage: 'saved', stageHistory: [], savedAt: 0, updatedAt: 0, ...extra,
});
const stored = (id: string, overrides: Partial<StoredOffer>): StoredOffer => ({ ...sampleOffer({ id }), firstSeenAt: 0, updatedAt: 0, listed: 1, ...overrides });

describe('dueReminders', () => {
  it.each([
    ['2027-03-20', 3, true],
    ['2027-03-17', 3, true],
    ['2027-03-21', 3, false],
    ['2027-03-16', 3, false],
    ['2027-03-20', 0, false],
    ['2027-04-01', 15, true],
  ])('deadline %s, %i days before: %s on 2027-03-17', (deadline, days, due) => {
    expect(dueReminders([favorite('a', deadline)], new Map(), '2027-03-17', days)).toHaveLength(due ? 1 : 0);
  });

  it('reads the stored posting before the snapshot, and leaves out closed, removed and muted offers', () => {
    const favorites = [favorite('a', '2030-01-01'), favorite('b', '2027-03-18'), favorite('c', '2027-03-18'), favorite('d', '2027-03-18', { alertsMuted: true })];
    const offers = new Map([
      ['a', stored('a', { deadline: '2027-03-19' })],
      ['b', stored('b', { deadline: '2027-03-18', status: 'closed' })],
      ['c', stored('c', { deadline: '2027-03-18', listed: 0 })],
    ]);
    expect(dueReminders(favorites, offers, '2027-03-17', 3)).toEqual([expect.objectContaining({ offerId: 'a', deadline: '2027-03-19' })]);
  });

  it('reminds only of offers not applied to yet: the last day to apply means nothing after', () => {
    const favorites = (['saved', 'applied', 'interview', 'offer', 'rejected'] as const).map((stage) => favorite(stage, '2027-03-18', { stage }));
    expect(dueReminders(favorites, new Map(), '2027-03-17', 3).map((reminder) => reminder.offerId)).toEqual(['saved']);
  });
});

describe('recordDeadlineReminders', () => {
  it('records one reminder per offer and deadline, however often it runs, even at once', async () => {
    const db = freshDatabase();
    await db.favorites.bulkPut([favorite('a', '2027-03-18'), favorite('b', '2027-03-19')]);
    const runs = await Promise.all([1, 2, 3].map(() => recordDeadlineReminders(db, '2027-03-17', 3, 1)));
    expect(runs.reduce((sum, count) => sum + count, 0)).toBe(2);
    expect(await recordDeadlineReminders(db, '2027-03-18', 3, 2)).toBe(0);
    expect((await db.events.toArray()).map((event) => [event.offerId, event.type, event.deadline, event.announce])).toEqual([
      ['a', 'deadline', '2027-03-18', 'pending'],
      ['b', 'deadline', '2027-03-19', 'pending'],
    ]);
  });

  it('does not remind again once the source of the saved offer is removed', async () => {
    const db = freshDatabase();
    const saved = favorite('a', '2027-03-18');
    await db.favorites.put(saved);
    expect(await recordDeadlineReminders(db, '2027-03-17', 3, 1)).toBe(1);
    await removeSource(db, saved.snapshot.sourceId);
    expect(await recordDeadlineReminders(db, '2027-03-17', 3, 2)).toBe(0);
  });
});
