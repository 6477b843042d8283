import { versionSeenAt } from '../db/history-store';
import { readNoiseRules } from '../db/noise-store';
import type { OfferEvent, StoredOffer } from '../db/records';
import type { VigieDatabase } from '../db/schema';
import type { PostingVersion } from '../history/types';
import { createNoiseJudge, judgedOffer } from '../noise/judge-noise';
import { announcedOffersOf, type AnnouncedOffersLookup, type AnnouncementPlan, type NotificationPlan } from './plan-announcement';
import { groupBySearch } from './search-groups';

/** The events waiting to be announced: openings, and saved offers' news. */
export function pendingOpenings(db: VigieDatabase): Promise<OfferEvent[]> {
  return db.events.where('announce').equals('pending').toArray();
}

/** What a notification about these events needs to know of their offers: as stored, whether saved, and the versions their edits recorded. */
export async function lookupAnnounced(db: VigieDatabase, events: readonly OfferEvent[]): Promise<AnnouncedOffersLookup> {
  const offerIds = [...new Set(events.map((event) => event.offerId))];
  const [offers, favorites] = await Promise.all([db.offers.bulkGet(offerIds), db.favorites.bulkGet(offerIds)]);
  const versions = new Map<string, PostingVersion>();
  for (const event of events) {
    if (event.type !== 'updated') continue;
    const version = await versionSeenAt(db, event.offerId, event.at);
    if (version) versions.set(`${event.offerId}@${event.at}`, version);
  }
  return {
    offers: new Map(offerIds.map((id, index) => [id, offers[index]])),
    saved: new Map(favorites.flatMap((favorite) => (favorite ? [[favorite.offerId, favorite] as const] : []))),
    versionAt: (offerId, at) => versions.get(`${offerId}@${at}`),
  };
}

/**
 * First step of announcing: in one transaction, the openings still pending are claimed
 * under the notification's id and the skipped ones closed. Two overlapping runs cannot claim
 * the same opening; the plan is narrowed to what this run really claimed.
 */
export async function claimAnnouncement(db: VigieDatabase, plan: AnnouncementPlan): Promise<NotificationPlan | undefined> {
  return db.transaction('rw', db.events, async () => {
    const seqs = [...plan.announce, ...plan.skip].map((event) => event.seq ?? -1);
    const current = new Map((await db.events.bulkGet(seqs)).flatMap((event) => (event?.announce === 'pending' ? [[event.seq, event] as const] : [])));
    const skipped = plan.skip.flatMap((event) => {
      const stored = current.get(event.seq);
      return stored ? [{ ...stored, announce: 'skipped' as const }] : [];
    });
    const claimed = plan.announce.filter((event) => current.has(event.seq));
    const notification = plan.notification && claimed.length > 0 ? narrow(plan.notification, claimed) : undefined;
    const announcing = notification ? claimed.map((event) => ({ ...current.get(event.seq)!, announce: 'announcing' as const, notificationId: notification.id })) : [];
    await db.events.bulkPut([...skipped, ...announcing]);
    return notification;
  });
}

/** Second step, once the notification is shown. */
export async function completeAnnouncement(db: VigieDatabase, notificationId: string): Promise<void> {
  await db.events.where('notificationId').equals(notificationId).modify({ announce: 'announced' });
}

/** Notifications claimed but maybe not shown (the worker died in between): shown again under the same id. */
export async function unfinishedAnnouncements(db: VigieDatabase): Promise<NotificationPlan[]> {
  const events = await db.events.where('announce').equals('announcing').toArray();
  const byId = new Map<string, OfferEvent[]>();
  for (const event of events) {
    if (event.notificationId) byId.set(event.notificationId, [...(byId.get(event.notificationId) ?? []), event]);
  }
  return Promise.all([...byId].map(async ([id, group]) => ({ id, offers: await describeOffers(db, group), ...(await searchGroupsOf(db, group)) })));
}

