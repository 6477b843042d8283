import type { Reach, TermGroup, WordExpansion } from './expand-word';
import { ASIDE_WEIGHT, FIELD_WEIGHTS } from './field-weights';
import type { Vocabulary } from './vocabulary';

/**
 * The offers one query word matches: ordinal, score, best-matching term and coverage credit,
 * side by side, by ascending ordinal (see combineHits).
 */
export interface WordHits {
  docs: Int32Array;
  scores: Float64Array;
  /** The term, or for a match made of several terms (a group, see TermGroup) groupCode(its index in `groups`). */
  terms: Int32Array;
  /** The terms of each group matched, by the index groupCode gives. */
  groups: ReadonlyArray<readonly number[]>;
  /** How surely the offer holds the word (see CREDIT). */
  credits: Uint8Array;
}

/**
 * What a word found in an offer adds to the offer's coverage: a sure match in its title,
 * fields or job text covers it; a doubtful one (a close word, not a correction) or one found
 * only in the body's aside (a team roster, a contact line) half covers it. A city named only
 * in the text of a fully remote job that gives no place (where the team meets or sits) nearly
 * covers it: below the postings located there, above the remote jobs that never name it.
 */
export const CREDIT = { sure: 4, nearly: 3, partial: 2 } as const;

/** A group's index as a hit's term: below -1, which says "no term" (see Candidates). */
export function groupCode(group: number): number {
  return -2 - group;
}

/** The group's index a hit's term holds, or -1 when the term is one term (or none). */
export function groupOf(code: number): number {
  return code <= -2 ? -2 - code : -1;
}

/** Touched offers are read off the dense arrays when more than one in this many is touched, else sorted. */
const DENSE_SHARE = 16;

/** Read once: an imported object's property, read per posting, costs a lookup each time. */
const BODY_WEIGHT = FIELD_WEIGHTS.body;

export interface CollectOptions {
  /** Weight of each fields' mask (see field-weights.ts). */
  maskWeights: Float64Array;
  /** Offers indexed, for the terms' rarity. */
  offerCount: number;
  /**
   * 1 by the ordinal of each offer whose text's matches cover the word at most `credit`: for a
   * city, the fully remote jobs giving no place (nearly); for a role, the postings whose title
   * names another (partially; see OTHER_ROLES).
   */
  textCredit?: { offers: Uint8Array; credit: number };
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
  /** Offers given a score by the current word, in the order first met. */
  private touched = new Int32Array(0);
  private touchedCount = 0;
  private slots = 0;
  /** Per offer, the sum of a group's term scores so far, where `groupStamp` holds the current group's number. */
  private groupScore = new Float64Array(0);
  private groupCount = new Int32Array(0);
  private groupCredit = new Uint8Array(0);
  private groupStamp = new Int32Array(0);
  private groupNumber = 0;

  collect({ terms, groups }: WordExpansion, vocabulary: Vocabulary, slots: number, options: CollectOptions): WordHits {
    this.ensureCapacity(slots);
    this.slots = slots;
    const exact = terms.find((match) => match.quality === 1);
    const ceiling = exact ? termRarity(vocabulary, exact.term, exact.reach, options.offerCount) : Infinity;
    // The likely corrections of a typo are one word the seeker meant: none outweighs the commonest for being rarer ("developer", "développeur").
    let corrections = Infinity;
    for (const { term, reach, correction } of terms) if (correction) corrections = Math.min(corrections, termRarity(vocabulary, term, reach, options.offerCount));
    for (const { term, quality, reach, sure, correction } of terms) {
      // A completion or a typo never outweighs the word itself for being rarer.
      const weight = quality * Math.min(ceiling, correction ? corrections : Infinity, termRarity(vocabulary, term, reach, options.offerCount));
      this.collectTerm(vocabulary, term, reach, weight, sure ? CREDIT.sure : CREDIT.partial, options);
    }
    groups.forEach((group, index) => this.collectGroup(group, groupCode(index), vocabulary, options, ceiling));
    return this.drain(groups.map((group) => group.terms));
  }

  /**
   * Scores every offer holding the term in the parts `reach` covers. The hot loop of a
   * keystroke (hundreds of thousands of postings at 50,000 offers): plain loops, no callback.
   */
  private collectTerm(vocabulary: Vocabulary, term: number, reach: Reach, weight: number, credit: number, { maskWeights, textCredit }: CollectOptions): void {
    const head = vocabulary.postingsOf(term, 'head');
    const { docs, masks } = head;
    for (let i = head.offset, end = head.offset + head.length; i < end; i++) this.consider(docs[i]!, weight * maskWeights[masks![i]!]!, term, credit);
    if (reach === 'head') return;
    const body = vocabulary.postingsOf(term, 'body');
    const bodyScore = weight * BODY_WEIGHT;
    if (textCredit) {
      // Found only in the text of a fully remote job giving no place (not where it is worked), or of another role's posting.
      const { offers } = textCredit;
      const capped = Math.min(credit, textCredit.credit);
      for (let i = body.offset, end = body.offset + body.length; i < end; i++) this.consider(body.docs[i]!, bodyScore, term, offers[body.docs[i]!] ? capped : credit);
    } else {
      for (let i = body.offset, end = body.offset + body.length; i < end; i++) this.consider(body.docs[i]!, bodyScore, term, credit);
    }
    if (reach === 'job') return;
    const aside = vocabulary.postingsOf(term, 'aside');
    const asideScore = weight * ASIDE_WEIGHT;
    for (let i = aside.offset, end = aside.offset + aside.length; i < end; i++) this.consider(aside.docs[i]!, asideScore, term, CREDIT.partial);
  }

