import { daysLeft, formatDaysLeft } from '../lib/board/deadline';
import { dateFormat } from '../lib/text/intl-formats';
import { readingLocale } from '../lib/text/reading-locale';
import type { Translate } from './i18n';

/** The locale dates are written in, as a BCP 47 tag ("fr", "en-US"): the browser's, unless Vigie's messages are in another language (lib/text/reading-locale.ts). */
export function uiLocale(t: Translate): string | undefined {
  const tag = readingLocale(t('@@ui_locale'), t('uiLanguage'));
  try {
    return Intl.DateTimeFormat.supportedLocalesOf(tag)[0];
  } catch {
    return undefined;
  }
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A posting's calendar date ("2022-07-04") as the user reads dates: "4 juillet 2022", "July 4, 2022". Other text is kept as written. */
export function formatDay(value: string, locale: string | undefined): string {
  const match = DAY.exec(value.trim());
  if (!match) return value;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const time = Date.UTC(year, month - 1, day);
  if (new Date(time).getUTCDate() !== day) return value;
  return dateFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(time);
}

/** A moment: the time alone when it is today ("14:07"), else the date with it. */
export function formatMoment(time: number, locale: string | undefined, now = Date.now()): string {
  const sameDay = new Date(time).toDateString() === new Date(now).toDateString();
  const options: Intl.DateTimeFormatOptions = sameDay ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' };
  return dateFormat(locale, options).format(time);
}

/**
 * A deadline as the seeker reads it: its date and the time left ("Avant le 4 juillet 2022 · dans 5 jours" on a row,
 * "4 juillet 2022 · dans 5 jours" beside the card's "Date limite"), or that it passed ("Clôturée le 4 juillet 2022").
 * `today` is the seeker's day (lib/board/deadline.ts localDay).
 */
export function formatDeadline(deadline: string, today: string, t: Translate, ahead: 'deadlineAhead' | 'deadlineLeft' = 'deadlineAhead'): { text: string; passed: boolean } {
  const locale = uiLocale(t);
  const date = formatDay(deadline, locale);
  const days = daysLeft(deadline, today);
  if (days === undefined) return { text: date, passed: false };
  if (days < 0) return { text: t('deadlinePassed', [date]), passed: true };
  return { text: t(ahead, [date, formatDaysLeft(days, locale)]), passed: false };
}

/**
 * The day something happened, on the seeker's calendar, with the year when it is not this year's:
 * in a sentence "12 mars" / "March 12" (`long`), on a card's step "3 déc." / "Dec 3" (`short`).
 */
export function formatEventDay(time: number, locale: string | undefined, month: 'long' | 'short' = 'long', now = Date.now()): string {
  const sameYear = new Date(time).getFullYear() === new Date(now).getFullYear();
  return dateFormat(locale, { day: 'numeric', month, ...(sameYear ? {} : { year: 'numeric' }) }).format(time);
}

/** Days as a spreadsheet cell in the UI language, on the seeker's calendar ("03/12/2026", "12/03/2026"); `timeZone` is for tests. */
export function spreadsheetDay(t: Translate, timeZone?: string): (time: number) => string {
  const format = new Intl.DateTimeFormat(uiLocale(t), { year: 'numeric', month: '2-digit', day: '2-digit', timeZone });
  return (time) => format.format(time);
}
