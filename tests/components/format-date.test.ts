import { describe, expect, it } from 'vitest';
import { formatDay, formatDeadline, formatEventDay, formatMoment, uiLocale } from '../../components/format-date';
import { translateFrom } from './translate';

describe('dates as the user reads them', () => {
  it.each([
    ['2022-07-04', 'fr', '4 juillet 2022'],
    ['2022-07-04', 'en', 'July 4, 2022'],
    ['2024-02-29', 'fr', '29 février 2024'],
    ['2023-02-30', 'fr', '2023-02-30'],
    ['dès que possible', 'fr', 'dès que possible'],
  ])('%s in %s reads %s', (value, language, shown) => {
    expect(formatDay(value, uiLocale(translateFrom(language as 'fr' | 'en')))).toBe(shown);
  });

  it('writes dates in French when a browser in another language shows Vigie’s default French messages', () => {
    const french = translateFrom('fr');
    const inGermanBrowser = (key: string, substitutions?: string | string[]) => (key === '@@ui_locale' ? 'de' : french(key, substitutions));
    expect(formatDay('2022-07-04', uiLocale(inGermanBrowser))).toBe('4 juillet 2022');
    const inCanadianBrowser = (key: string, substitutions?: string | string[]) => (key === '@@ui_locale' ? 'fr_CA' : french(key, substitutions));
    expect(uiLocale(inCanadianBrowser)).toBe('fr-CA');
  });

  it('gives the time alone for today, the date with it otherwise', () => {
    const now = new Date(2026, 11, 6, 14, 30).getTime();
    expect(formatMoment(new Date(2026, 11, 6, 14, 7).getTime(), 'fr', now)).toBe('14:07');
    expect(formatMoment(new Date(2026, 11, 5, 14, 7).getTime(), 'fr', now)).toMatch(/^5 déc\. 2026,? (à )?14:07$/);
  });

  it.each([
    { month: 'long', language: 'fr', day: new Date(2026, 2, 12, 9), text: '12 mars' },
    { month: 'long', language: 'en', day: new Date(2026, 2, 12, 9), text: 'March 12' },
    { month: 'short', language: 'fr', day: new Date(2026, 11, 3, 9), text: '3 déc.' },
    { month: 'short', language: 'en', day: new Date(2026, 11, 3, 9), text: 'Dec 3' },
    { month: 'long', language: 'fr', day: new Date(2025, 2, 12, 9), text: '12 mars 2025' },
    { month: 'short', language: 'en', day: new Date(2025, 11, 3, 9), text: 'Dec 3, 2025' },
  ] as const)('says the day of an event in $language ($month month) as "$text", the year only when not this one', ({ month, language, day, text }) => {
    const now = new Date(2026, 11, 6, 14, 30).getTime();
    expect(formatEventDay(day.getTime(), uiLocale(translateFrom(language)), month, now)).toBe(text);
  });

  it.each([
    { deadline: '2022-07-09', language: 'fr', text: 'Avant le 9 juillet 2022 · dans 5 jours', passed: false },
    { deadline: '2022-07-09', language: 'en', text: 'Apply by July 9, 2022 · in 5 days', passed: false },
    { deadline: '2022-07-05', language: 'fr', text: 'Avant le 5 juillet 2022 · demain', passed: false },
    { deadline: '2022-07-03', language: 'fr', text: 'Clôturée le 3 juillet 2022', passed: true },
    { deadline: '2022-07-03', language: 'en', text: 'Deadline passed on July 3, 2022', passed: true },
  ])('reads the deadline $deadline on 4 July 2022 in $language as "$text"', ({ deadline, language, text, passed }) => {
    expect(formatDeadline(deadline, '2022-07-04', translateFrom(language as 'fr' | 'en'))).toEqual({ text, passed });
  });

  it('gives the date and time left alone beside the card\'s label', () => {
    expect(formatDeadline('2022-07-09', '2022-07-04', translateFrom('fr'), 'deadlineLeft').text).toBe('9 juillet 2022 · dans 5 jours');
  });
});
