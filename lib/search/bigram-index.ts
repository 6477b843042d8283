import { PAIR_SEPARATOR } from './tokenize';
import type { Vocabulary } from './vocabulary';

/** Pseudo-character marking a term's start, so that first letters weigh in the overlap. */
const START = 0;
const ALPHABET = 64;

export interface CandidateOptions {
  /** Typos allowed: each one changes at most two bigrams. */
  maxEdits: number;
  minLength: number;
  maxLength: number;
  /** How many candidates to keep, those sharing the most bigrams with the word first. */
  limit: number;
}

/**
 * Bigrams of the vocabulary's terms → term ids: a cheap prefilter that hands the typo matcher
 * a few hundred likely terms instead of the whole vocabulary (80,000 terms at 50,000 postings,
 * too many to measure edit distances over on every keystroke). Stored as one flat array sliced
 * by bigram, rebuilt in a few milliseconds when the vocabulary has grown since.
 */
export class BigramIndex {
  private built = -1;
  private starts = new Int32Array(ALPHABET * ALPHABET + 1);
  private ids = new Int32Array(0);
  private counts = new Uint8Array(0);

  constructor(private readonly vocabulary: Vocabulary) {}

  /** Indexes the vocabulary's current terms, if not done yet. */
  catchUp(): void {
    if (this.built !== this.vocabulary.size) this.build();
  }

  candidates(word: string, options: CandidateOptions): number[] {
    this.catchUp();
    const { counts, ids, starts } = this;
    const grams = [...new Set(bigramsOf(word))];
    const needed = Math.max(1, grams.length - 2 * options.maxEdits);
    const touched: number[] = [];
    for (const gram of grams) {
      for (let i = starts[gram]!; i < starts[gram + 1]!; i++) {
        const id = ids[i]!;
        const seen = counts[id]!;
        counts[id] = seen + 1;
        if (seen === 0) touched.push(id);
      }
    }
    const { terms } = this.vocabulary;
    const kept: number[] = [];
    for (const id of touched) {
      const length = terms[id]!.length;
      if (counts[id]! >= needed && length >= options.minLength && length <= options.maxLength) kept.push(id);
    }
    const score = (id: number) => counts[id]! * 64 - Math.abs(terms[id]!.length - word.length);
    if (kept.length > options.limit) kept.sort((a, b) => score(b) - score(a)).length = options.limit;
    for (const id of touched) counts[id] = 0;
    return kept;
  }

  /** Counting sort of (bigram, term) pairs: one pass to size each bigram's slice, one to fill it. */
  private build(): void {
    const { terms } = this.vocabulary;
    const { codes, ends } = termCodes(terms);
    const starts = new Int32Array(ALPHABET * ALPHABET + 1);
    for (let i = 1; i < codes.length; i++) if (codes[i] !== START) starts[codes[i - 1]! * ALPHABET + codes[i]! + 1]!++;
    for (let gram = 1; gram < starts.length; gram++) starts[gram]! += starts[gram - 1]!;
    const next = starts.slice(0, -1);
    const ids = new Int32Array(starts[starts.length - 1]!);
    for (let id = 0, i = 1; id < terms.length; id++, i++) {
      for (; i < ends[id]!; i++) ids[next[codes[i - 1]! * ALPHABET + codes[i]!]!++] = id;
    }
    this.starts = starts;
    this.ids = ids;
    this.counts = new Uint8Array(terms.length);
    this.built = terms.length;
  }
}

/**
 * Letter codes of all terms in one array, each term preceded by START, and where each
 * term's codes end: the build's two passes read these rather than the strings.
 */
function termCodes(terms: string[]): { codes: Uint8Array; ends: Int32Array } {
  let total = 0;
  for (const term of terms) total += term.length + 1;
  const codes = new Uint8Array(total);
  const ends = new Int32Array(terms.length);
  let at = 0;
  terms.forEach((term, id) => {
    codes[at++] = START;
    // A title pair ("data scientist") is no typo of a word: it gets no bigram.
    if (!term.includes(PAIR_SEPARATOR)) for (let i = 0; i < term.length; i++) codes[at++] = letterCode(term.charCodeAt(i));
    ends[id] = at;
  });
  return { codes, ends };
}

/**
 * Bigram keys of a term, its start included. A bigram repeated in a term ("ee") is listed
 * twice: it then counts twice in the overlap, a bias too small to matter for a prefilter.
 */
function bigramsOf(term: string): number[] {
  const grams: number[] = [];
  let previous = START;
  for (let i = 0; i < term.length; i++) {
    const current = letterCode(term.charCodeAt(i));
    grams.push(previous * ALPHABET + current);
    previous = current;
  }
  return grams;
}

/** a–z and 0–9 get their own codes; other letters share the rest (it is only a prefilter). */
function letterCode(charCode: number): number {
  if (charCode >= 97 && charCode <= 122) return charCode - 96;
  if (charCode >= 48 && charCode <= 57) return charCode - 21;
  return 37 + (charCode % (ALPHABET - 37));
}
