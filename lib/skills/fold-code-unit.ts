/**
 * Folds one UTF-16 code unit into exactly one code unit, so that a folded copy of a text
 * keeps every index of the original and a match found on folded characters is a range of
 * the original text. foldText (lib/text/fold.ts) may change lengths ("œ" → "oe", a lone
 * accent removed), so it cannot be used to map positions.
 */

// Per code unit, what codeUnitInfo returns. String#normalize is far too slow to call for each
// character of a 1 MB page, so results are kept in one table, 0 meaning "not computed yet":
// Latin letters, punctuation, currency signs and emoji halves, nearly all of a French page,
// computed up front (under a millisecond), the rest on first use.
const COMPUTED_UP_FRONT: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x024f],
  [0x2000, 0x20cf],
  [0xd800, 0xdfff],
  [0xfe00, 0xfe0f],
];
const hex = (code: number) => code.toString(16).padStart(4, '0');
// Code unit by code unit (no `u` flag), as the table is indexed.
const MAY_BE_UNKNOWN = new RegExp(`[^${COMPUTED_UP_FRONT.map(([low, high]) => `\\u${hex(low)}-\\u${hex(high)}`).join('')}]+`, 'g');
/** Beyond this many runs of such code units, the text is in another script: read it all. */
const MAX_SEARCHED_RUNS = 256;
const INFO = new Int32Array(0x10000);
const KNOWN = 1 << 16;
export const FOLDED_BITS = 0xffff;
export const WORD_BIT = 1 << 17;
/** The folded code unit is a word character (see readFirstWord). */
export const FOLDS_TO_WORD_BIT = 1 << 18;
/** A combining accent, which the matcher reads past (see isCombiningMark). */
export const COMBINING_BIT = 1 << 19;

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
 * The folded code unit (`& FOLDED_BITS`), whether it is a word character (`& WORD_BIT`) and
 * the other bits above, from one table read: the matcher's main loop needs several of them
 * for every character of a page, and calling one function for each multiplies its cost.
 */
export function codeUnitInfo(code: number): number {
  // `!`: callers pass charCodeAt results, always within the table.
  const known = INFO[code]!;
  return known !== 0 ? known : (INFO[code] = computeInfo(code));
}

/**
 * Computes the code units of `text` not known yet. The matcher calls it once per text, then
 * reads knownInfo in its loops: reading the table and testing the bits is all they do per
 * character, where codeUnitInfo's fallback, inlined into them by V8, made them a fifth slower.
 */
export function learnCodeUnits(text: string): void {
  // A native search skips the text of most pages, made of code units known from the start,
  // up to their few symbols ("™", "✅").
  MAY_BE_UNKNOWN.lastIndex = 0;
  for (let runs = 0; runs < MAX_SEARCHED_RUNS; runs++) {
    const run = MAY_BE_UNKNOWN.exec(text);
    if (!run) return;
    for (let index = run.index; index < MAY_BE_UNKNOWN.lastIndex; index++) codeUnitInfo(text.charCodeAt(index));
  }
  for (let index = MAY_BE_UNKNOWN.lastIndex; index < text.length; index++) codeUnitInfo(text.charCodeAt(index));
}

/** What codeUnitInfo returns, for a code unit known already (see learnCodeUnits); 0 otherwise. */
export function knownInfo(code: number): number {
  return INFO[code]!;
}

function computeInfo(code: number): number {
  // A lone surrogate (half of an emoji) has no case, no accent, and is no letter.
  if (code >= 0xd800 && code <= 0xdfff) return KNOWN | code;
  const char = String.fromCharCode(code);
  const folded = fold(char);
  const flags =
    (WORD_CHARACTER.test(char) ? WORD_BIT : 0) |
    (WORD_CHARACTER.test(String.fromCharCode(folded)) ? FOLDS_TO_WORD_BIT : 0) |
    (isCombiningMark(code) ? COMBINING_BIT : 0);
  return KNOWN | flags | folded;
}

function fold(char: string): number {
  if (WHITESPACE.test(char)) return SPACE;
  const alike = ALIKE[char];
  if (alike !== undefined) return alike.charCodeAt(0);
  // NFD puts the base letter first: "É" → "é" → "e" + U+0301; keep the "e".
  return char.toLowerCase().normalize('NFD').charCodeAt(0);
}

for (const [low, high] of COMPUTED_UP_FRONT) for (let code = low; code <= high; code++) INFO[code] = computeInfo(code);

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