/** The offers a notification announced, and for which saved searches, for its click. */
export async function announcedNotification(db: VigieDatabase, notificationId: string): Promise<NotificationPlan> {
  const events = await db.events.where('notificationId').equals(notificationId).toArray();
  return { id: notificationId, offers: await describeOffers(db, events), ...(await searchGroupsOf(db, events)) };
}

/** The saved searches' groups of a notification shown again, from the matches its openings made. */
async function searchGroupsOf(db: VigieDatabase, events: OfferEvent[]): Promise<Pick<NotificationPlan, 'groups'>> {
  const searches = await db.savedSearches.toArray();
  if (searches.length === 0) return {};
  const matches = await db.searchMatches.where('eventSeq').anyOf(events.map((event) => event.seq ?? -1)).toArray();
  return { groups: groupBySearch(events.map((event) => event.offerId), matches, searches) };
}

/** Postings whose opening the seeker has not seen and that are still listed and open: what is new. */
export async function newPostingIds(db: VigieDatabase): Promise<Set<string>> {
  // The offers unseenOffers read: the badge asks after every report of rows seen, and reading them twice doubled its cost.
  return new Set((await unseenOffers(db)).filter((offer) => offer.listed === 1 && offer.status === 'open').map((offer) => offer.id));
}

/** Openings not yet seen whose posting is still open, neither hidden nor blocked: the badge's number. */
export async function countUnseenOpenings(db: VigieDatabase, mutedSources: readonly string[] = []): Promise<number> {
  const events = await db.events.where('[type+seen]').equals(['opened', 0]).toArray();
  const offers = await wantedOffers(db, events.filter((event) => !mutedSources.includes(event.sourceId)));
  return offers.filter((offer) => offer.listed === 1 && offer.status === 'open').length;
}

/** Marks the given offers' openings (all when none given) as seen. */
export async function markOpeningsSeen(db: VigieDatabase, offerIds?: readonly string[]): Promise<void> {
  const unseen = db.events.where('[type+seen]').equals(['opened', 0]);
  // A Set: the popup reports rows as they are read, each report checked against every unseen opening.
  const wanted = offerIds && new Set(offerIds);
  await (wanted ? unseen.filter((event) => wanted.has(event.offerId)) : unseen).modify({ seen: 1 });
}

/** Ids of offers whose opening the user has not seen yet, neither hidden nor blocked, for the popup's "new" marks. */
export async function unseenOfferIds(db: VigieDatabase): Promise<string[]> {
  return (await unseenOffers(db)).map((offer) => offer.id);
}

async function unseenOffers(db: VigieDatabase): Promise<StoredOffer[]> {
  return wantedOffers(db, await db.events.where('[type+seen]').equals(['opened', 0]).toArray());
}

/**
 * The stored offers of these events, each once, but those the seeker hid or blocked: by the rules
 * as they are now, so that a rule added after the opening also takes it out of the counts.
 */
async function wantedOffers(db: VigieDatabase, events: readonly OfferEvent[]): Promise<StoredOffer[]> {
  const offerIds = [...new Set(events.map((event) => event.offerId))];
  const [offers, rules] = await Promise.all([db.offers.bulkGet(offerIds), readNoiseRules(db)]);
  const noise = createNoiseJudge(rules);
  return offers.filter((offer): offer is StoredOffer => offer !== undefined && noise(judgedOffer(offer)) === undefined);
}

function narrow(notification: NotificationPlan, claimed: OfferEvent[]): NotificationPlan {
  const ids = new Set(claimed.map((event) => event.offerId));
  const groups = notification.groups?.map((group) => ({ ...group, offerIds: group.offerIds.filter((id) => ids.has(id)) })).filter((group) => group.offerIds.length > 0);
  return { id: notification.id, offers: notification.offers.filter((offer) => ids.has(offer.offerId)), ...(groups ? { groups } : {}) };
}

async function describeOffers(db: VigieDatabase, events: OfferEvent[]): Promise<NotificationPlan['offers']> {
  return announcedOffersOf(events, await lookupAnnounced(db, events));
}
