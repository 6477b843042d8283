import type { TermPair, WordExpansion } from './expand-word';
import { FIELD_WEIGHTS, MASK_WEIGHTS } from './field-weights';
import type { PostingsList } from './postings-list';
import type { Vocabulary } from './vocabulary';

/** The offers one query word matches: ordinal, score and best-matching term, side by side. */
export interface WordHits {
  docs: Int32Array;
  scores: Float64Array;
  terms: Int32Array;
}

/**
 * Unions the postings of a word's terms, keeping per offer its best term: field weight ×
 * match quality. Works in dense arrays indexed by ordinal, kept between searches: a
 * three-letter prefix touches a few hundred thousand postings at 50,000 offers, too many
 * for a Map within a keystroke.
 */
export class WordHitsCollector {
  private best = new Float64Array(0);
  private bestTerm = new Int32Array(0);
  private touched: number[] = [];
  /** Scores of a pair's first term, valid where `pairStamp` holds the current pair's number. */
  private pairScore = new Float64Array(0);
  private pairStamp = new Int32Array(0);
  private pairNumber = 0;

  collect({ terms, pairs }: WordExpansion, vocabulary: Vocabulary, slots: number): WordHits {
    this.ensureCapacity(slots);
    for (const { term, quality, headOnly } of terms) {
      this.visit(vocabulary, term, headOnly, (doc, weight) => this.consider(doc, weight * quality, term));
    }
    for (const pair of pairs) this.collectPair(pair, vocabulary);
    return this.drain();
  }

  /** Offers holding both terms of a pair score the mean of the two, times the pair's quality. */
  private collectPair({ first, second, quality }: TermPair, vocabulary: Vocabulary): void {
    const stamp = ++this.pairNumber;
    this.visit(vocabulary, first, false, (doc, weight) => {
      this.pairStamp[doc] = stamp;
      this.pairScore[doc] = weight;
    });
    this.visit(vocabulary, second, false, (doc, weight) => {
      if (this.pairStamp[doc] !== stamp) return;
      this.consider(doc, ((this.pairScore[doc]! + weight) / 2) * quality, first);
    });
  }

  /** Calls `use` with each offer holding the term and the weight of the fields it is in. */
  private visit(vocabulary: Vocabulary, term: number, headOnly: boolean, use: (doc: number, weight: number) => void): void {
    const head: PostingsList = vocabulary.postingsOf(term, 'head');
    for (let i = 0; i < head.length; i++) use(head.docs[i]!, MASK_WEIGHTS[head.masks![i]!]!);
    if (headOnly) return;
    const body = vocabulary.postingsOf(term, 'body');
    for (let i = 0; i < body.length; i++) use(body.docs[i]!, FIELD_WEIGHTS.body);
  }

  private consider(doc: number, score: number, term: number): void {
    const best = this.best[doc]!;
    if (score <= best) return;
    if (best === 0) this.touched.push(doc);
    this.best[doc] = score;
    this.bestTerm[doc] = term;
  }

  private drain(): WordHits {
    const { touched, best, bestTerm } = this;
    const hits: WordHits = {
      docs: Int32Array.from(touched),
      scores: new Float64Array(touched.length),
      terms: new Int32Array(touched.length),
    };
    for (let i = 0; i < touched.length; i++) {
      const doc = touched[i]!;
      hits.scores[i] = best[doc]!;
      hits.terms[i] = bestTerm[doc]!;
      best[doc] = 0;
    }
    this.touched = [];
    return hits;
  }

  private ensureCapacity(slots: number): void {
    if (this.best.length >= slots) return;
    this.best = new Float64Array(slots * 2);
    this.bestTerm = new Int32Array(slots * 2);
    this.pairScore = new Float64Array(slots * 2);
    this.pairStamp = new Int32Array(slots * 2);
    this.pairNumber = 0;
  }
}
