/**
 * A posting's deadline against the seeker's calendar: how many days are left, and the order
 * of a "soonest deadline first" list. Deadlines are calendar dates ("2022-07-04"), compared
 * with the seeker's own today, not with a UTC instant: a deadline is the last day to apply.
 */

import { dateFormat, relativeTimeFormat } from '../text/intl-formats';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The calendar day of a moment where the seeker is ("2022-07-04"); the time zone is injected by tests. */
export function localDay(now: number, timeZone?: string): string {
  // The Canadian English format is the ISO one: year-month-day with zero padding.
  return dateFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(now);
}

/** Whole days from `today` to `deadline`: 0 on the last day, negative once passed; undefined for a date that is not one. */
export function daysLeft(deadline: string, today: string): number | undefined {
  const end = dayNumber(deadline);
  const start = dayNumber(today);
  return end === undefined || start === undefined ? undefined : end - start;
}

function dayNumber(value: string): number | undefined {
  const match = ISO_DAY.exec(value);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const time = Date.UTC(year, month - 1, day);
  // "2022-02-30" rolls over into March: not a date.
  return new Date(time).getUTCDate() === day ? time / DAY_MS : undefined;
}

/** "dans 5 jours", "demain", "aujourd’hui" / "in 5 days", "tomorrow", "today": the time left, in the UI language. */
export function formatDaysLeft(days: number, locale: string | undefined): string {
  return relativeTimeFormat(locale, { numeric: 'auto' }).format(days, 'day');
}

/**
 * Orders deadlines for the seeker: the ones still open, soonest first; then the passed ones,
 * latest first (the likeliest to be extended or reopened); postings without one last.
 */
export function compareDeadlines(a: string | undefined, b: string | undefined, today: string): number {
  return deadlineRank(a, today) - deadlineRank(b, today) || deadlineOrder(a, b, today);
}

function deadlineRank(deadline: string | undefined, today: string): number {
  const days = deadline === undefined ? undefined : daysLeft(deadline, today);
  if (days === undefined) return 2;
  return days >= 0 ? 0 : 1;
}

function deadlineOrder(a: string | undefined, b: string | undefined, today: string): number {
  if (a === undefined || b === undefined) return 0;
  const passed = (daysLeft(a, today) ?? 0) < 0;
  return passed ? b.localeCompare(a) : a.localeCompare(b);
}
