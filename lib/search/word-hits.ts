import type { Reach, TermGroup, WordExpansion } from './expand-word';
import { ASIDE_WEIGHT, FIELD_WEIGHTS } from './field-weights';
import type { Vocabulary } from './vocabulary';

/** The offers one query word matches: ordinal, score, best-matching term and coverage credit, side by side. */
export interface WordHits {
  docs: Int32Array;
  scores: Float64Array;
  terms: Int32Array;
  /** How surely the offer holds the word (see CREDIT). */
  credits: Uint8Array;
}

/**
 * What a word found in an offer adds to the offer's coverage: a sure match in its title,
 * fields or job text covers it; a doubtful one (a close word, not a correction) or one found
 * only in the body's aside (a team roster, a contact line) half covers it.
 */
export const CREDIT = { sure: 2, partial: 1 } as const;

export interface CollectOptions {
  /** Weight of each fields' mask (see field-weights.ts). */
  maskWeights: Float64Array;
  /** Offers indexed, for the terms' rarity. */
  offerCount: number;
}

/**
 * Unions the postings of a word's terms, keeping per offer its best term: rarity (BM25's idf)
 * × field weight × match quality. Works in dense arrays indexed by ordinal, kept between
 * searches: a three-letter prefix touches a few hundred thousand postings at 50,000 offers,
 * too many for a Map within a keystroke.
 */
export class WordHitsCollector {
  private best = new Float64Array(0);
  private bestTerm = new Int32Array(0);
  private bestCredit = new Uint8Array(0);
  private touched: number[] = [];
  /** Per offer, the sum of a group's term scores so far, where `groupStamp` holds the current group's number. */
  private groupScore = new Float64Array(0);
  private groupCount = new Int32Array(0);
  private groupCredit = new Uint8Array(0);
  private groupStamp = new Int32Array(0);
  private groupNumber = 0;

  collect({ terms, groups }: WordExpansion, vocabulary: Vocabulary, slots: number, options: CollectOptions): WordHits {
    this.ensureCapacity(slots);
    const exact = terms.find((match) => match.quality === 1);
    const ceiling = exact ? termRarity(vocabulary, exact.term, exact.reach, options.offerCount) : Infinity;
    for (const { term, quality, reach, sure } of terms) {
      // A completion or a typo never outweighs the word itself for being rarer.
      const weight = quality * Math.min(ceiling, termRarity(vocabulary, term, reach, options.offerCount));
      const credit = sure ? CREDIT.sure : CREDIT.partial;
      this.visit(vocabulary, term, reach, options.maskWeights, (doc, field, inAside) =>
        this.consider(doc, weight * field, term, inAside ? CREDIT.partial : credit),
      );
    }
    for (const group of groups) this.collectGroup(group, vocabulary, options);
    return this.drain();
  }

  /** Offers holding every term of a group score the mean of the terms, times the group's quality. */
  private collectGroup({ terms, quality, reach }: TermGroup, vocabulary: Vocabulary, options: CollectOptions): void {
    const stamp = ++this.groupNumber;
    terms.forEach((term, index) => {
      const weight = termRarity(vocabulary, term, reach, options.offerCount);
      this.visit(vocabulary, term, reach, options.maskWeights, (doc, field, inAside) => {
        const credit = inAside ? CREDIT.partial : CREDIT.sure;
        if (index === 0) {
          if (this.groupStamp[doc] === stamp) return;
          this.groupStamp[doc] = stamp;
          this.groupCount[doc] = 1;
          this.groupScore[doc] = weight * field;
          this.groupCredit[doc] = credit;
          return;
        }
        if (this.groupStamp[doc] !== stamp || this.groupCount[doc] !== index) return;
        this.groupCount[doc] = index + 1;
        this.groupScore[doc]! += weight * field;
        this.groupCredit[doc] = Math.min(this.groupCredit[doc]!, credit);
        if (index === terms.length - 1) {
          this.consider(doc, (this.groupScore[doc]! / terms.length) * quality, terms[0]!, this.groupCredit[doc]!);
        }
      });
    });
  }

  /** Calls `use` with each offer holding the term, the weight of the fields it is in, and whether only in the aside. */
  private visit(
    vocabulary: Vocabulary,
    term: number,
    reach: Reach,
    maskWeights: Float64Array,
    use: (doc: number, weight: number, inAside: boolean) => void,
  ): void {
    const head = vocabulary.postingsOf(term, 'head');
    for (let i = 0; i < head.length; i++) use(head.docs[i]!, maskWeights[head.masks![i]!]!, false);
    if (reach === 'head') return;
    const body = vocabulary.postingsOf(term, 'body');
    for (let i = 0; i < body.length; i++) use(body.docs[i]!, FIELD_WEIGHTS.body, false);
    if (reach === 'job') return;
    const aside = vocabulary.postingsOf(term, 'aside');
    for (let i = 0; i < aside.length; i++) use(aside.docs[i]!, ASIDE_WEIGHT, true);
  }

  private consider(doc: number, score: number, term: number, credit: number): void {
    const best = this.best[doc]!;
    if (best === 0) this.touched.push(doc);
    if (credit > this.bestCredit[doc]!) this.bestCredit[doc] = credit;
    if (score <= best) return;
    this.best[doc] = score;
    this.bestTerm[doc] = term;
  }

  private drain(): WordHits {
    const { touched, best, bestTerm, bestCredit } = this;
    const hits: WordHits = {
      docs: Int32Array.from(touched),
      scores: new Float64Array(touched.length),
      terms: new Int32Array(touched.length),
      credits: new Uint8Array(touched.length),
    };
    for (let i = 0; i < touched.length; i++) {
      const doc = touched[i]!;
      hits.scores[i] = best[doc]!;
      hits.terms[i] = bestTerm[doc]!;
      hits.credits[i] = bestCredit[doc]!;
      best[doc] = 0;
      bestCredit[doc] = 0;
    }
    this.touched = [];
    return hits;
  }

  private ensureCapacity(slots: number): void {
    if (this.best.length >= slots) return;
    this.best = new Float64Array(slots * 2);
    this.bestTerm = new Int32Array(slots * 2);
    this.bestCredit = new Uint8Array(slots * 2);
    this.groupScore = new Float64Array(slots * 2);
    this.groupCount = new Int32Array(slots * 2);
    this.groupCredit = new Uint8Array(slots * 2);
    this.groupStamp = new Int32Array(slots * 2);
    this.groupNumber = 0;
  }
}

const MIN_RARITY = 0.05;

/** BM25's inverse document frequency, counted over the postings a search reads. */
export function termRarity(vocabulary: Vocabulary, term: number, reach: Reach, offerCount: number): number {
  let frequency = vocabulary.postingsOf(term, 'head').length;
  if (reach !== 'head') frequency += vocabulary.postingsOf(term, 'body').length;
  if (reach === 'all') frequency += vocabulary.postingsOf(term, 'aside').length;
  // Removed offers still counted (until compaction) must not make a common term worthless.
  return Math.max(MIN_RARITY, Math.log(1 + (offerCount - frequency + 0.5) / (frequency + 0.5)));
}
