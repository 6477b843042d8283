import { browser } from '#imports';
import { readSettings } from '../../lib/db';
import { saveFavorite } from '../../lib/favorites/favorites-store';
import {
  announcedOffers,
  claimAnnouncement,
  completeAnnouncement,
  countUnseenOpenings,
  markOpeningsSeen,
  pendingOpenings,
  unfinishedAnnouncements,
} from '../../lib/notify/announcements-store';
import { planAnnouncement, type NotificationPlan } from '../../lib/notify/plan-announcement';
import type { BackgroundServices } from './services';
import { signalChange } from './signal-change';

// Firefox shows only title, message and icon: no buttons.
const SUPPORTS_BUTTONS = import.meta.env.BROWSER !== 'firefox';
const TITLES_SHOWN = 3;

/** Listeners must be added when the worker starts, so that a click wakes it. */
export function registerNotifications(services: BackgroundServices): void {
  browser.notifications?.onClicked.addListener((id) => void openAnnounced(services, id));
  browser.notifications?.onButtonClicked.addListener((id, button) => {
    void (button === 0 ? openAnnounced(services, id) : saveAnnounced(services, id));
  });
  void showUnfinished(services).then(() => updateBadge(services));
}

/** Once per sync run: one notification for everything that newly opened, then the badge. */
export async function announceOpenings(services: BackgroundServices): Promise<void> {
  const { db } = services;
  const pending = await pendingOpenings(db);
  if (pending.length > 0) {
    const [settings, granted] = await Promise.all([readSettings(db), hasPermission()]);
    const offers = await db.offers.bulkGet(pending.map((event) => event.offerId));
    const now = new Date();
    const plan = planAnnouncement(pending, {
      offers: new Map(pending.map((event, index) => [event.offerId, offers[index]])),
      settings: { ...settings.notifications, enabled: settings.notifications.enabled && granted },
      mySkills: settings.mySkills,
      minuteOfDay: now.getHours() * 60 + now.getMinutes(),
    });
    const notification = await claimAnnouncement(db, plan);
    if (notification) await show(services, notification);
  }
  await updateBadge(services);
}

export async function updateBadge(services: BackgroundServices): Promise<void> {
  const settings = await readSettings(services.db);
  const count = await countUnseenOpenings(services.db, settings.notifications.mutedSources);
  await browser.action.setBadgeBackgroundColor({ color: '#1d4ed8' });
  await browser.action.setBadgeText({ text: count > 0 ? String(Math.min(count, 999)) : '' });
}

export async function markSeen(services: BackgroundServices, offerIds?: string[]): Promise<void> {
  await markOpeningsSeen(services.db, offerIds);
  await updateBadge(services);
}

async function show(services: BackgroundServices, notification: NotificationPlan): Promise<void> {
  const [first] = notification.offers;
  if (!first || !browser.notifications) return;
  const single = notification.offers.length === 1;
  await browser.notifications.create(notification.id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: single ? first.title : browser.i18n.getMessage('notifyManyTitle', [String(notification.offers.length)]),
    message: single
      ? first.organization ?? ''
      : notification.offers.slice(0, TITLES_SHOWN).map((offer) => `• ${offer.title}`).join('\n'),
    ...(SUPPORTS_BUTTONS && single
      ? { buttons: [{ title: browser.i18n.getMessage('notifyOpen') }, { title: browser.i18n.getMessage('notifySave') }] }
      : {}),
  });
  await completeAnnouncement(services.db, notification.id);
}

async function showUnfinished(services: BackgroundServices): Promise<void> {
  if (!(await hasPermission())) return;
  for (const notification of await unfinishedAnnouncements(services.db)) await show(services, notification);
}

async function openAnnounced(services: BackgroundServices, notificationId: string): Promise<void> {
  if (!notificationId.startsWith('vigie:')) return;
  const offers = await announcedOffers(services.db, notificationId);
  const [first] = offers;
  if (!first) return;
  const page = offers.length === 1 ? `/popup.html#offer=${encodeURIComponent(first.offerId)}` : '/popup.html#new';
  await browser.tabs.create({ url: browser.runtime.getURL(page as '/popup.html') });
  await browser.notifications?.clear(notificationId);
  await markSeen(services, offers.map((offer) => offer.offerId));
}

async function saveAnnounced(services: BackgroundServices, notificationId: string): Promise<void> {
  const offers = await announcedOffers(services.db, notificationId);
  for (const offer of offers) await saveFavorite(services.db, offer.offerId);
  await browser.notifications?.clear(notificationId);
  await signalChange('favorites');
}

async function hasPermission(): Promise<boolean> {
  return await browser.permissions.contains({ permissions: ['notifications'] });
}
