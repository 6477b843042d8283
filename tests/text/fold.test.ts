import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../lib/text/fold';

/** The fold as a whole text: lower case, decomposed, without combining marks, ligatures spelled out. */
function foldWhole(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[œæßﬁﬂ]/g, (ligature) => ({ œ: 'oe', æ: 'ae', ß: 'ss', ﬁ: 'fi', ﬂ: 'fl' })[ligature] ?? ligature);
}

describe('foldText', () => {
  it.each([
    ['Développeuse', 'developpeuse'],
    ['DÉVELOPPEUSE', 'developpeuse'],
    ['De\u0301veloppeuse', 'developpeuse'],
    ['Œuvre ÆSTHETIC straße', 'oeuvre aesthetic strasse'],
    ['Chargé·e de déploiement 🚀️', 'charge·e de deploiement 🚀'],
    ['Ǣ', 'ae'],
  ])('folds %s', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it('folds character by character as the whole text folds', () => {
    const unit = fc.oneof(
      fc.constantFrom('e', 'E', 'é', 'É', '\u0301', '\u0327', 'œ', 'Ǣ', 'ﬁ', '’', '🚀', '\ufe0f', 'Σ', 'ς', '한', 'İ', 'ﾞ', '\u{1d15e}', ' ', '\n'),
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: 'binary' }),
    );
    fc.assert(fc.property(fc.array(unit, { maxLength: 20 }), (units) => {
      const text = units.join('');
      expect(foldText(text)).toBe(foldWhole(text));
    }), { numRuns: 500 });
  });
});
