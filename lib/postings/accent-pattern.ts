const ACCENT_CLASSES: Record<string, string> = {
  a: '[aàâä]', e: '[eéèêë]', i: '[iîï]', o: '[oôö]', u: '[uùûü]', c: '[cç]',
  A: '[AÀÂÄ]', E: '[EÉÈÊË]', I: '[IÎÏ]', O: '[OÔÖ]', U: '[UÙÛÜ]', C: '[CÇ]',
};
const FOLDED: Record<string, string> = { à: 'a', â: 'a', ä: 'a', é: 'e', è: 'e', ê: 'e', ë: 'e', î: 'i', ï: 'i', ô: 'o', ö: 'o', ù: 'u', û: 'u', ü: 'u', ç: 'c' };

/**
 * A regular-expression source matching `word` with or without its French accents
 * ("Orléans" matches "Orleans"), without folding the whole text being searched.
 */
export function accentPattern(word: string): string {
  let pattern = '';
  for (const character of word) {
    const lower = character.toLowerCase();
    const base = FOLDED[lower] ?? lower;
    const cased = character === lower ? base : base.toUpperCase();
    pattern += ACCENT_CLASSES[cased] ?? character.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return pattern;
}
