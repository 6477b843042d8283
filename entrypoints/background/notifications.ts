import { browser } from '#imports';
import { saveFavorite } from '../../lib/favorites/favorites-store';
import { announcedPage } from '../../lib/notify/announced-page';
import { announcedNotification, completeAnnouncement, unfinishedAnnouncements } from '../../lib/notify/announcements-store';
import { claimNextAnnouncement } from '../../lib/notify/next-announcement';
import { copiesOfPostings } from '../../lib/duplicates/duplicates-store';
import { notificationLook, notificationOptions } from '../../lib/notify/notification-options';
import type { NotificationPlan } from '../../lib/notify/plan-announcement';
import { markSeen, updateBadge } from './badge';
import type { BackgroundServices } from './services';
import { signalChange } from './signal-change';

/** Listeners must be added when the worker starts, so that a click wakes it. */
export function registerNotifications(services: BackgroundServices): void {
  browser.notifications?.onClicked.addListener((id) => void openAnnounced(services, id));
  browser.notifications?.onButtonClicked.addListener((id, button) => void (button === 0 ? openAnnounced(services, id) : saveAnnounced(services, id)));
  void showUnfinished(services).then(() => updateBadge(services));
}

/** Once per sync run: one notification for everything that newly opened and what saved offers went through, then the badge. */
export async function announceOpenings(services: BackgroundServices): Promise<void> {
  const notification = await claimNextAnnouncement(services.db, hasPermission, new Date(), (pending) => copiesOfPostings(services.db, pending));
  if (notification) await show(services, notification);
  await updateBadge(services);
}

async function show(services: BackgroundServices, notification: NotificationPlan): Promise<void> {
  const look = notificationLook({
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    supportsButtons: import.meta.env.BROWSER !== 'firefox',
    t: (key, substitutions) => browser.i18n.getMessage(key as never, substitutions),
    locale: browser.i18n.getUILanguage(),
  }, Date.now());
  const options = notificationOptions(notification, look);
  if (!options || !browser.notifications) return;
  await browser.notifications.create(notification.id, options);
  await completeAnnouncement(services.db, notification.id);
}

const hasPermission = () => browser.permissions.contains({ permissions: ['notifications'] });

async function showUnfinished(services: BackgroundServices): Promise<void> {
  if (!(await hasPermission())) return;
  for (const notification of await unfinishedAnnouncements(services.db)) await show(services, notification);
}

async function openAnnounced(services: BackgroundServices, notificationId: string): Promise<void> {
  if (!notificationId.startsWith('vigie:')) return;
  const announced = await announcedNotification(services.db, notificationId);
  if (announced.offers.length === 0) return;
  await browser.tabs.create({ url: browser.runtime.getURL(announcedPage(announced)) });
  await browser.notifications?.clear(notificationId);
  await markSeen(services, announced.offers.map((offer) => offer.offerId));
}

async function saveAnnounced(services: BackgroundServices, notificationId: string): Promise<void> {
  for (const offer of (await announcedNotification(services.db, notificationId)).offers) await saveFavorite(services.db, offer.offerId);
  await browser.notifications?.clear(notificationId);
  await signalChange('favorites');
}
