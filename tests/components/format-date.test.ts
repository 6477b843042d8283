import { describe, expect, it } from 'vitest';
import { formatDay, formatMoment, uiLocale } from '../../components/format-date';
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

  it('gives the time alone for today, the date with it otherwise', () => {
    const now = new Date(2026, 11, 6, 14, 30).getTime();
    expect(formatMoment(new Date(2026, 11, 6, 14, 7).getTime(), 'fr', now)).toBe('14:07');
    expect(formatMoment(new Date(2026, 11, 5, 14, 7).getTime(), 'fr', now)).toMatch(/^5 déc\. 2026,? (à )?14:07$/);
  });
});
