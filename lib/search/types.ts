import type { Offer, OfferStatus } from '../postings/types';

export interface SearchHit {
  id: string;
  /** Higher is better; only meaningful to compare hits of the same search. */
  score: number;
  /**
   * Folded index terms that matched, for highlighting: per query word, its best-scoring
   * term in this offer (the first half for a word found split, "full" for "fullstack").
   */
  matchedTerms: string[];
}

export interface SearchOptions {
  /** At most this many hits, best first. Default: all matching offers. */
  limit?: number;
  /** Keep only the offers this accepts (e.g. a status or source filter chosen in the popup). */
  filter?: (id: string) => boolean;
}

export interface SearchIndex {
  readonly size: number;
  /** Adds an offer, or replaces the one with the same id. */
  add(offer: Offer): void;
  remove(offerId: string): void;
  update(offer: Offer): void;
  /**
   * Offers matching every word of the query (stopwords aside), each word fuzzily, the last
   * one also as a prefix while it is being typed. An empty query lists every offer, open
   * ones first, then by most recent posting date.
   */
  search(query: string, options?: SearchOptions): SearchHit[];
  /** Offer ids by ordinal, the numbers `matchingOrdinals` answers with; undefined where an offer was removed. */
  readonly offerIds: ReadonlyArray<string | undefined>;
  /**
   * The ordinals of every offer `search` would return for the query, ascending, unranked and
   * unfiltered: what counting them takes, when only the first hits are ranked (`limit`). May hold
   * removed offers' ordinals. Valid until the next call of a method of the index.
   */
  matchingOrdinals(query: string): Int32Array;
  toJSON(): SerializedSearchIndex;
}

/** Plain data (strings and numbers only), for JSON or IndexedDB. */
export interface SerializedSearchIndex {
  version: 10;
  /** Offer ids, by ordinal. */
  ids: string[];
  statuses: OfferStatus[];
  /** Posting dates as days since 1970-01-01, null when unknown. */
  postedDays: Array<number | null>;
  /** The vocabulary, in sort order. */
  terms: string[];
  /** For each term, its postings encoded as text (see postings-list.ts and vocabulary.ts). */
  headPostings: string[];
  bodyPostings: string[];
  asidePostings: string[];
}
