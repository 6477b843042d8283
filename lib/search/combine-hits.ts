import type { WordHits } from './word-hits';

/** Offers matching some words of a query: ordinal, coverage, summed score, and the term each word matched (-1: none). */
export interface Candidates {
  docs: Int32Array;
  /** Sum of the words' credits (see CREDIT in word-hits.ts). */
  coverage: Uint16Array;
  scores: Float64Array;
  /** Row-major, `wordCount` entries per candidate; a group's code (see groupCode) for a match made of several terms. */
  terms: Int32Array;
  wordCount: number;
  /** Per word (column of `terms`), the terms of the groups its codes stand for. */
  groups: ReadonlyArray<ReadonlyArray<readonly number[]>>;
}

/**
 * The union of the words' hits: an offer holding any word is a candidate, with the sum of
 * its words' credits and scores. Stopwords ("de" in "chargé de déploiement") add to the score
 * of offers found by the other words, and neither make a candidate nor cover anything.
 * Every word's hits come by ascending ordinal: they are merged in one sequential pass, and
 * the candidates come out by ascending ordinal too.
 */
export class HitsCombiner {
  /** The last combination's arrays, reused by the next one: a keystroke allocates none of them. */
  private docs = new Int32Array(0);
  private coverage = new Uint16Array(0);
  private scores = new Float64Array(0);
  private terms = new Int32Array(0);
  private count = 0;

  /** The returned arrays are only valid until the next call. */
  combine(words: WordHits[], stopwords: WordHits[]): Candidates {
    const columns = [...words, ...stopwords];
    const wordCount = columns.length;
    this.ensureRows(words.reduce((sum, word) => sum + word.docs.length, 0), wordCount);
    const { docs, coverage, scores, terms } = this;
    if (words.length === 1 && stopwords.length === 0) return this.copy(words[0]!);
    const cursors = new Int32Array(wordCount);
    let count = 0;
    for (;;) {
      let doc = NO_MORE;
      for (let column = 0; column < words.length; column++) {
        const cursor = cursors[column]!;
        const hits = words[column]!.docs;
        if (cursor < hits.length && hits[cursor]! < doc) doc = hits[cursor]!;
      }
      if (doc === NO_MORE) break;
      const row = count++;
      docs[row] = doc;
      let rowCoverage = 0;
      let rowScore = 0;
      for (let column = 0; column < wordCount; column++) {
        const word = columns[column]!;
        let cursor = cursors[column]!;
        if (column >= words.length) while (cursor < word.docs.length && word.docs[cursor]! < doc) cursor++;
        if (cursor < word.docs.length && word.docs[cursor] === doc) {
          if (column < words.length) rowCoverage += word.credits[cursor]!;
          rowScore += word.scores[cursor]!;
          terms[row * wordCount + column] = word.terms[cursor]!;
          cursor++;
        } else {
          terms[row * wordCount + column] = -1;
        }
        cursors[column] = cursor;
      }
      coverage[row] = rowCoverage;
      scores[row] = rowScore;
    }
    this.count = count;
    return { docs: docs.subarray(0, count), coverage: coverage.subarray(0, count), scores: scores.subarray(0, count), terms, wordCount, groups: columns.map((column) => column.groups) };
  }

  /** One word's hits are the candidates: copied in bulk (the scores get bonuses added in place). */
  private copy(word: WordHits): Candidates {
    const count = word.docs.length;
    this.docs.set(word.docs);
    this.coverage.set(word.credits);
    this.scores.set(word.scores);
    this.terms.set(word.terms);
    this.count = count;
    return { docs: this.docs.subarray(0, count), coverage: this.coverage.subarray(0, count), scores: this.scores.subarray(0, count), terms: this.terms, wordCount: 1, groups: [word.groups] };
  }

  /** The candidate row of an offer in the last combination, -1 when it is none. */
  rowOf(doc: number): number {
    let low = 0;
    let high = this.count;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.docs[middle]! < doc) low = middle + 1;
      else high = middle;
    }
    return low < this.count && this.docs[low] === doc ? low : -1;
  }

  private ensureRows(capacity: number, wordCount: number): void {
    if (this.docs.length < capacity) {
      this.docs = new Int32Array(capacity * 2);
      this.coverage = new Uint16Array(capacity * 2);
      this.scores = new Float64Array(capacity * 2);
    }
    if (this.terms.length < capacity * wordCount) this.terms = new Int32Array(capacity * wordCount * 2);
  }
}

/** Above any ordinal. */
const NO_MORE = 0x7fffffff;
