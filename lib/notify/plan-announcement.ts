import type { FavoriteRecord, OfferEvent, SavedSearchRecord, SearchMatchRecord } from '../db/records';
import type { PostingVersion, SavedOfferAlert } from '../history/types';
import type { Offer } from '../postings/types';
import type { NotificationSettings } from '../settings/settings';
import { scoreMatch } from '../skills/score-match';
import { judgedOffer, type NoiseJudge } from '../noise/judge-noise';
import { describeSavedAlert } from './saved-offer-alerts';
import { groupBySearch, type SearchGroup } from './search-groups';

export interface AnnouncedOffer {
  offerId: string;
  title: string;
  organization?: string;
  url?: string;
  /** A saved offer's news (closed, reopened, changed, removed, deadline near); absent for an opening. */
  alert?: SavedOfferAlert;
  /** When the news was recorded: the day its sentence gives. */
  at?: number;
}

export interface NotificationPlan {
  /** Prefixed "vigie:" and derived from the events, so that showing it again replaces it. */
  id: string;
  offers: AnnouncedOffer[];
  /** Set when the seeker keeps saved searches: the new postings, by the search that matched them. */
  groups?: SearchGroup[];
}

/** The seeker's saved searches, and what the pending openings matched (lib/saved-searches). */
export interface SearchAlerts {
  searches: readonly SavedSearchRecord[];
  /** Matches whose opening (eventSeq) is among the pending ones. */
  matches: readonly SearchMatchRecord[];
}

export interface AnnouncementPlan {
  /** Events this run announces, in one notification: openings and saved offers' news. */
  announce: OfferEvent[];
  /** Events that will never be announced: muted source or offer, no longer open, hidden or blocked, too few skills, notifications off. */
  skip: OfferEvent[];
  /** Events kept for later (quiet hours). */
  defer: OfferEvent[];
  notification?: NotificationPlan;
}

/** What is known of the offers a notification speaks of. */
export interface AnnouncedOffersLookup {
  /** The offers as stored now; undefined when gone. */
  offers: ReadonlyMap<string, (Offer & { listed?: 0 | 1 }) | undefined>;
  /** The seeker's saved offers among them. */
  saved: ReadonlyMap<string, Pick<FavoriteRecord, 'snapshot' | 'alertsMuted'>>;
  /** The version of an offer recorded at that time, for what an 'updated' event changed. */
  versionAt: (offerId: string, at: number) => PostingVersion | undefined;
}

export interface AnnouncementContext extends AnnouncedOffersLookup {
  settings: NotificationSettings;
  mySkills: readonly string[];
  /** Local time of day, in minutes since midnight. */
  minuteOfDay: number;
  /** Says whether the seeker hid the posting or blocked its organization or a word of it (lib/noise): never announced. */
  noise?: NoiseJudge;
  /** The posting an offer is a copy of (lib/duplicates: another source, a saved page), as one key per posting; undefined when it is seen once. */
  postingOf?: (offerId: string) => string | undefined;
  /** Postings (postingOf's keys) whose opening was already announced through another copy: the same job is announced once. */
  announcedPostings?: ReadonlySet<string>;
  /** With saved searches, only their new matches are announced among openings; without, every opening is. */
  alerts?: SearchAlerts;
}

/**
 * Decides, from the pending events, what one notification says: pure, so every rule is tested.
 * A saved offer's events make one line about it, unless its alerts are muted; any other offer's
 * opening is announced by the opening rules (source, skills, still open).
 */
export function planAnnouncement(pending: OfferEvent[], context: AnnouncementContext): AnnouncementPlan {
  const plan: AnnouncementPlan = { announce: [], skip: [], defer: [] };
  const quiet = inQuietHours(context.minuteOfDay, context.settings.quietHours);
  const announcedPostings = new Set(context.announcedPostings);
  const alerting = alertingOpenings(context.alerts);
  for (const events of byOffer(pending)) {
    const [first] = events;
    if (!first) continue;
    const saved = context.saved.get(first.offerId);
    if (!context.settings.enabled || (saved ? saved.alertsMuted || !savedOfferAlert(events, context) : !announcesOpening(events, context, alerting))) plan.skip.push(...events);
    else if (quiet) plan.defer.push(...events);
    else if (saved) plan.announce.push(...events);
    else if (isAnnouncedCopy(first.offerId, context, announcedPostings)) plan.skip.push(...events);
    else {
      // Opened twice since the last notification (closed and reopened): announced once; other events of an unsaved offer are no news.
      const opening = announcedOpening(events, alerting)!;
      plan.announce.push(opening);
      plan.skip.push(...events.filter((event) => event !== opening));
    }
  }
  if (plan.announce.length > 0) {
    plan.announce.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
    plan.notification = { id: `vigie:opened:${plan.announce[0]?.seq ?? 0}`, offers: announcedOffersOf(plan.announce, context) };
    if (alerting) plan.notification.groups = groupBySearch(plan.notification.offers.map((offer) => offer.offerId), context.alerts!.matches, context.alerts!.searches);
  }
  return plan;
}

