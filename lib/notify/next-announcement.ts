import type { VigieDatabase } from '../db/schema';
import { readSettings } from '../db/settings-store';
import { claimAnnouncement, countUnseenOpenings, pendingOpenings } from './announcements-store';
import { planAnnouncement, type NotificationPlan } from './plan-announcement';
import { createNoiseJudge } from '../noise/judge-noise';
import { readNoiseRules } from '../db/noise-store';

// The badge has room for three digits.
const BADGE_MAX = 999;

/**
 * Plans the one notification for what newly opened since the last, and claims its openings so
 * that no other run announces them; undefined when there is nothing to show now.
 */
export async function claimNextAnnouncement(db: VigieDatabase, notificationsGranted: () => Promise<boolean>, now = new Date()): Promise<NotificationPlan | undefined> {
  const pending = await pendingOpenings(db);
  if (pending.length === 0) return undefined;
  const [settings, granted, noiseRules] = await Promise.all([readSettings(db), notificationsGranted(), readNoiseRules(db)]);
  const offers = await db.offers.bulkGet(pending.map((event) => event.offerId));
  const plan = planAnnouncement(pending, {
    offers: new Map(pending.map((event, index) => [event.offerId, offers[index]])),
    settings: { ...settings.notifications, enabled: settings.notifications.enabled && granted },
    mySkills: settings.mySkills,
    minuteOfDay: now.getHours() * 60 + now.getMinutes(),
    noise: createNoiseJudge(noiseRules),
  });
  return claimAnnouncement(db, plan);
}

/** The toolbar badge: the openings not seen yet, outside muted sources; empty when none. */
export async function unseenBadgeText(db: VigieDatabase): Promise<string> {
  const settings = await readSettings(db);
  const count = await countUnseenOpenings(db, settings.notifications.mutedSources);
  return count > 0 ? String(Math.min(count, BADGE_MAX)) : '';
}
