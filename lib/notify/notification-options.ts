import type { NotificationPlan } from './plan-announcement';

// A notification for several openings names the first few.
const TITLES_SHOWN = 3;

export interface NotificationOptions {
  type: 'basic';
  iconUrl: string;
  title: string;
  message: string;
  buttons?: Array<{ title: string }>;
}

export interface NotificationLook {
  iconUrl: string;
  /** Firefox shows only title, message and icon: no buttons. */
  supportsButtons: boolean;
  translate(key: 'notifyManyTitle' | 'notifyOpen' | 'notifySave', substitutions?: string[]): string;
}

/** What the browser shows for a planned notification: one offer by its title, several by count; undefined for none. */
export function notificationOptions(notification: NotificationPlan, look: NotificationLook): NotificationOptions | undefined {
  const [first] = notification.offers;
  if (!first) return undefined;
  const single = notification.offers.length === 1;
  const { translate: t } = look;
  return {
    type: 'basic',
    iconUrl: look.iconUrl,
    title: single ? first.title : t('notifyManyTitle', [String(notification.offers.length)]),
    message: single ? (first.organization ?? '') : notification.offers.slice(0, TITLES_SHOWN).map((offer) => `• ${offer.title}`).join('\n'),
    ...(look.supportsButtons && single ? { buttons: [{ title: t('notifyOpen') }, { title: t('notifySave') }] } : {}),
  };
}
