import { describe, expect, it } from 'vitest';
import { compareDeadlines, daysLeft, formatDaysLeft, localDay } from '../../lib/board/deadline';

describe('localDay', () => {
  it('reads the calendar day where the seeker is, not in UTC', () => {
    // 2022-07-03 23:30 UTC is already the 4th in Paris and still the 3rd in Montréal.
    const moment = Date.UTC(2022, 6, 3, 23, 30);
    expect(localDay(moment, 'Europe/Paris')).toBe('2022-07-04');
    expect(localDay(moment, 'America/Montreal')).toBe('2022-07-03');
  });
});

describe('daysLeft', () => {
  it.each([
    { deadline: '2022-07-09', today: '2022-07-04', days: 5 },
    { deadline: '2022-07-04', today: '2022-07-04', days: 0 },
    { deadline: '2022-07-04', today: '2022-07-05', days: -1 },
    { deadline: '2023-01-02', today: '2022-12-30', days: 3 },
    // Across the switch to summer time: still whole days.
    { deadline: '2022-03-28', today: '2022-03-26', days: 2 },
    { deadline: '2022-02-30', today: '2022-02-01', days: undefined },
    { deadline: 'fin juillet', today: '2022-07-04', days: undefined },
  ])('$deadline seen on $today: $days', ({ deadline, today, days }) => {
    expect(daysLeft(deadline, today)).toBe(days);
  });
});

describe('formatDaysLeft', () => {
  it.each([
    { days: 5, locale: 'fr', text: 'dans 5 jours' },
    { days: 5, locale: 'en', text: 'in 5 days' },
    { days: 1, locale: 'fr', text: 'demain' },
    { days: 1, locale: 'en', text: 'tomorrow' },
    { days: 0, locale: 'fr', text: 'aujourd’hui' },
    { days: 0, locale: 'en', text: 'today' },
  ])('$days days in $locale: $text', ({ days, locale, text }) => {
    expect(formatDaysLeft(days, locale)).toBe(text);
  });
});

describe('compareDeadlines', () => {
  it('puts open deadlines soonest first, then passed ones latest first, then postings without one', () => {
    const deadlines = [undefined, '2022-07-01', '2022-08-15', '2022-07-04', '2022-06-20', 'not a date', '2022-07-10'];
    // Wrapped: Array.prototype.sort puts bare undefined values last without asking the comparator.
    const sorted = deadlines.map((deadline) => ({ deadline })).sort((a, b) => compareDeadlines(a.deadline, b.deadline, '2022-07-04'));
    expect(sorted.map((posting) => posting.deadline)).toEqual(['2022-07-04', '2022-07-10', '2022-08-15', '2022-07-01', '2022-06-20', undefined, 'not a date']);
  });
});
