const COMBINING_MARKS = /\p{M}+/gu;
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ﬁ: 'fi', ﬂ: 'fl' };
const LIGATURE_PATTERN = /[œæßﬁﬂ]/g;

/**
 * Case- and accent-insensitive form of a text, so that "Développeuse", "developpeuse"
 * and "DÉVELOPPEUSE" compare equal. Lengths may change: do not use it to map positions.
 */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(LIGATURE_PATTERN, (ligature) => LIGATURES[ligature] ?? ligature);
}
