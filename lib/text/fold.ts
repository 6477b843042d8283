const COMBINING_MARKS = /\p{M}+/gu;
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ﬁ: 'fi', ﬂ: 'fl' };
const LIGATURE_PATTERN = /[œæßﬁﬂ]/g;
/** Folded characters, by character: a posting uses a few dozen, each thousands of times. */
const FOLDED_CHARACTERS = new Map<string, string>();
// A page in another script brings thousands: the cache starts again beyond this many.
const MAX_FOLDED_CHARACTERS = 10_000;
/** The same for the Latin letters of French and other European languages (below U+0250), by code unit: no lookup by string. */
const FOLDED_LATIN: Array<string | undefined> = [];
const LATIN_END = 0x250;

/**
 * Case- and accent-insensitive form of a text, so that "Développeuse", "developpeuse"
 * and "DÉVELOPPEUSE" compare equal. Lengths may change: do not use it to map positions.
 */
export function foldText(text: string): string {
  // Decomposing a text (NFD) decomposes each character, then reorders the combining marks that
  // follow one another, which are removed here anyway: folding character by character gives the
  // same text, and a character is decomposed once instead of a whole text (and \p{M}, searched
  // with the u flag, costs some 25 ns per character). Most characters are ASCII, where lower case
  // is the whole fold: the loop copies the runs between the others, and a text without any whole.
  const lower = text.toLowerCase();
  let folded = '';
  let copiedTo = 0;
  for (let index = 0; index < lower.length; index++) {
    const unit = lower.charCodeAt(index);
    if (unit < 0x80) continue;
    // A pair of surrogates is folded whole, a character beyond the BMP.
    const width = unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(lower.charCodeAt(index + 1)) ? 2 : 1;
    const replacement = width === 1 && unit < LATIN_END ? (FOLDED_LATIN[unit] ??= foldCharacter(lower[index]!)) : foldCharacter(lower.slice(index, index + width));
    if (width === 1 && replacement.length === 1 && replacement.charCodeAt(0) === unit) continue;
    folded += lower.slice(copiedTo, index) + replacement;
    index += width - 1;
    copiedTo = index + 1;
  }
  return copiedTo === 0 ? lower : folded + lower.slice(copiedTo);
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

function foldCharacter(character: string): string {
  let folded = FOLDED_CHARACTERS.get(character);
  if (folded === undefined) {
    folded = character
      .normalize('NFD')
      .replace(COMBINING_MARKS, '')
      .replace(LIGATURE_PATTERN, (ligature) => LIGATURES[ligature] ?? ligature);
    if (FOLDED_CHARACTERS.size >= MAX_FOLDED_CHARACTERS) FOLDED_CHARACTERS.clear();
    FOLDED_CHARACTERS.set(character, folded);
  }
  return folded;
}
