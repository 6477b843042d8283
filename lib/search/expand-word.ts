import Fuse from 'fuse.js';
import type { BigramIndex } from './bigram-index';
import type { QueryWord } from './parse-query';
import { PAIR_SEPARATOR } from './tokenize';
import type { Vocabulary } from './vocabulary';

/** Which postings of a term a search reads: short fields only, the job's text too, or the aside as well. */
export type Reach = 'head' | 'job' | 'all';

export interface TermMatch {
  term: number;
  /** 1 for the word itself, less for a synonym, a completion or a typo. */
  quality: number;
  reach: Reach;
  /**
   * The match stands for the word: the word itself, a synonym, a completion of the word being
   * typed, or a typo's likely correction. A close word that is not one (the seeker typed
   * "data", a real word, and a posting says "date") counts, but does not cover the word.
   */
  sure: boolean;
}

/** Terms that, all found in one offer, stand for the word: "full" + "stack" for "fullstack". */
export interface TermGroup {
  terms: number[];
  quality: number;
  reach: Reach;
}

export interface WordExpansion {
  terms: TermMatch[];
  groups: TermGroup[];
}

const EXACT_QUALITY = 1;
/** A completion of the word being typed: more when it is already mostly typed. */
const PREFIX_QUALITY = { base: 0.7, typedShare: 0.25 };
/** A typo'd match, scaled by fuse.js's closeness (1 − score). */
const FUZZY_QUALITY = 0.6;
/** Both halves of the word, found in one offer: a little below the word itself. */
const SPLIT_QUALITY = 0.8;
/** Shorter halves are mostly noise ("de" + "signer" for "designer"). */
const MIN_SPLIT_PART_LENGTH = 3;
/** Shorter words match too much of the vocabulary with a typo allowed ("java" → "jaws"). */
const MIN_FUZZY_LENGTH = 4;
/**
 * fuse.js's cost of a match starting after the term's first letter: each letter of shift
 * counts 1/10, so "python" no longer matches the "ption" of "conception".
 */
const FUZZY_DISTANCE = 10;
/** Terms fuse.js compares the word with: plenty for a typo, few enough to stay under a millisecond. */
const FUZZY_CANDIDATES = 200;

/**
 * A prefix this short, being typed, only completes words of the short fields ("ux" still
 * finds "ux" in a body, but "uxui" only in a title or a skill). Every body has words
 * starting with any letter: the first keystroke would list every offer, after reading a
 * million postings at 50,000 offers. From three letters on, completions are searched in bodies.
 */
const HEAD_ONLY_PREFIX_LENGTH = 2;
/** Completions of a longer prefix looked up in bodies, the commonest first (see commonest). */
const MAX_COMPLETIONS_IN_BODIES = 40;

/** Typos allowed in a word of this length: none under four letters, one up to five, two from six ("pyhton"). */
function maxEdits(length: number): number {
  return length >= 6 ? 2 : 1;
}

/** The vocabulary terms a query word stands for, each with how well it matches. */
export function expandWord(word: QueryWord, vocabulary: Vocabulary, bigrams: BigramIndex): WordExpansion {
  const best = new Map<number, TermMatch>();
  const consider = (match: TermMatch) => {
    const known = best.get(match.term);
    if (!known || match.quality > known.quality) best.set(match.term, match);
  };
  const exact = vocabulary.idOf(word.text);
  if (exact !== undefined) consider({ term: exact, quality: EXACT_QUALITY, reach: 'all', sure: true });
  if (word.prefix) {
    const completions = [...vocabulary.withPrefix(word.text)].filter((term) => !vocabulary.terms[term]!.includes(PAIR_SEPARATOR));
    const inBodies = word.text.length <= HEAD_ONLY_PREFIX_LENGTH ? new Set<number>() : commonest(completions, vocabulary);
    for (const term of completions) {
      const typedShare = word.text.length / vocabulary.terms[term]!.length;
      const reach: Reach = inBodies.has(term) ? 'job' : 'head';
      consider({ term, quality: PREFIX_QUALITY.base + PREFIX_QUALITY.typedShare * typedShare, reach, sure: true });
    }
  }
  if (word.text.length >= MIN_FUZZY_LENGTH) {
    const exactFrequency = exact === undefined ? 0 : vocabulary.documentFrequency(exact);
    for (const match of fuzzyMatches(word, vocabulary, bigrams)) {
      // A close term more common than the word is its likely correction; a rarer one, another word.
      const sure = vocabulary.documentFrequency(match.term) > exactFrequency;
      consider(sure ? match : { ...match, quality: match.quality / 2, sure });
    }
  }
  return { terms: [...best.values()], groups: splitGroups(word.text, vocabulary) };
}

/**
 * The completions of a word being typed that are looked up in bodies too: the most common
 * ones. "dev" completes to hundreds of terms at 50,000 offers; reading the body postings of
 * each, rare ones included, would take most of a keystroke's budget, and a rare completion
 * found only in a body is seldom what the seeker is typing. The others are looked up in the
 * short fields.
 */
function commonest(completions: number[], vocabulary: Vocabulary): Set<number> {
  if (completions.length <= MAX_COMPLETIONS_IN_BODIES) return new Set(completions);
  const frequency = new Map(completions.map((term) => [term, vocabulary.approximateFrequency(term)]));
  return new Set([...completions].sort((a, b) => frequency.get(b)! - frequency.get(a)!).slice(0, MAX_COMPLETIONS_IN_BODIES));
}

/**
 * Ways to cut the word into two vocabulary terms, for words written joined in the query and
 * apart in postings ("fullstack" / "full stack", "frontend" / "front end", "devops").
 */
function splitGroups(word: string, vocabulary: Vocabulary): TermGroup[] {
  const groups: TermGroup[] = [];
  for (let cut = MIN_SPLIT_PART_LENGTH; cut <= word.length - MIN_SPLIT_PART_LENGTH; cut++) {
    const first = vocabulary.idOf(word.slice(0, cut));
    const second = vocabulary.idOf(word.slice(cut));
    if (first !== undefined && second !== undefined) groups.push({ terms: [first, second], quality: SPLIT_QUALITY, reach: 'all' });
  }
  return groups;
}

/**
 * Terms within a few typos of the word, judged by fuse.js. Fuse's Bitap also finds the word
 * inside a longer term, which is what the word being typed needs ("javs" → "javascript");
 * a finished word only matches terms of about its own length.
 */
function fuzzyMatches(word: QueryWord, vocabulary: Vocabulary, bigrams: BigramIndex): TermMatch[] {
  const length = word.text.length;
  const edits = maxEdits(length);
  const candidates = bigrams.candidates(word.text, {
    maxEdits: edits,
    minLength: length - edits,
    maxLength: word.prefix ? Infinity : length + edits,
    limit: FUZZY_CANDIDATES,
  });
  const fuse = new Fuse(
    candidates.map((term) => vocabulary.terms[term]!),
    {
      includeScore: true,
      isCaseSensitive: true,
      shouldSort: false,
      ignoreFieldNorm: true,
      location: 0,
      distance: FUZZY_DISTANCE,
      threshold: (edits + 0.5) / length,
    },
  );
  return fuse.search(word.text).map((result) => ({
    term: candidates[result.refIndex]!,
    quality: FUZZY_QUALITY * (1 - (result.score ?? 0)),
    reach: 'all',
    sure: true,
  }));
}
