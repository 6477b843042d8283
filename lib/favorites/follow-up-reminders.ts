import type { VigieDatabase } from '../db/schema';
import type { FavoriteRecord } from '../db/records';
import { daysWaiting, dueFollowUps, followUpOf, type FollowUp } from './follow-up';

/**
 * The follow-ups already told, kept in the settings table under one key (Vigie's own state, like
 * the default sources' install mark). Each is claimed before its notification is shown and marked
 * shown after: a worker stopped in between shows it again under the same id, which replaces a
 * notification still on screen rather than adding one, so the seeker sees each reminder once.
 */
const REMINDERS_KEY = 'followUpReminders';
export const FOLLOW_UP_NOTIFICATION_PREFIX = 'vigie-follow-up:';

interface ToldFollowUp {
  offerId: string;
  appliedAt: number;
  notificationId: string;
  shown: boolean;
}

/** One notification for the follow-ups due at one time. */
export interface FollowUpNotice {
  id: string;
  offers: Array<{ offerId: string; title: string; organization?: string; daysWaiting: number }>;
}

/** Claims the follow-ups due at `now` that no notification told yet; undefined when there are none. */
export async function claimFollowUps(db: VigieDatabase, now: number, days: number): Promise<FollowUpNotice | undefined> {
  return db.transaction('rw', [db.favorites, db.settings], async () => {
    const favorites = await db.favorites.toArray();
    // Only applications still waiting are remembered: the list stays as short as the board's "applied" column.
    const waiting = new Set(favorites.flatMap((favorite) => followUpOf(favorite, days) ?? []).map(followUpKey));
    const told = (await readTold(db)).filter((reminder) => waiting.has(followUpKey(reminder)));
    const toldKeys = new Set(told.map(followUpKey));
    const fresh = dueFollowUps(favorites, now, days).filter((followUp) => !toldKeys.has(followUpKey(followUp)));
    const notificationId = `${FOLLOW_UP_NOTIFICATION_PREFIX}${now}`;
    const claimed = fresh.map((followUp): ToldFollowUp => ({ offerId: followUp.offerId, appliedAt: followUp.appliedAt, notificationId, shown: false }));
    await db.settings.put({ key: REMINDERS_KEY, value: [...told, ...claimed] });
    if (claimed.length === 0) return undefined;
    const byId = new Map(favorites.map((favorite) => [favorite.offerId, favorite]));
    return { id: notificationId, offers: fresh.map((followUp) => describe(byId.get(followUp.offerId)!, followUp, now)) };
  });
}

/** Second step, once the notification is shown. */
export async function completeFollowUps(db: VigieDatabase, notificationId: string): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const told = await readTold(db);
    await db.settings.put({ key: REMINDERS_KEY, value: told.map((reminder) => (reminder.notificationId === notificationId ? { ...reminder, shown: true } : reminder)) });
  });
}

/** Notices claimed but maybe not shown (the worker stopped in between), to show again under their id. */
export async function unfinishedFollowUps(db: VigieDatabase, now: number): Promise<FollowUpNotice[]> {
  const pending = (await readTold(db)).filter((reminder) => !reminder.shown);
  const favorites = new Map((await db.favorites.bulkGet(pending.map((reminder) => reminder.offerId))).flatMap((favorite) => (favorite ? [[favorite.offerId, favorite] as const] : [])));
  const notices = new Map<string, FollowUpNotice>();
  for (const reminder of pending) {
    const favorite = favorites.get(reminder.offerId);
    // Any number of days will do: only the application's date is read.
    const followUp = favorite && followUpOf(favorite, 0);
    if (!favorite || followUp?.appliedAt !== reminder.appliedAt) continue;
    const notice = notices.get(reminder.notificationId) ?? { id: reminder.notificationId, offers: [] };
    notice.offers.push(describe(favorite, followUp, now));
    notices.set(reminder.notificationId, notice);
  }
  return [...notices.values()];
}

function followUpKey(followUp: Pick<FollowUp, 'offerId' | 'appliedAt'>): string {
  return `${followUp.appliedAt}|${followUp.offerId}`;
}

function describe(favorite: FavoriteRecord, followUp: FollowUp, now: number): FollowUpNotice['offers'][number] {
  const { title, organization } = favorite.snapshot;
  return { offerId: favorite.offerId, title, ...(organization ? { organization } : {}), daysWaiting: daysWaiting(followUp, now) };
}

async function readTold(db: VigieDatabase): Promise<ToldFollowUp[]> {
  const value = (await db.settings.get(REMINDERS_KEY))?.value;
  return Array.isArray(value) ? value.filter(isToldFollowUp) : [];
}

function isToldFollowUp(value: unknown): value is ToldFollowUp {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.offerId === 'string' && typeof record.appliedAt === 'number' && typeof record.notificationId === 'string' && typeof record.shown === 'boolean';
}
