import type { SearchHit } from '../search/types';
import type { MatchCounter } from './match-counter';
import type { Board } from './read-board';

/** What the popup lists for a query: the first results, ranked, and exact counts of all of them. */
export interface ResultsPage {
  /** At most the size asked for, best first, one per posting (a job seen in two places is one). */
  hits: SearchHit[];
  /** Postings the query and filters give, hidden and blocked ones left out unless shown. */
  total: number;
  /** Postings the query and filters give that the seeker hid or blocked. */
  noise: number;
  /** Postings the query gives that "open postings only" alone leaves out (0 when it is off). */
  closed: number;
}

/** Ranks the matches of one query (the search index, or a list already in order). */
export interface RankedMatches {
  /** The offers `ordinals` numbers, by ordinal; undefined where an offer was removed. */
  offerIds: ReadonlyArray<string | undefined>;
  /** Every match, unfiltered and unranked, as ordinals; valid until the next search. */
  ordinals(): ArrayLike<number>;
  /** The `limit` best matches the filter keeps, best first. */
  best(limit: number, filter: (id: string) => boolean): SearchHit[];
}

export interface PageOptions {
  /**
   * Counts the matches as its judge (the seeker's filters, hidden postings, duplicates) sees
   * them, and that judge picks the results shown: one counter per judge, kept from one keystroke
   * to the next.
   */
  counter: MatchCounter;
  /** The hidden and blocked postings are listed too, marked. */
  showNoise: boolean;
  /** How many results to rank: Infinity to order them all another way afterwards. */
  size: number;
}

/**
 * Only the results shown are ranked, so that a keystroke matching 10,000 postings sorts and
 * explains 50 of them; the counts the popup quotes (the tab, "show more", hidden and blocked
 * postings, closed ones left out) still come from every match, in one pass.
 */
export function resultsPage(matches: RankedMatches, { counter, showNoise, size }: PageOptions): ResultsPage {
  const { filter, isNoise, postingOf } = counter.judge;
  const { listed, listedOffers, noise, closed } = counter.count(matches.offerIds, matches.ordinals(), showNoise);
  const shown = showNoise || !isNoise ? filter : (id: string) => filter(id) && !isNoise(id);
  // Copies of a posting ranked below its best are left out: rank enough to fill the page without them.
  const copies = listedOffers - listed;
  const hits = onePerPosting(matches.best(size + copies, shown), postingOf).slice(0, size);
  return { hits, total: listed, noise, closed };
}

/** The first hit of each posting, in order. */
function onePerPosting(hits: readonly SearchHit[], postingOf: (offerId: string) => unknown): SearchHit[] {
  const listed = new Set<unknown>();
  return hits.filter((hit) => {
    const posting = postingOf(hit.id);
    if (listed.has(posting)) return false;
    listed.add(posting);
    return true;
  });
}

/**
 * The board's matches for a query: the search index's, or, while it loads, the front page or
 * the first screen kept for this query, already in order. Undefined when neither answers it.
 */
export function boardMatches(board: Board, query: string): RankedMatches | undefined {
  const { index } = board;
  if (index) return { offerIds: index.offerIds, ordinals: () => index.matchingOrdinals(query), best: (limit, filter) => index.search(query, { limit, filter }) };
  if (query.trim() !== (board.answers ?? '').trim()) return undefined;
  const ordered = [...board.summaries.keys()];
  return {
    offerIds: ordered,
    ordinals: () => ordered.map((_, ordinal) => ordinal),
    best: (limit, filter) => ordered.filter(filter).slice(0, limit).map((id) => ({ id, score: 0, matchedTerms: [] })),
  };
}
