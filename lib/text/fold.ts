const ASCII_ONLY = /^[\x00-\x7f]*$/;
// A character beyond ASCII: a pair of surrogates first, so that a character beyond the BMP is folded whole.
const NON_ASCII = /[\ud800-\udbff][\udc00-\udfff]|[^\x00-\x7f]/g;
const COMBINING_MARKS = /\p{M}+/gu;
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ﬁ: 'fi', ﬂ: 'fl' };
const LIGATURE_PATTERN = /[œæßﬁﬂ]/g;
/** Folded characters, by character: a posting uses a few dozen, each thousands of times. */
const FOLDED_CHARACTERS = new Map<string, string>();
// A page in another script brings thousands: the cache starts again beyond this many.
const MAX_FOLDED_CHARACTERS = 10_000;

/**
 * Case- and accent-insensitive form of a text, so that "Développeuse", "developpeuse"
 * and "DÉVELOPPEUSE" compare equal. Lengths may change: do not use it to map positions.
 */
export function foldText(text: string): string {
  // Most words are ASCII, where lower case is the whole fold.
  if (ASCII_ONLY.test(text)) return text.toLowerCase();
  // Decomposing a text (NFD) decomposes each character, then reorders the combining marks that
  // follow one another, which are removed here anyway: folding character by character gives the
  // same text, and a character is decomposed once instead of a whole text (and \p{M}, searched
  // with the u flag, costs some 25 ns per character).
  return text.toLowerCase().replace(NON_ASCII, foldCharacter);
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
