import { daysLeft } from '../board/deadline';
import type { FavoriteRecord, OfferEvent, StoredOffer } from '../db/records';
import type { VigieDatabase } from '../db/schema';
import type { Offer } from '../postings/types';

export interface DueReminder {
  offerId: string;
  sourceId: string;
  title: string;
  deadline: string;
}

/**
 * The saved offers whose last day to apply is at most `days` days away (today included), still
 * open and on their source, alerts not muted, and not applied to yet (at stage `saved`: once applied,
 * interviewed or turned down, the last day to apply means nothing to the seeker): pure, over the offers as stored (a snapshot when the
 * source is not followed here). `days` 0 turns reminders off.
 */
export function dueReminders(favorites: readonly FavoriteRecord[], stored: ReadonlyMap<string, StoredOffer | undefined>, today: string, days: number): DueReminder[] {
  if (days <= 0) return [];
  return favorites.flatMap((favorite) => {
    const live = stored.get(favorite.offerId);
    if (favorite.alertsMuted || favorite.stage !== 'saved' || live?.listed === 0) return [];
    const offer: Offer = live ?? favorite.snapshot;
    const left = offer.deadline === undefined ? undefined : daysLeft(offer.deadline, today);
    if (left === undefined || left < 0 || left > days || offer.status === 'closed') return [];
    return [{ offerId: favorite.offerId, sourceId: offer.sourceId, title: offer.title, deadline: offer.deadline! }];
  });
}

/**
 * Records a pending reminder for each saved offer whose deadline comes near, once per offer and
 * deadline: in one transaction with the check, so that two runs (or a run after a restart) never
 * record it twice; a deadline moved later is reminded of again when it comes near.
 */
export async function recordDeadlineReminders(db: VigieDatabase, today: string, days: number, now: number): Promise<number> {
  if (days <= 0) return 0;
  return db.transaction('rw', [db.favorites, db.offers, db.events], async () => {
    const favorites = await db.favorites.toArray();
    const offers = await db.offers.bulkGet(favorites.map((favorite) => favorite.offerId));
    const stored = new Map(favorites.map((favorite, index) => [favorite.offerId, offers[index]]));
    const due = dueReminders(favorites, stored, today, days);
    const reminders: OfferEvent[] = [];
    for (const reminder of due) {
      const reminded = await db.events.where('offerId').equals(reminder.offerId).filter((event) => event.type === 'deadline' && event.deadline === reminder.deadline).count();
      if (reminded > 0) continue;
      reminders.push({ ...reminder, type: 'deadline', at: now, syncId: `deadline@${today}`, baseline: false, announce: 'pending', seen: 1 });
    }
    await db.events.bulkAdd(reminders);
    return reminders.length;
  });
}
