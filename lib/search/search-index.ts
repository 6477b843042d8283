import type { Offer } from '../postings/types';
import { BigramIndex } from './bigram-index';
import { HitsCombiner, type Candidates } from './combine-hits';
import { REMOTE_PLACE_TERMS } from './city-words';
import { offerTerms } from './offer-terms';
import { type OfferTable } from './offer-table';
import { addAdjacentBonus } from './adjacent-bonus';
import { CITY_MASK_WEIGHTS, FIELD_BITS, MASK_WEIGHTS } from './field-weights';
import { parseQuery } from './parse-query';
import { expandPlan, planQuery, type WordPlan } from './plan-query';
import { postedDay } from './rank';
import { selectTop } from './select-top';
import { PAIR_SEPARATOR } from './tokenize';
import { deserializeIndex, EMPTY_INDEX, serializeIndex } from './serialize-index';
import type { SearchHit, SearchIndex, SearchOptions, SerializedSearchIndex } from './types';
import type { Vocabulary } from './vocabulary';
import { WordHitsCache } from './word-hits-cache';
import { CREDIT, groupOf, termRarity, WordHitsCollector, type WordHits } from './word-hits';

/**
 * Coverage comes first: an offer holding every word of a query ranks above any holding only
 * some of them, whatever their scores (a score stays far below this).
 */
const COVERAGE_UNIT = 1e6;

/** Removed offers leave holes in the postings; past this many, and more holes than offers, the index is rewritten. */
const COMPACTION_MIN_HOLES = 256;

export function createSearchIndex(offers: Offer[] = []): SearchIndex {
  const index = new InvertedSearchIndex(deserializeIndex(EMPTY_INDEX));
  for (const offer of offers) index.add(offer);
  return index;
}

/** An index ready to search: what the first keystrokes need is built now, not on the first keystroke. */
export function loadSearchIndex(data: SerializedSearchIndex): SearchIndex {
  const index = new InvertedSearchIndex(deserializeIndex(data));
  index.prepare();
  return index;
}

class InvertedSearchIndex implements SearchIndex {
  private vocabulary!: Vocabulary;
  private table!: OfferTable;
  private bigrams!: BigramIndex;
  /** Hits per query word, so that typing the next word does not redo the previous ones. */
  private readonly cache = new WordHitsCache();
  private readonly collector = new WordHitsCollector();
  private readonly combiner = new HitsCombiner();
  private ordinals = new Int32Array(0);
  /** The last combination of words' hits, and the words it is for (see candidates). */
  private combined: { key: string; candidates: Candidates } | undefined;
  private ranking = new Float64Array(0);
  /** See placelessOffers. */
  private placeless: Uint8Array | undefined;

  constructor(state: { vocabulary: Vocabulary; table: OfferTable }) {
    this.adopt(state);
  }

  get size(): number {
    return this.table.liveCount;
  }

  add(offer: Offer): void {
    this.remove(offer.id);
    const ordinal = this.table.add(offer.id, offer.status, postedDay(offer.postedAt));
    for (const [term, mask] of offerTerms(offer)) this.vocabulary.addPosting(term, ordinal, mask);
    this.forgetSearches();
  }

  remove(offerId: string): void {
    const ordinal = this.table.ordinalOf(offerId);
    if (ordinal === undefined) return;
    this.table.remove(ordinal);
    const holes = this.table.slots - this.table.liveCount;
    if (holes > COMPACTION_MIN_HOLES && holes > this.table.liveCount) this.adopt(deserializeIndex(this.toJSON()));
  }

  update(offer: Offer): void {
    this.add(offer);
  }

  search(query: string, { limit = Infinity, filter }: SearchOptions = {}): SearchHit[] {
    const words = parseQuery(query);
    const { ids } = this.table;
    const accept = (ordinal: number) => {
      const id = ids[ordinal];
      return id !== undefined && (!filter || filter(id));
    };
    if (words.length === 0) return this.browse(limit, accept);

    const plans = planQuery(words);
    const candidates = this.candidates(plans);
    const { docs, coverage } = candidates;
    // Ranked in a copy: the candidates stay as combined, for the next call on the same words.
    const scores = this.rankingScores(candidates.scores);
    const offerCount = this.table.liveCount;
    const rarity = (term: number) => termRarity(this.vocabulary, term, 'head', offerCount);
    addAdjacentBonus(plans, this.vocabulary, rarity, (doc) => this.combiner.rowOf(doc), scores);
    const boosts = this.table.boostByOrdinal();
    for (let row = 0; row < scores.length; row++) scores[row] = coverage[row]! * COVERAGE_UNIT + scores[row]! * boosts[docs[row]!]!;
    return selectTop(docs, scores, limit, accept).map(({ index, score }) => ({
      id: ids[docs[index]!]!,
      score,
      matchedTerms: this.termsOfRow(candidates, index),
    }));
  }

  get offerIds(): ReadonlyArray<string | undefined> {
    return this.table.ids;
  }

  matchingOrdinals(query: string): Int32Array {
    const words = parseQuery(query);
    if (words.length === 0) return this.everyOrdinal();
    // The offers a search would rank, without ranking them: no scores, bonuses, sort or matched terms.
    return this.candidates(planQuery(words)).docs;
  }

