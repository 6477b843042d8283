import type { OfferEvent } from '../db/records';
import type { Offer } from '../postings/types';
import type { NotificationSettings } from '../settings/settings';
import { scoreMatch } from '../skills/score-match';
import { judgedOffer, type NoiseJudge } from '../noise/judge-noise';

export interface AnnouncedOffer {
  offerId: string;
  title: string;
  organization?: string;
  url?: string;
}

export interface NotificationPlan {
  /** Prefixed "vigie:" and derived from the events, so that showing it again replaces it. */
  id: string;
  offers: AnnouncedOffer[];
}

export interface AnnouncementPlan {
  /** Openings this run announces, in one notification. */
  announce: OfferEvent[];
  /** Openings that will never be announced: muted source, no longer open, hidden or blocked, too few skills, notifications off. */
  skip: OfferEvent[];
  /** Openings kept for later (quiet hours). */
  defer: OfferEvent[];
  notification?: NotificationPlan;
}

export interface AnnouncementContext {
  /** The offers as stored now; undefined when gone. */
  offers: ReadonlyMap<string, (Offer & { listed?: 0 | 1 }) | undefined>;
  settings: NotificationSettings;
  mySkills: readonly string[];
  /** Local time of day, in minutes since midnight. */
  minuteOfDay: number;
  /** Says whether the seeker hid the posting or blocked its organization or a word of it (lib/noise): never announced. */
  noise?: NoiseJudge;
}

/** Decides, from the pending openings, what one notification says: pure, so every rule is tested. */
export function planAnnouncement(pending: OfferEvent[], context: AnnouncementContext): AnnouncementPlan {
  const plan: AnnouncementPlan = { announce: [], skip: [], defer: [] };
  const { settings } = context;
  const announcedOffers = new Set<string>();
  for (const event of [...pending].sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0))) {
    const offer = context.offers.get(event.offerId);
    const stillOpen = offer !== undefined && offer.listed !== 0 && offer.status === 'open';
    // The posting's concrete skills the user has, as the popup and the page panel count them.
    const matched = offer ? scoreMatch(offer.skills, context.mySkills).matched.length : 0;
    const notInterested = offer !== undefined && context.noise?.(judgedOffer(offer)) !== undefined;
    if (!settings.enabled || !stillOpen || notInterested || settings.mutedSources.includes(event.sourceId) || matched < settings.minMatchingSkills) {
      plan.skip.push(event);
    } else if (inQuietHours(context.minuteOfDay, settings.quietHours)) {
      plan.defer.push(event);
    } else if (announcedOffers.has(event.offerId)) {
      // Opened twice since the last notification (closed and reopened): announced once.
      plan.skip.push(event);
    } else {
      announcedOffers.add(event.offerId);
      plan.announce.push(event);
    }
  }
  if (plan.announce.length > 0) {
    plan.notification = {
      id: `vigie:opened:${plan.announce[0]?.seq ?? 0}`,
      offers: plan.announce.map((event) => {
        const offer = context.offers.get(event.offerId);
        return { offerId: event.offerId, title: offer?.title ?? event.title, organization: offer?.organization, url: offer?.url };
      }),
    };
  }
  return plan;
}

export function inQuietHours(minuteOfDay: number, quiet: NotificationSettings['quietHours']): boolean {
  if (!quiet || quiet.from === quiet.to) return false;
  // A range over midnight (22:00 → 07:00) wraps.
  return quiet.from < quiet.to ? minuteOfDay >= quiet.from && minuteOfDay < quiet.to : minuteOfDay >= quiet.from || minuteOfDay < quiet.to;
}
