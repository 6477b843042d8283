import { foldText } from '../text/fold';

// Full names and the usual abbreviations, in French and English, folded (no accents).
const MONTHS: Record<string, number> = {
  janvier: 1, janv: 1, jan: 1, january: 1,
  fevrier: 2, fevr: 2, fev: 2, february: 2, feb: 2,
  mars: 3, mar: 3, march: 3,
  avril: 4, avr: 4, april: 4, apr: 4,
  mai: 5, may: 5,
  juin: 6, june: 6, jun: 6,
  juillet: 7, juil: 7, july: 7, jul: 7,
  aout: 8, august: 8, aug: 8,
  septembre: 9, sept: 9, sep: 9, september: 9,
  octobre: 10, oct: 10, october: 10,
  novembre: 11, nov: 11, november: 11,
  decembre: 12, dec: 12, december: 12,
};
const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const ISO_DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/;
const NUMERIC_DATE = /(?<!\d)(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?!\d)/;
// "1er juillet 2021", "20 janvier 2022", "25th of April 2024", "Janvier 2022" (no day: the first of the month).
const WORDED_DATE = new RegExp(
  `(?:(?<!\\d)(\\d{1,2})(?:er|st|nd|rd|th)?\\s+(?:of\\s+)?)?\\b(${MONTH_NAMES})\\b\\.?\\s+(?:de\\s+l'annee\\s+)?(\\d{4})(?!\\d)`,
);
// The English order: "April 25, 2024", "Sept. 1st 2023".
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH_NAMES})\\b\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`);
// "the last day of December 2016": the month's last day.
const LAST_DAY_OF = /\blast day of\s+(?:the month of\s+)?$/;

/**
 * The ISO date (YYYY-MM-DD) written in a text: ISO, day/month/year (French order) or French words
 * ("1er juillet 2021", "Janvier 2022" → 2022-01-01). Undefined when there is none, e.g. "dès que
 * possible" or a date without a year ("le 17 juin").
 */
export function parseFrenchDate(text: string): string | undefined {
  const iso = ISO_DATE.exec(text);
  if (iso) return toIsoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) return toIsoDate(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  const folded = foldText(text);
  const monthFirst = MONTH_DAY_YEAR.exec(folded);
  if (monthFirst) return toIsoDate(Number(monthFirst[3]), MONTHS[monthFirst[1] ?? ''] ?? 0, Number(monthFirst[2]));
  const worded = WORDED_DATE.exec(folded);
  if (!worded) return undefined;
  const [, day, month = '', year = ''] = worded;
  const monthNumber = MONTHS[month] ?? 0;
  if (day === undefined && LAST_DAY_OF.test(folded.slice(0, worded.index))) return toIsoDate(Number(year), monthNumber, daysIn(Number(year), monthNumber));
  return toIsoDate(Number(year), monthNumber, Number(day ?? '1'));
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toIsoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid = year >= 1900 && year <= 2200 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  // Written out rather than cut from toISOString, several times slower: the year has four digits.
  return valid ? `${year}-${twoDigits(month)}-${twoDigits(day)}` : undefined;
}

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}
