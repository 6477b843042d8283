import type { WordHits } from './word-hits';

/** Offers matching some words of a query: ordinal, coverage, summed score, and the term each word matched (-1: none). */
export interface Candidates {
  docs: Int32Array;
  /** Sum of the words' credits (see CREDIT in word-hits.ts). */
  coverage: Uint16Array;
  scores: Float64Array;
  /** Row-major, `wordCount` entries per candidate. */
  terms: Int32Array;
  wordCount: number;
}

/**
 * The union of the words' hits: an offer holding any word is a candidate, with the sum of
 * its words' credits and scores. Stopwords ("de" in "chargé de déploiement") add to the score
 * of offers found by the other words, and neither make a candidate nor cover anything.
 * Candidates are found through a dense array of rows stamped with a generation number, which
 * spares clearing it.
 */
export class HitsCombiner {
  private stamps = new Int32Array(0);
  private rows = new Int32Array(0);
  private generation = 0;

  combine(words: WordHits[], stopwords: WordHits[], slots: number): Candidates {
    this.ensureCapacity(slots);
    const generation = ++this.generation;
    const wordCount = words.length + stopwords.length;
    const capacity = words.reduce((sum, word) => sum + word.docs.length, 0);
    const docs = new Int32Array(capacity);
    const coverage = new Uint16Array(capacity);
    const scores = new Float64Array(capacity);
    const terms = new Int32Array(capacity * wordCount).fill(-1);
    let count = 0;
    [...words, ...stopwords].forEach((word, column) => {
      const isStopword = column >= words.length;
      for (let i = 0; i < word.docs.length; i++) {
        const doc = word.docs[i]!;
        let row = this.stamps[doc] === generation ? this.rows[doc]! : -1;
        if (row < 0) {
          if (isStopword) continue;
          row = count++;
          this.stamps[doc] = generation;
          this.rows[doc] = row;
          docs[row] = doc;
        }
        if (!isStopword) coverage[row]! += word.credits[i]!;
        scores[row]! += word.scores[i]!;
        terms[row * wordCount + column] = word.terms[i]!;
      }
    });
    return { docs: docs.subarray(0, count), coverage: coverage.subarray(0, count), scores: scores.subarray(0, count), terms, wordCount };
  }

  /** The candidate row of an offer in the last combination, -1 when it is none. */
  rowOf(doc: number): number {
    return this.stamps[doc] === this.generation ? this.rows[doc]! : -1;
  }

  private ensureCapacity(slots: number): void {
    if (this.stamps.length >= slots) return;
    this.stamps = new Int32Array(slots * 2);
    this.rows = new Int32Array(slots * 2);
    this.generation = 0;
  }
}
