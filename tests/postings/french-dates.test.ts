import { describe, expect, it } from 'vitest';
import { parseFrenchDate } from '../../lib/postings/french-dates';

describe('parseFrenchDate', () => {
  it.each([
    ['Janvier 2022', '2022-01-01'],
    ['20 janvier 2022', '2022-01-20'],
    ['05 janvier 2022', '2022-01-05'],
    ['1er juillet 2021.', '2021-07-01'],
    ['Début : 1er juillet 2021', '2021-07-01'],
    ['mi-février 2023', '2023-02-01'],
    ['le 3 août 2022', '2022-08-03'],
    ['3 aout 2022', '2022-08-03'],
    ['DÉCEMBRE 2021', '2021-12-01'],
    ['sept. 2022', '2022-09-01'],
    ['March 2022', '2022-03-01'],
    ['2022-01-19', '2022-01-19'],
    ['2022-02-22T23:00:00.000Z', '2022-02-22'],
    ['07/01/2022', '2022-01-07'],
    ['7.1.2022', '2022-01-07'],
  ])('%s → %s', (text, iso) => {
    expect(parseFrenchDate(text)).toBe(iso);
  });

  it.each(['dès que possible', 'Le plus vite possible avant le 17 juin', 'bientôt', '31 février 2022', '2022-13-01', '45/01/2022', 'mai', 'maintenant 2022', ''])(
    'finds no date in %j',
    (text) => {
      expect(parseFrenchDate(text)).toBeUndefined();
    },
  );
});
