import { describe, expect, it } from 'vitest';
import type { OfferEvent } from '../../lib/db/records';
import {
  claimAnnouncement,
  completeAnnouncement,
  countUnseenOpenings,
  markOpeningsSeen,
  pendingOpenings,
  unfinishedAnnouncements,
  unseenOfferIds,
} from '../../lib/notify/announcements-store';
import { applyNoiseChange } from '../../lib/db/noise-store';
import { planAnnouncement } from '../../lib/notify/plan-announcement';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { freshDatabase } from '../db/test-database';
import { sampleOffer } from '../db/sample-offer';

async function withOpenings(ids: string[]) {
  const db = freshDatabase();
  for (const id of ids) {
    await db.offers.put({ ...sampleOffer({ id, title: id }), firstSeenAt: 0, updatedAt: 0, listed: 1 });
    const event: OfferEvent = { type: 'opened', sourceId: 's', offerId: id, title: id, at: 0, syncId: 'x', baseline: false, announce: 'pending', seen: 0 };
    await db.events.add(event);
  }
  return db;
}

const settings = { ...DEFAULT_SETTINGS.notifications, enabled: true };

describe('announcements store', () => {
  it('claims, shows and completes: nothing stays pending, nothing is claimed twice', async () => {
    const db = await withOpenings(['a', 'b']);
    const pending = await pendingOpenings(db);
    const offers = new Map((await db.offers.toArray()).map((offer) => [offer.id, offer]));
    const plan = planAnnouncement(pending, { offers, saved: new Map(), versionAt: () => undefined, settings, mySkills: [], minuteOfDay: 600 });
    const first = await claimAnnouncement(db, plan);
    const second = await claimAnnouncement(db, plan);
    expect(first?.offers).toHaveLength(2);
    expect(second).toBeUndefined();
    expect(await unfinishedAnnouncements(db)).toEqual([first]);
    await completeAnnouncement(db, first!.id);
    expect(await unfinishedAnnouncements(db)).toEqual([]);
    expect(await pendingOpenings(db)).toEqual([]);
  });

  it('counts unseen openings of postings still open, and clears them', async () => {
    const db = await withOpenings(['a', 'b', 'c']);
    await db.offers.update('c', { status: 'closed' });
    expect(await countUnseenOpenings(db)).toBe(2);
    expect(await countUnseenOpenings(db, ['s'])).toBe(0);
    await markOpeningsSeen(db, ['a']);
    expect(await countUnseenOpenings(db)).toBe(1);
    await markOpeningsSeen(db);
    expect(await countUnseenOpenings(db)).toBe(0);
  });

  it('leaves hidden and blocked postings out of the unseen counts, even when hidden after they opened', async () => {
    const db = await withOpenings(['a', 'b', 'c']);
    await db.offers.update('c', { organization: 'Agence X' });
    await applyNoiseChange(db, { action: 'hide', offerId: 'a', title: 'a' }, 1000);
    await applyNoiseChange(db, { action: 'block-organization', name: 'Agence X' }, 1000);
    expect(await countUnseenOpenings(db)).toBe(1);
    expect(await unseenOfferIds(db)).toEqual(['b']);
  });
});