  /**
   * Offers holding every term of a group score the mean of the terms, times the group's
   * quality; as a completion or a typo, a group never outweighs the word itself for being
   * rarer (a pair of words is rarer than either).
   */
  private collectGroup({ terms, quality, reach, sure = true }: TermGroup, code: number, vocabulary: Vocabulary, options: CollectOptions, ceiling: number): void {
    const stamp = ++this.groupNumber;
    const credit = sure ? CREDIT.sure : CREDIT.partial;
    const { maskWeights } = options;
    for (let index = 0; index < terms.length; index++) {
      const term = terms[index]!;
      const weight = Math.min(ceiling, termRarity(vocabulary, term, reach, options.offerCount));
      const head = vocabulary.postingsOf(term, 'head');
      for (let i = head.offset; i < head.offset + head.length; i++) this.addToGroup(head.docs[i]!, weight * maskWeights[head.masks![i]!]!, credit, index, terms.length, quality, stamp, code);
      if (reach === 'head') continue;
      const body = vocabulary.postingsOf(term, 'body');
      const textCredit = options.textCredit;
      const capped = textCredit ? Math.min(credit, textCredit.credit) : credit;
      for (let i = body.offset; i < body.offset + body.length; i++) {
        const doc = body.docs[i]!;
        this.addToGroup(doc, weight * BODY_WEIGHT, textCredit?.offers[doc] ? capped : credit, index, terms.length, quality, stamp, code);
      }
      if (reach === 'job') continue;
      const aside = vocabulary.postingsOf(term, 'aside');
      for (let i = aside.offset; i < aside.offset + aside.length; i++) this.addToGroup(aside.docs[i]!, weight * ASIDE_WEIGHT, CREDIT.partial, index, terms.length, quality, stamp, code);
    }
  }

  /**
   * The `index`th term of a group found in an offer: counted when the offer holds every term
   * before it, and the offer considered once it holds them all. A method, not a closure made per
   * term: the hot loop of a synonym group, which a closure made several times slower.
   */
  private addToGroup(doc: number, score: number, credit: number, index: number, termCount: number, quality: number, stamp: number, code: number): void {
    if (index === 0) {
      if (this.groupStamp[doc] === stamp) return;
      this.groupStamp[doc] = stamp;
      this.groupCount[doc] = 1;
      this.groupScore[doc] = score;
      this.groupCredit[doc] = credit;
    } else {
      if (this.groupStamp[doc] !== stamp || this.groupCount[doc] !== index) return;
      this.groupCount[doc] = index + 1;
      this.groupScore[doc]! += score;
      this.groupCredit[doc] = Math.min(this.groupCredit[doc]!, credit);
    }
    if (index === termCount - 1) this.consider(doc, (this.groupScore[doc]! / termCount) * quality, code, this.groupCredit[doc]!);
  }

  private consider(doc: number, score: number, term: number, credit: number): void {
    const best = this.best[doc]!;
    if (best === 0) this.touched[this.touchedCount++] = doc;
    if (credit > this.bestCredit[doc]!) this.bestCredit[doc] = credit;
    if (score <= best) return;
    this.best[doc] = score;
    this.bestTerm[doc] = term;
  }

  private drain(groups: ReadonlyArray<readonly number[]>): WordHits {
    const { best, bestTerm, bestCredit } = this;
    const docs = this.touchedInOrder();
    const count = docs.length;
    const hits: WordHits = { docs, scores: new Float64Array(count), terms: new Int32Array(count), groups, credits: new Uint8Array(count) };
    for (let i = 0; i < count; i++) {
      const doc = docs[i]!;
      hits.scores[i] = best[doc]!;
      hits.terms[i] = bestTerm[doc]!;
      hits.credits[i] = bestCredit[doc]!;
      best[doc] = 0;
      bestCredit[doc] = 0;
    }
    this.touchedCount = 0;
    return hits;
  }

  /**
   * The offers touched, by ascending ordinal: read off the dense scores when they are many
   * (one sequential pass), sorted when they are few.
   */
  private touchedInOrder(): Int32Array {
    const count = this.touchedCount;
    if (count * DENSE_SHARE < this.slots) return this.touched.slice(0, count).sort();
    const docs = new Int32Array(count);
    const { best } = this;
    for (let doc = 0, at = 0; at < count; doc++) if (best[doc] !== 0) docs[at++] = doc;
    return docs;
  }

  private ensureCapacity(slots: number): void {
    if (this.best.length >= slots) return;
    this.best = new Float64Array(slots * 2);
    this.bestTerm = new Int32Array(slots * 2);
    this.bestCredit = new Uint8Array(slots * 2);
    this.touched = new Int32Array(slots * 2);
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
  let frequency = vocabulary.frequency(term, 'head');
  if (reach !== 'head') frequency += vocabulary.frequency(term, 'body');
  if (reach === 'all') frequency += vocabulary.frequency(term, 'aside');
  // Removed offers still counted (until compaction) must not make a common term worthless.
  return Math.max(MIN_RARITY, Math.log(1 + (offerCount - frequency + 0.5) / (frequency + 0.5)));
}
