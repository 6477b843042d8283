import { foldText } from '../text/fold';

/** Words of three: enough to tell two postings of one template apart, few enough to survive small edits. */
const SHINGLE_WORDS = 3;

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The text's runs of three folded words, each as a 32-bit hash, as a set: two postings' sets
 * overlap as much as their texts do, whatever their markup, case, accents or spacing. Numbers,
 * not strings: 10,000 postings hold millions of triples.
 */
export function textShingles(text: string): Set<number> {
  const words = foldText(text).match(WORD) ?? [];
  const hashes = words.map(wordHash);
  const shingles = new Set<number>();
  if (hashes.length < SHINGLE_WORDS) {
    if (hashes.length > 0) shingles.add(hashes.reduce(combine));
    return shingles;
  }
  for (let index = 0; index + SHINGLE_WORDS <= hashes.length; index++) {
    shingles.add(combine(combine(hashes[index]!, hashes[index + 1]!), hashes[index + 2]!));
  }
  return shingles;
}

/** Shared shingles over all shingles (Jaccard): 1 for the same text, 0 for nothing in common. */
export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const shingle of small) if (large.has(shingle)) shared++;
  return shared / (a.size + b.size - shared);
}

/** FNV-1a over the word's code units. */
function wordHash(word: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < word.length; index++) hash = Math.imul(hash ^ word.charCodeAt(index), 0x01000193);
  return hash >>> 0;
}

function combine(left: number, right: number): number {
  return (Math.imul(left, 0x9e3779b1) ^ right) >>> 0;
}