/** The offers one notification speaks of, each once, in the order of their first event: a line about each saved offer's news, or an opening. */
export function announcedOffersOf(events: readonly OfferEvent[], lookup: AnnouncedOffersLookup): AnnouncedOffer[] {
  return byOffer(events).flatMap((group) => {
    const [first] = group;
    if (!first) return [];
    const saved = lookup.saved.get(first.offerId);
    const offer = lookup.offers.get(first.offerId) ?? saved?.snapshot;
    const alert = saved ? savedOfferAlert(group, lookup) : undefined;
    return [{ offerId: first.offerId, title: offer?.title ?? first.title, organization: offer?.organization, url: offer?.url, ...(alert ? { alert, at: group.at(-1)!.at } : {}) }];
  });
}

function savedOfferAlert(events: readonly OfferEvent[], lookup: AnnouncedOffersLookup): SavedOfferAlert | undefined {
  return describeSavedAlert(events, (at) => lookup.versionAt(events[0]!.offerId, at));
}

/**
 * The openings (by seq) that a saved search not muted matched, each announced by the opening
 * that made it a match and by no later one; undefined when the seeker keeps no saved search,
 * and every opening is announced.
 */
function alertingOpenings(alerts: SearchAlerts | undefined): Set<number> | undefined {
  if (!alerts || alerts.searches.length === 0) return undefined;
  const unmuted = new Set(alerts.searches.filter((search) => !search.muted).map((search) => search.id));
  return new Set(alerts.matches.filter((match) => unmuted.has(match.searchId)).map((match) => match.eventSeq));
}

/** The opening that announces an unsaved offer: its first, or with saved searches the one that made it a new match. */
function announcedOpening(events: readonly OfferEvent[], alerting: ReadonlySet<number> | undefined): OfferEvent | undefined {
  return events.find((event) => event.type === 'opened' && (!alerting || alerting.has(event.seq ?? -1)));
}

/** An unsaved offer's opening, by the rules the seeker set: a new match of a saved search when they keep some, still open, not hidden nor blocked, source not muted, enough of their skills. */
function announcesOpening(events: readonly OfferEvent[], context: AnnouncementContext, alerting: ReadonlySet<number> | undefined): boolean {
  const opening = announcedOpening(events, alerting);
  if (!opening) return false;
  const offer = context.offers.get(opening.offerId);
  const stillOpen = offer !== undefined && offer.listed !== 0 && offer.status === 'open';
  // The skills asked that the user has (a list of which one will do counting once), as the popup and the page panel count them.
  const matched = offer ? scoreMatch(offer, context.mySkills).held : 0;
  const notInterested = offer !== undefined && context.noise?.(judgedOffer(offer)) !== undefined;
  return stillOpen && !notInterested && !context.settings.mutedSources.includes(opening.sourceId) && matched >= context.settings.minMatchingSkills;
}

/** The same job from another source was announced (before, or earlier in this plan); else this copy is, from now on. */
function isAnnouncedCopy(offerId: string, context: AnnouncementContext, announced: Set<string>): boolean {
  const posting = context.postingOf?.(offerId);
  if (posting === undefined) return false;
  if (announced.has(posting)) return true;
  announced.add(posting);
  return false;
}

/** Events grouped by offer, each group in order, the groups in the order of their first event. */
function byOffer(events: readonly OfferEvent[]): OfferEvent[][] {
  const groups = new Map<string, OfferEvent[]>();
  for (const event of [...events].sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0))) groups.set(event.offerId, [...(groups.get(event.offerId) ?? []), event]);
  return [...groups.values()];
}

export function inQuietHours(minuteOfDay: number, quiet: NotificationSettings['quietHours']): boolean {
  if (!quiet || quiet.from === quiet.to) return false;
  // A range over midnight (22:00 → 07:00) wraps.
  return quiet.from < quiet.to ? minuteOfDay >= quiet.from && minuteOfDay < quiet.to : minuteOfDay >= quiet.from || minuteOfDay < quiet.to;
}
