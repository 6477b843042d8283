import { daysLeft, formatDaysLeft, localDay } from '../board/deadline';
import { alertSentence, type ChangeLook } from '../history/describe-change';
import { readingLocale } from '../text/reading-locale';
import type { AnnouncedOffer, NotificationPlan } from './plan-announcement';
import type { SearchGroup } from './search-groups';

// A notification for several offers names the first few.
const TITLES_SHOWN = 3;

export interface NotificationOptions {
  type: 'basic';
  iconUrl: string;
  title: string;
  message: string;
  buttons?: Array<{ title: string }>;
}

export interface NotificationLook extends ChangeLook {
  iconUrl: string;
  /** Firefox shows only title, message and icon: no buttons. */
  supportsButtons: boolean;
  /** The seeker's day ("2027-03-17"), for the days left before a deadline. */
  today: string;
  /** A moment's day as the seeker reads it ("12 mars"). */
  when: (time: number) => string;
}

/**
 * What the browser shows for a planned notification: one offer by its title (with what changed,
 * for a saved offer), several by count — new offers, saved offers that changed, or both; new
 * matches of saved searches say which search they are for, one line per search when several.
 * Undefined for none.
 */
export function notificationOptions(notification: NotificationPlan, look: NotificationLook): NotificationOptions | undefined {
  const [first] = notification.offers;
  if (!first) return undefined;
  const { t } = look;
  const groups = notification.groups ?? [];
  if (notification.offers.length === 1) {
    const opening = !first.alert;
    const search = groups.find((group) => group.offerIds.includes(first.offerId));
    return {
      type: 'basic',
      iconUrl: look.iconUrl,
      title: first.title,
      message: first.alert ? alertLine(first, look) : [first.organization, search && t('notifyForSearch', [search.name])].filter(Boolean).join('\n'),
      // Saving is offered for a new offer; a saved offer's news only opens it.
      ...(look.supportsButtons ? { buttons: [{ title: t('notifyOpen') }, ...(opening ? [{ title: t('notifySave') }] : [])] } : {}),
    };
  }
  const changed = notification.offers.filter((offer) => offer.alert).length;
  const opened = notification.offers.length - changed;
  const [group] = groups;
  if (changed === 0 && group && groups.length === 1) {
    return { type: 'basic', iconUrl: look.iconUrl, title: t('notifySearchTitle', [String(opened), group.name]), message: bullets(notification.offers, look) };
  }
  const title = changed === 0 ? t('notifyManyTitle', [String(opened)]) : opened === 0 ? t('notifySavedTitle', [String(changed)]) : t('notifyMixedTitle', [String(opened), String(changed)]);
  const message = changed === 0 && groups.length > 1 ? groups.slice(0, TITLES_SHOWN).map((each) => searchLine(each, notification.offers, look)).join('\n') : bullets(notification.offers, look);
  return { type: 'basic', iconUrl: look.iconUrl, title, message };
}

function bullets(offers: readonly AnnouncedOffer[], look: NotificationLook): string {
  return offers.slice(0, TITLES_SHOWN).map((offer) => (offer.alert ? `• ${offer.title} — ${alertLine(offer, look)}` : `• ${offer.title}`)).join('\n');
}

/** "• Dev Python (2) : Offre 1, Offre 2" */
function searchLine(group: SearchGroup, offers: readonly AnnouncedOffer[], look: NotificationLook): string {
  const titles = group.offerIds.flatMap((id) => offers.find((offer) => offer.offerId === id)?.title ?? []);
  return `• ${look.t('notifySearchLine', [group.name, String(group.offerIds.length), titles.slice(0, 2).join(', ')])}`;
}

function alertLine(offer: AnnouncedOffer, look: NotificationLook): string {
  const { alert } = offer;
  if (!alert) return '';
  const left = alert.kind === 'deadline' ? daysLeft(alert.deadline, look.today) : undefined;
  return alertSentence(alert, look.when(offer.at ?? 0), look, left === undefined ? undefined : formatDaysLeft(left, look.locale));
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The look of notifications in the language of the messages (`base.locale` is the browser's, kept when it speaks
 * that language): days and dates without the year, which a notification about now does not need.
 */
export function notificationLook(base: Pick<NotificationLook, 'iconUrl' | 'supportsButtons' | 't' | 'locale'>, now: number): NotificationLook {
  const locale = readingLocale(base.locale, base.t('uiLanguage'));
  const dayOfMonth = (timeZone?: string) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone });
  const calendarDay = dayOfMonth('UTC');
  const localMoment = dayOfMonth();
  return {
    ...base,
    locale,
    today: localDay(now),
    // A deadline is a calendar date, not an instant: read in UTC, it stays the same day everywhere.
    day: (iso) => (ISO_DAY.test(iso) ? calendarDay.format(Date.parse(iso)) : iso),
    when: (time) => localMoment.format(time),
  };
}
