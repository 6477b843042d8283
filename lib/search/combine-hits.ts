import type { WordHits } from './word-hits';

/** Offers matching a whole query: ordinal, summed score, and the term each word matched (-1: none). */
export interface Candidates {
  docs: Int32Array;
  scores: Float64Array;
  /** Row-major, `wordCount` entries per candidate. */
  terms: Int32Array;
  wordCount: number;
}

/**
 * AND of the required words, plus whatever the optional ones add. Starts from the rarest
 * required word so the candidate list only shrinks; each other word is looked up through
 * dense arrays stamped with a generation number, which spares clearing them.
 */
export class HitsCombiner {
  private stamps = new Int32Array(0);
  private scores = new Float64Array(0);
  private terms = new Int32Array(0);
  private generation = 0;

  combine(required: WordHits[], optional: WordHits[], slots: number): Candidates {
    this.ensureCapacity(slots);
    const words = [...required].sort((a, b) => a.docs.length - b.docs.length);
    const wordCount = words.length + optional.length;
    const first = words[0]!;
    let count = first.docs.length;
    const docs = first.docs.slice();
    const scores = first.scores.slice();
    const terms = new Int32Array(count * wordCount).fill(-1);
    for (let i = 0; i < count; i++) terms[i * wordCount] = first.terms[i]!;

    [...words.slice(1), ...optional].forEach((word, index) => {
      const column = index + 1;
      const isRequired = column < words.length;
      const generation = this.scatter(word);
      let kept = 0;
      for (let i = 0; i < count; i++) {
        const doc = docs[i]!;
        const found = this.stamps[doc] === generation;
        if (!found && isRequired) continue;
        docs[kept] = doc;
        scores[kept] = scores[i]! + (found ? this.scores[doc]! : 0);
        terms.copyWithin(kept * wordCount, i * wordCount, i * wordCount + column);
        terms[kept * wordCount + column] = found ? this.terms[doc]! : -1;
        kept++;
      }
      count = kept;
    });
    return { docs: docs.subarray(0, count), scores: scores.subarray(0, count), terms, wordCount };
  }

  private scatter(word: WordHits): number {
    const generation = ++this.generation;
    for (let i = 0; i < word.docs.length; i++) {
      const doc = word.docs[i]!;
      this.stamps[doc] = generation;
      this.scores[doc] = word.scores[i]!;
      this.terms[doc] = word.terms[i]!;
    }
    return generation;
  }

  private ensureCapacity(slots: number): void {
    if (this.stamps.length >= slots) return;
    this.stamps = new Int32Array(slots * 2);
    this.scores = new Float64Array(slots * 2);
    this.terms = new Int32Array(slots * 2);
    this.generation = 0;
  }
}
