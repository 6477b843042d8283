import { localDay } from '../board/deadline';
import type { VigieDatabase } from '../db/schema';
import { readSettings } from '../db/settings-store';
import { countNewMatches } from '../saved-searches/saved-searches-store';
import { recordSearchMatches } from '../saved-searches/record-search-matches';
import { claimAnnouncement, countUnseenOpenings, lookupAnnounced, newPostingIds, pendingOpenings } from './announcements-store';
import { recordDeadlineReminders } from './deadline-reminders';
import { planAnnouncement, type NotificationPlan } from './plan-announcement';
import { createNoiseJudge, type NoiseJudge } from '../noise/judge-noise';
import { readNoiseRules } from '../db/noise-store';
import type { OfferEvent } from '../db/records';
import type { AnnouncementContext } from './plan-announcement';

/** What knowing copies of one job adds to the plan (lib/duplicates gives it): announced once, hidden with any copy. */
export interface CopiesOfPostings extends Pick<AnnouncementContext, 'postingOf' | 'announcedPostings'> {
  noise: (judge: NoiseJudge) => NoiseJudge;
}

// The badge has room for three digits.
const BADGE_MAX = 999;

/**
 * Matches what newly opened against the saved searches, then plans the one notification for what
 * newly opened and what saved offers went through since the last, and claims its events so that
 * no other run announces them; undefined when there is nothing to show now.
 */
export async function claimNextAnnouncement(
  db: VigieDatabase,
  notificationsGranted: () => Promise<boolean>,
  now = new Date(),
  copiesOf?: (pending: readonly OfferEvent[]) => Promise<CopiesOfPostings>,
): Promise<NotificationPlan | undefined> {
  const settings = await readSettings(db);
  await recordDeadlineReminders(db, localDay(now.getTime()), settings.notifications.deadlineReminderDays, now.getTime());
  await recordSearchMatches(db, now.getTime());
  const pending = await pendingOpenings(db);
  if (pending.length === 0) return undefined;
  const [granted, noiseRules, copies, searches, matches] = await Promise.all([
    notificationsGranted(),
    readNoiseRules(db),
    copiesOf?.(pending),
    db.savedSearches.toArray(),
    db.searchMatches.where('eventSeq').anyOf(pending.map((event) => event.seq ?? -1)).toArray(),
  ]);
  const noise = createNoiseJudge(noiseRules);
  const plan = planAnnouncement(pending, {
    ...(await lookupAnnounced(db, pending)),
    settings: { ...settings.notifications, enabled: settings.notifications.enabled && granted },
    mySkills: settings.mySkills,
    minuteOfDay: now.getHours() * 60 + now.getMinutes(),
    noise: copies ? copies.noise(noise) : noise,
    postingOf: copies?.postingOf,
    announcedPostings: copies?.announcedPostings,
    alerts: { searches, matches },
  });
  return claimAnnouncement(db, plan);
}

/**
 * The toolbar badge: the new matches of the seeker's saved searches (not muted); without saved
 * searches, the openings not seen yet outside muted sources. Empty when none.
 */
export async function unseenBadgeText(db: VigieDatabase): Promise<string> {
  const [settings, searchCount] = await Promise.all([readSettings(db), db.savedSearches.count()]);
  const count = searchCount > 0 ? await countNewMatches(db, await newPostingIds(db)) : await countUnseenOpenings(db, settings.notifications.mutedSources);
  return count > 0 ? String(Math.min(count, BADGE_MAX)) : '';
}
