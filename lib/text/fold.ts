const ASCII_ONLY = /^[\x00-\x7f]*$/;
const COMBINING_MARKS = /\p{M}+/gu;
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ﬁ: 'fi', ﬂ: 'fl' };
const LIGATURE_PATTERN = /[œæßﬁﬂ]/g;

/**
 * Case- and accent-insensitive form of a text, so that "Développeuse", "developpeuse"
 * and "DÉVELOPPEUSE" compare equal. Lengths may change: do not use it to map positions.
 */
export function foldText(text: string): string {
  // Most words are ASCII, where lower case is the whole fold: this skips normalizing each word
  // (the skill evidence folds every word of a posting's sentences).
  if (ASCII_ONLY.test(text)) return text.toLowerCase();
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(LIGATURE_PATTERN, (ligature) => LIGATURES[ligature] ?? ligature);
}
