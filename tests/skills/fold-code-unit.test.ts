import { beforeEach, describe, expect, it, vi } from 'vitest';
import { COMBINING_BIT, FOLDED_BITS, FOLDS_TO_WORD_BIT, WORD_BIT, codeUnitInfo } from '../../lib/skills/fold-code-unit';

const code = (char: string) => char.charCodeAt(0);

describe('codeUnitInfo', () => {
  it('folds no code unit that is no word character into one', () => {
    // lib/skills/first-words.ts relies on it: the word it reads ends where a spelling may end.
    const intoWords: string[] = [];
    for (let unit = 0; unit < 0x10000; unit++) {
      const info = codeUnitInfo(unit);
      if ((info & WORD_BIT) === 0 && (info & FOLDS_TO_WORD_BIT) !== 0) intoWords.push(unit.toString(16));
    }
    expect(intoWords).toEqual([]);
  });

  it.each([
    ['É', 'e', WORD_BIT | FOLDS_TO_WORD_BIT],
    ['\u0301', '\u0301', WORD_BIT | FOLDS_TO_WORD_BIT | COMBINING_BIT],
    // A letter of its own, written for an apostrophe: it folds to one, which ends a word.
    ['\u02BC', "'", WORD_BIT],
    ['\u00A0', ' ', 0],
    ['\u2011', '-', 0],
    ['\uD83D', '\uD83D', 0],
  ])('%s folds to %s', (char, folded, flags) => {
    const info = codeUnitInfo(code(char));
    expect(String.fromCharCode(info & FOLDED_BITS)).toBe(folded);
    expect(info & (WORD_BIT | FOLDS_TO_WORD_BIT | COMBINING_BIT)).toBe(flags);
  });
});

describe('learnCodeUnits', () => {
  // A fresh module each time: its table knows only the code units computed up front.
  let fresh: typeof import('../../lib/skills/fold-code-unit');
  beforeEach(async () => {
    vi.resetModules();
    fresh = await import('../../lib/skills/fold-code-unit');
  });

  it.each([
    ['Latin text', 'Développeuse « full-stack » — 45 k€, télétravail… 🚀', []],
    ['symbols', 'Qualité ™ ✅ → √2', ['™', '✅', '→', '√']],
    ['other scripts', 'Разработчик Python, 开发者 TypeScript, Ωμέγα', ['Р', '开', 'Ω']],
    // More runs of unknown code units than are searched for: the rest is read one by one.
    ['a long text in another script', 'Привет мир, ճանապարհ 道路 '.repeat(400), ['П', 'ճ', '道']],
  ])('makes knownInfo answer for every code unit of %s', (_, text, unknown) => {
    for (const char of unknown) expect(fresh.knownInfo(code(char))).toBe(0);
    fresh.learnCodeUnits(text);
    for (let index = 0; index < text.length; index++) {
      const unit = text.charCodeAt(index);
      expect(fresh.knownInfo(unit)).toBe(codeUnitInfo(unit));
    }
  });
});
