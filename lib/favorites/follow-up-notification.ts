import type { NotificationOptions } from '../notify/notification-options';
import type { FollowUpNotice } from './follow-up-reminders';

// A notification for several follow-ups names the first few, as the openings' does.
const TITLES_SHOWN = 3;

export interface FollowUpLook {
  iconUrl: string;
  translate(key: 'notifyFollowUpOne' | 'notifyFollowUpMany', substitutions?: string[]): string;
}

/** What the browser shows: one application by its title and how long it waits, several by count; undefined for none. */
export function followUpNotificationOptions(notice: FollowUpNotice, look: FollowUpLook): NotificationOptions | undefined {
  const [first] = notice.offers;
  if (!first) return undefined;
  const { translate: t } = look;
  if (notice.offers.length === 1) {
    const waiting = t('notifyFollowUpOne', [String(first.daysWaiting)]);
    return { type: 'basic', iconUrl: look.iconUrl, title: first.title, message: first.organization ? `${first.organization} · ${waiting}` : waiting };
  }
  return {
    type: 'basic',
    iconUrl: look.iconUrl,
    title: t('notifyFollowUpMany', [String(notice.offers.length)]),
    message: notice.offers.slice(0, TITLES_SHOWN).map((offer) => `• ${offer.title}`).join('\n'),
  };
}
