import { LIMITS } from './limits';
import { linesWithDigit, type DigitLinesOf } from './lines-with-digit';
import { markdownToLine } from './markdown-to-text';
import { sentenceAround } from './sentence-around';
import type { Salary } from './types';
import { matchesOf } from '../text/matches-of';

type Unit = Salary['unit'];

// A sentence speaks of pay only with one of these: "Tickets restaurants : 9,25 €" is not a salary.
const PAY_CONTEXT = /r[ée]mun[ée]r|salaire|salary|\bTJM\b|taux (?:journalier|horaire)|\bbrut\b|\bgross\b|\bk\s?€|€\s?k\b|par (?:jour|an|mois)|\/\s?(?:jour|j|an|mois)\b/gi;
const NUMBER = String.raw`(\d{1,3}(?:[ \u00A0\u202F.]\d{3})+|\d+)(?:,(\d{1,2}))?`;
const CURRENCY = String.raw`€|euros?\b|EUR\b|\$|USD\b|£|GBP\b`;
// "45k€", "45 000 €", "550 euros", "$120k"… and an optional range: "45k€ - 55k€", "entre 550 et 650 euros".
const AMOUNT = String.raw`(?:([$£€])\s?)?${NUMBER}\s?([kK](?![a-zA-Z]))?\s?(${CURRENCY})?`;
const SALARY = new RegExp(String.raw`(?<![\d,.])${AMOUNT}(?:\s?(?:-|–|—|à|a|et|to)\s?${AMOUNT})?`, 'g');
const NAMES_PAY = /\bTJM\b|r[ée]mun[ée]r|salaire|salary/i;
const UNITS: ReadonlyArray<{ unit: Exclude<Unit, 'unknown'>; pattern: RegExp }> = [
  { unit: 'day', pattern: /\bTJM\b|journali|\/\s?(?:jour|j)\b|par jour|per day|\/\s?day|a day\b|daily/i },
  { unit: 'hour', pattern: /horaire|\/\s?h(?:eure)?\b|par heure|per hour|an hour|hourly/i },
  { unit: 'month', pattern: /mensuel|\/\s?mois\b|par mois|per month|a month|monthly/i },
  { unit: 'year', pattern: /annuel|\/\s?an\b|par an\b|per year|a year|yearly|annual|\bk\s?€|€\s?k\b/i },
];
const PLAUSIBLE: Record<Unit, [number, number]> = {
  hour: [5, 500],
  day: [50, 5000],
  month: [500, 50_000],
  year: [5000, 1_000_000],
  unknown: [100, 1_000_000],
};
const CURRENCY_CODES: ReadonlyArray<[RegExp, string]> = [
  [/\$|USD/, 'USD'],
  [/£|GBP/, 'GBP'],
];

/**
 * The pay a posting states, from the first sentence that speaks of pay and holds an amount:
 * "entre 550 et 650 euros / jour" → 550–650 EUR a day, "45k€ - 55k€ brut annuel" → 45,000–55,000
 * EUR a year, "TJM 600€" → 600 EUR a day. Amounts without a currency count only in a range.
 */
export function readSalary(texts: readonly string[], digitLinesOf: DigitLinesOf = linesWithDigit): Salary | undefined {
  for (const text of texts) {
    const salary = maySpanLines(text) ? readText(text) : readLines(digitLinesOf(text));
    if (salary) return salary;
  }
  return undefined;
}

/**
 * A pay word runs over a line's end only through "k\n€", "€\nk" or "/\njour". Without them, each
 * line is read on its own (a sentence ends with its line), and only lines with a digit can hold an
 * amount. Looked for from the rarer "€" and "/": /\n€|€\n|\/\n/ stopped at every line break too.
 */
function maySpanLines(text: string): boolean {
  if (text.includes('/\n')) return true;
  for (let euro = text.indexOf('€'); euro !== -1; euro = text.indexOf('€', euro + 1)) {
    if (text.charAt(euro - 1) === '\n' || text.charAt(euro + 1) === '\n') return true;
  }
  return false;
}

function readLines(lines: Iterable<string>): Salary | undefined {
  for (const line of lines) {
    const salary = readText(line);
    if (salary) return salary;
  }
  return undefined;
}

function readText(text: string): Salary | undefined {
  let searchedUpTo = 0;
  for (const context of matchesOf(PAY_CONTEXT, text)) {
    if (context.index < searchedUpTo) continue;
    const sentence = sentenceAround(text, context.index);
    searchedUpTo = sentence.end;
    const salary = readSentence(sentence.text);
    if (salary) return salary;
  }
  return undefined;
}

function readSentence(sentence: string): Salary | undefined {
  for (const match of matchesOf(SALARY, sentence)) {
    const [, lowSign, low = '', lowCents, lowK, lowCurrency, highSign, high, highCents, highK, highCurrency] = match;
    const currency = highCurrency ?? lowCurrency ?? highSign ?? lowSign;
    if (currency === undefined && !(highK ?? lowK) && !(high !== undefined && NAMES_PAY.test(sentence))) continue;
    const min = toNumber(low, lowCents, lowK ?? (high !== undefined ? highK : undefined));
    const max = high === undefined ? undefined : toNumber(high, highCents, highK ?? lowK);
    const unit = UNITS.find(({ pattern }) => pattern.test(sentence))?.unit ?? (min >= 10_000 ? 'year' : 'unknown');
    if (!isPlausible(min, unit) || (max !== undefined && (!isPlausible(max, unit) || max < min))) continue;
    return {
      min,
      ...(max !== undefined && max !== min ? { max } : {}),
      unit,
      currency: CURRENCY_CODES.find(([pattern]) => pattern.test(currency ?? ''))?.[1] ?? 'EUR',
      text: markdownToLine(sentence).slice(0, LIMITS.maxFieldText),
    };
  }
  return undefined;
}

function toNumber(digits: string, cents: string | undefined, thousands: string | undefined): number {
  const value = Number(digits.replace(/[ \u00A0\u202F.]/g, '')) + (cents ? Number(`0.${cents}`) : 0);
  return thousands ? value * 1000 : value;
}

function isPlausible(value: number, unit: Unit): boolean {
  const [low, high] = PLAUSIBLE[unit];
  return value >= low && value <= high;
}
