import { browser } from '#imports';
import { readSettings } from '../../lib/db';
import { followUpNotificationOptions } from '../../lib/favorites/follow-up-notification';
import { claimFollowUps, completeFollowUps, FOLLOW_UP_NOTIFICATION_PREFIX, unfinishedFollowUps, type FollowUpNotice } from '../../lib/favorites/follow-up-reminders';
import type { BackgroundServices } from './services';

// Follow-ups are counted in days: looking once an hour is soon enough, and costs one read of the saved offers.
const FOLLOW_UP_ALARM = 'vigie-follow-ups';
const LOOK_EVERY_MINUTES = 60;

/** Kept apart from the openings' notifications: its own alarm, its own ids, its own once-only record (lib/favorites/follow-up-reminders.ts). */
export function registerFollowUpReminders(services: BackgroundServices): void {
  browser.notifications?.onClicked.addListener((id) => void openTracker(id));
  browser.alarms.onAlarm.addListener((alarm) => void (alarm.name === FOLLOW_UP_ALARM && remindFollowUps(services)));
  void browser.alarms.get(FOLLOW_UP_ALARM).then(async (alarm) => {
    if (!alarm) await browser.alarms.create(FOLLOW_UP_ALARM, { periodInMinutes: LOOK_EVERY_MINUTES });
  });
  void remindFollowUps(services);
}

/** Shows what a stopped worker left claimed, then the follow-ups newly due; nothing while notifications are off. */
async function remindFollowUps(services: BackgroundServices): Promise<void> {
  const settings = await readSettings(services.db);
  if (!settings.notifications.enabled || !browser.notifications) return;
  if (!(await browser.permissions.contains({ permissions: ['notifications'] }))) return;
  const now = Date.now();
  for (const notice of await unfinishedFollowUps(services.db, now)) await show(services, notice);
  const notice = await claimFollowUps(services.db, now, settings.followUpDays);
  if (notice) await show(services, notice);
}

async function show(services: BackgroundServices, notice: FollowUpNotice): Promise<void> {
  const options = followUpNotificationOptions(notice, {
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    translate: (key, substitutions) => browser.i18n.getMessage(key, substitutions),
  });
  if (options) await browser.notifications?.create(notice.id, options);
  await completeFollowUps(services.db, notice.id);
}

async function openTracker(notificationId: string): Promise<void> {
  if (!notificationId.startsWith(FOLLOW_UP_NOTIFICATION_PREFIX)) return;
  await browser.tabs.create({ url: browser.runtime.getURL('/tracker.html') });
  await browser.notifications?.clear(notificationId);
}
