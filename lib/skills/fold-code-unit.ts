/**
 * Folds one UTF-16 code unit into exactly one code unit, so that a folded copy of a text
 * keeps every index of the original and a match found on folded characters is a range of
 * the original text. foldText (lib/text/fold.ts) may change lengths ("œ" → "oe", a lone
 * accent removed), so it cannot be used to map positions.
 */

// Per code unit, what codeUnitInfo returns. String#normalize is far too slow to call for each
// character of a 1 MB page, so results are kept: Latin letters and punctuation, nearly all of
// a French page, computed up front (under a millisecond) so that the hot path is a comparison
// and a read; the rest on first use, 0 meaning "not computed yet".
const COMMON = 0x250;
const COMMON_INFO = new Int32Array(COMMON);
const OTHER_INFO = new Int32Array(0x10000);
const KNOWN = 1 << 16;
export const FOLDED_BITS = 0xffff;
export const WORD_BIT = 1 << 17;

/** Typographic variants that postings use interchangeably with the plain ones. */
const ALIKE: Record<string, string> = {
  '\u2019': "'",
  '\u2018': "'",
  '\u02BC': "'",
  '\u2010': '-',
  '\u2011': '-',
};
const WHITESPACE = /\s/;
const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;

export const SPACE = 0x20;

export function foldCodeUnit(code: number): number {
  return codeUnitInfo(code) & FOLDED_BITS;
}

/** Letters, digits and combining marks: what a skill name must not touch on either side. */
export function isWordCodeUnit(code: number): boolean {
  return (codeUnitInfo(code) & WORD_BIT) !== 0;
}

/**
 * The folded code unit (`& FOLDED_BITS`) and whether it is a word character (`& WORD_BIT`),
 * from one table read: the matcher's main loop needs both for every character of a page,
 * and calling two functions there doubles its cost.
 */
export function codeUnitInfo(code: number): number {
  // `!`: callers pass charCodeAt results, always within the tables.
  return code < COMMON ? COMMON_INFO[code]! : otherInfo(code);
}

function otherInfo(code: number): number {
  const known = OTHER_INFO[code]!;
  return known !== 0 ? known : (OTHER_INFO[code] = computeInfo(code));
}

function computeInfo(code: number): number {
  // A lone surrogate (half of an emoji) has no case, no accent, and is no letter.
  if (code >= 0xd800 && code <= 0xdfff) return KNOWN | code;
  const char = String.fromCharCode(code);
  return KNOWN | (WORD_CHARACTER.test(char) ? WORD_BIT : 0) | fold(char);
}

function fold(char: string): number {
  if (WHITESPACE.test(char)) return SPACE;
  const alike = ALIKE[char];
  if (alike !== undefined) return alike.charCodeAt(0);
  // NFD puts the base letter first: "É" → "é" → "e" + U+0301; keep the "e".
  return char.toLowerCase().normalize('NFD').charCodeAt(0);
}

for (let code = 0; code < COMMON; code++) COMMON_INFO[code] = computeInfo(code);

/** Combining accents of decomposed (NFD) text, such as "e" + U+0301 for "é". */
export function isCombiningMark(code: number): boolean {
  return code >= 0x300 && code <= 0x36f;
}

/** The folded form of `text.slice(start, end)`, of the same length; for short strings. */
export function foldCodeUnits(text: string, start = 0, end = text.length): string {
  let folded = '';
  for (let index = Math.max(0, start); index < Math.min(end, text.length); index++) {
    folded += String.fromCharCode(foldCodeUnit(text.charCodeAt(index)));
  }
  return folded;
}
