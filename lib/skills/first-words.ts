import { COMBINING_BIT, FOLDED_BITS, FOLDS_TO_WORD_BIT, knownInfo } from './fold-code-unit';

/**
 * The first words of a trie's spellings ("ruby" for "Ruby on Rails", "node" for "Node.js", ""
 * for ".NET"), one bit per hash of their folded code units. Nearly every word of a page starts
 * like some spelling, but few are a spelling's whole first word: hashing the word while reading
 * it, and walking the trie only when its bit is set, costs a few arithmetic operations per
 * character where the walk costs several dependent table reads. Another word may share a bit:
 * that costs a walk that finds nothing, never a missed skill.
 */
export type FirstWords = Uint32Array;

export interface FirstWord {
  hash: number;
  /** Index of the code unit after the word. */
  end: number;
}

// A quarter of a million bits: the taxonomy's thousand first words set one in 250, so that
// common words ("nous", "à") seldom share a bit with one.
const BITS_LOG2 = 18;
const BITS = 1 << BITS_LOG2;
// FNV-1a, on folded code units.
const SEED = 0x811c9dc5 | 0;
const PRIME = 0x01000193;

/**
 * Reads the word at `start` of `text`, whose code units were learned (see learnCodeUnits), into
 * `word`: its code units up to the first that folds to no word character, hashed folded and
 * without combining accents, which the matcher reads past. A spelling can match only where this
 * word is the spelling's own first word: a spelling ends before a code unit that is no word
 * character (endsWord), and no such code unit folds to one (tests/skills/fold-code-unit.test.ts
 * checks all of them), so the word read here ends there too.
 */
export function readFirstWord(text: string, start: number, word: FirstWord): void {
  let hash = SEED;
  let end = start;
  for (; end < text.length; end++) {
    const info = knownInfo(text.charCodeAt(end));
    if ((info & FOLDS_TO_WORD_BIT) === 0) break;
    if ((info & COMBINING_BIT) === 0) hash = Math.imul(hash ^ (info & FOLDED_BITS), PRIME);
  }
  word.hash = hash;
  word.end = end;
}

/** The first words of `spellings`, whose code units were learned (buildSkillTrie folds each). */
export function createFirstWords(spellings: Iterable<string>): FirstWords {
  const bits: number[] = [];
  const word: FirstWord = { hash: 0, end: 0 };
  for (const spelling of spellings) {
    readFirstWord(spelling, 0, word);
    bits.push(bitOf(word.hash));
  }
  return firstWordsWithBits(bits);
}

/** The bits set, by number: a short list where the set itself is 32 KB of mostly zeros (for packed-trie.ts). */
export function setBitsOf(firstWords: FirstWords): number[] {
  const bits: number[] = [];
  firstWords.forEach((word, index) => {
    for (let bit = 0; bit < 32; bit++) if ((word >>> bit) & 1) bits.push(index * 32 + bit);
  });
  return bits;
}

export function firstWordsWithBits(bits: ArrayLike<number>): FirstWords {
  const firstWords = new Uint32Array(BITS / 32);
  for (let index = 0; index < bits.length; index++) {
    const bit = bits[index]!;
    if (bit >= 0 && bit < BITS) firstWords[bit >>> 5]! |= 1 << (bit & 31);
  }
  return firstWords;
}

/** False when no spelling starts with the word of this hash; true when one may. */
export function mayBeFirstWord(firstWords: FirstWords, hash: number): boolean {
  const bit = bitOf(hash);
  return (firstWords[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}

function bitOf(hash: number): number {
  // FNV-1a spreads a word's last code units over few bits: mixed once more ("nous" and
  // "specifications" shared their top bits), then its top bits taken.
  const mixed = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);
  return (mixed ^ (mixed >>> 16)) >>> (32 - BITS_LOG2);
}
