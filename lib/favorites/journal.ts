import { localDay } from '../board/deadline';
import type { FavoriteRecord, Stage } from '../db/records';
import { stepDate } from '../db/stage-history';
import { csvText, type CsvSeparator } from './csv-text';

/** A span of the seeker's calendar: from the start of `from` to the end of `to`, both "YYYY-MM-DD", local days. */
export interface JournalPeriod {
  from: string;
  to: string;
}

/** One step of the seeker's job search, as France Travail asks them to show it. */
export interface JournalStep {
  offerId: string;
  /** When it happened, as the seeker tells it. */
  on: number;
  employer: string;
  position: string;
  stage: Stage;
  /** How to reach it again: the contact the seeker wrote, else the posting's, and the posting's page. */
  how: string;
  /** The offer's note, on its last step of the period only (the note is about the offer, not each step). */
  note: string;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Local midnight of a "YYYY-MM-DD" day, `plusDays` later; undefined when it is no real day. */
export function localMidnight(day: string, plusDays = 0): number | undefined {
  const match = DAY.exec(day);
  if (!match) return undefined;
  const [year, month, date] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const midnight = new Date(year, month, date);
  if (midnight.getMonth() !== month || midnight.getDate() !== date) return undefined;
  return new Date(year, month, date + plusDays).getTime();
}

/** [start, end) in milliseconds, or undefined when a day is not one or the period ends before it starts. */
export function periodBounds(period: JournalPeriod): { start: number; end: number } | undefined {
  const start = localMidnight(period.from);
  const end = localMidnight(period.to, 1);
  return start !== undefined && end !== undefined && start < end ? { start, end } : undefined;
}

/** The calendar month before `today`'s: what a monthly declaration to France Travail covers. */
export function lastMonth(today: Date): JournalPeriod {
  return monthOf(today, -1);
}

/** The calendar month of `today`, to its last day: the steps taken since the last declaration. */
export function thisMonth(today: Date): JournalPeriod {
  return monthOf(today, 0);
}

/** The whole calendar month `offset` months from `today`'s, as local days. */
function monthOf(today: Date, offset: number): JournalPeriod {
  const first = new Date(today.getFullYear(), today.getMonth() + offset, 1);
  const last = new Date(today.getFullYear(), today.getMonth() + offset + 1, 0);
  return { from: localDay(first.getTime()), to: localDay(last.getTime()) };
}

/** Every stage step of the saved offers within the period, oldest first. */
export function journalSteps(favorites: readonly FavoriteRecord[], period: JournalPeriod): JournalStep[] {
  const bounds = periodBounds(period);
  if (!bounds) return [];
  const steps = favorites.flatMap((favorite) => {
    const within = favorite.stageHistory.filter((step) => stepDate(step) >= bounds.start && stepDate(step) < bounds.end);
    const lastOn = Math.max(...within.map(stepDate));
    return within.map((step): JournalStep => ({
      offerId: favorite.offerId,
      on: stepDate(step),
      employer: favorite.snapshot.organization ?? '',
      position: favorite.snapshot.title,
      stage: step.stage,
      how: [favorite.contact ?? favorite.snapshot.contact, favorite.snapshot.url].filter(Boolean).join(' · '),
      note: stepDate(step) === lastOn ? favorite.note : '',
    }));
  });
  return steps.sort((a, b) => a.on - b.on || a.position.localeCompare(b.position));
}

export const JOURNAL_COLUMNS = ['date', 'employer', 'position', 'step', 'how', 'note'] as const;
export type JournalColumn = (typeof JOURNAL_COLUMNS)[number];

/** The journal's words in the UI language. */
export interface JournalLabels {
  columns: Record<JournalColumn, string>;
  stage: (stage: Stage) => string;
  /** A moment as a date of the seeker's calendar. */
  day: (time: number) => string;
}

/** One step as the journal writes it, column by column: the printed table and the CSV say the same. */
export function journalRow(step: JournalStep, labels: JournalLabels): Record<JournalColumn, string> {
  return { date: labels.day(step.on), employer: step.employer, position: step.position, step: labels.stage(step.stage), how: step.how, note: step.note };
}

/** The journal as CSV, guarded against formulas, with the separator the seeker's spreadsheet expects. */
export function journalToCsv(steps: readonly JournalStep[], labels: JournalLabels, separator: CsvSeparator): string {
  const header = JOURNAL_COLUMNS.map((column) => labels.columns[column]);
  const rows = steps.map((step) => {
    const row = journalRow(step, labels);
    return JOURNAL_COLUMNS.map((column) => row[column]);
  });
  return csvText([header, ...rows], separator);
}