  /** Builds the lookup structures searches otherwise build on first use. */
  prepare(): void {
    this.bigrams.catchUp();
    this.vocabulary.withPrefix('');
    this.table.boostByOrdinal();
  }

  toJSON(): SerializedSearchIndex {
    return serializeIndex(this.vocabulary, this.table);
  }

  /** 0 to the last ordinal handed out, kept from one call to the next. */
  private everyOrdinal(): Int32Array {
    const { slots } = this.table;
    if (this.ordinals.length < slots) this.ordinals = Int32Array.from({ length: slots * 2 }, (_, ordinal) => ordinal);
    return this.ordinals.subarray(0, slots);
  }

  private browse(limit: number, accept: (ordinal: number) => boolean): SearchHit[] {
    const hits: SearchHit[] = [];
    for (const ordinal of this.table.browseOrder()) {
      if (hits.length >= limit) break;
      if (accept(ordinal)) hits.push({ id: this.table.ids[ordinal]!, score: 0, matchedTerms: [] });
    }
    return hits;
  }

  /**
   * The offers holding any content word of the query (stopwords only add to their scores). The
   * last words' are kept: the popup counts a keystroke's matches, then ranks the first of them.
   */
  private candidates(plans: WordPlan[]): Candidates {
    const key = plans.map((plan) => `${plan.word.optional ? 'stopword' : 'word'} ${plan.key}`).join('\n');
    if (this.combined?.key === key) return this.combined.candidates;
    const hits = (plan: WordPlan) => this.wordHits(plan);
    const candidates = this.combiner.combine(
      plans.filter((plan) => !plan.word.optional).map(hits),
      plans.filter((plan) => plan.word.optional).map(hits),
    );
    this.combined = { key, candidates };
    return candidates;
  }

  /** The candidates' scores in an array of the index's, kept from one search to the next. */
  private rankingScores(scores: Float64Array): Float64Array {
    if (this.ranking.length < scores.length) this.ranking = new Float64Array(scores.length * 2);
    const ranking = this.ranking.subarray(0, scores.length);
    ranking.set(scores);
    return ranking;
  }

  /** What searches remember depends on the offers: forgotten when they change. */
  private forgetSearches(): void {
    this.cache.clear();
    this.combined = undefined;
    this.placeless = undefined;
  }

  /** 1 by the ordinal of each fully remote job giving no place (the offers of REMOTE_ANYWHERE_TERM), built on a city's first search. */
  private placelessOffers(): Uint8Array {
    if (this.placeless) return this.placeless;
    const flags = new Uint8Array(this.table.slots);
    for (const place of REMOTE_PLACE_TERMS) {
      const term = this.vocabulary.idOf(place);
      if (term === undefined) continue;
      const { docs, offset, length } = this.vocabulary.postingsOf(term, 'head');
      for (let i = offset; i < offset + length; i++) flags[docs[i]!] = 1;
    }
    this.placeless = flags;
    return flags;
  }

  /**
   * 1 by the ordinal of each offer whose title names the role a title names instead of the
   * word's (see OTHER_ROLES), and neither the word, its synonyms nor a role holding it: "Python/
   * Back-End Developer" for "frontend", not "Développeur full-stack front et back".
   */
  private otherRoleOffers(plan: WordPlan): Uint8Array {
    const flags = new Uint8Array(this.table.slots);
    const mark = (expressions: string[][], value: number) => {
      for (const words of expressions) {
        const term = this.vocabulary.idOf(words.join(PAIR_SEPARATOR));
        if (term === undefined) continue;
        const { docs, masks, offset, length } = this.vocabulary.postingsOf(term, 'head');
        for (let i = offset; i < offset + length; i++) if (masks![i]! & FIELD_BITS.title) flags[docs[i]!] = value;
      }
    };
    mark(plan.otherRole, 1);
    mark([[plan.word.text], ...plan.synonyms, ...plan.broader], 0);
    return flags;
  }

  private wordHits(plan: WordPlan): WordHits {
    return this.cache.get(plan.key, () =>
      this.collector.collect(expandPlan(plan, this.vocabulary, this.bigrams), this.vocabulary, this.table.slots, {
        maskWeights: plan.city ? CITY_MASK_WEIGHTS : MASK_WEIGHTS,
        offerCount: this.table.liveCount,
        ...(plan.city && { textCredit: { offers: this.placelessOffers(), credit: CREDIT.nearly } }),
        ...(plan.otherRole.length > 0 && { textCredit: { offers: this.otherRoleOffers(plan), credit: CREDIT.partial } }),
      }),
    );
  }

  /** The terms each word matched in a candidate, every term of a group ("chef", "produit" for "po"). */
  private termsOfRow({ terms, wordCount, groups }: Candidates, row: number): string[] {
    const matched = new Set<string>();
    for (let column = 0; column < wordCount; column++) {
      const term = terms[row * wordCount + column]!;
      const group = groupOf(term);
      for (const id of group >= 0 ? groups[column]![group]! : term >= 0 ? [term] : []) matched.add(this.vocabulary.terms[id]!);
    }
    return [...matched];
  }

  private adopt({ vocabulary, table }: { vocabulary: Vocabulary; table: OfferTable }): void {
    this.vocabulary = vocabulary;
    this.table = table;
    this.bigrams = new BigramIndex(vocabulary);
    this.forgetSearches();
  }
}
