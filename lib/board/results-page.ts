import type { SearchHit } from '../search/types';
import type { Board } from './read-board';

/** What the popup lists for a query: the first results, ranked, and exact counts of all of them. */
export interface ResultsPage {
  /** At most the size asked for, best first, one per posting (a job seen in two places is one). */
  hits: SearchHit[];
  /** Postings the query and filters give, hidden and blocked ones left out unless shown. */
  total: number;
  /** Postings the query and filters give that the seeker hid or blocked. */
  noise: number;
}

/** Ranks the matches of one query (the search index, or a list already in order). */
export interface RankedMatches {
  /** Every match the filter keeps, in any order. */
  all(filter: (id: string) => boolean): string[];
  /** The `limit` best matches the filter keeps, best first. */
  best(limit: number, filter: (id: string) => boolean): SearchHit[];
}

export interface PageOptions {
  /** The seeker's filters (see createBoardFilter). */
  filter: (id: string) => boolean;
  /** Hidden or blocked (lib/noise), by offer id; undefined when the seeker hid and blocked nothing. */
  isNoise?: (id: string) => boolean;
  /** The hidden and blocked postings are listed too, marked. */
  showNoise: boolean;
  /**
   * The posting an offer stands for: a job seen in several places is one posting (its group in
   * lib/duplicates), listed once, by its best-ranked copy; any other offer stands for itself.
   */
  postingOf: (offerId: string) => unknown;
  /** How many results to rank: Infinity to order them all another way afterwards. */
  size: number;
}

/**
 * Only the results shown are ranked, so that a keystroke matching 10,000 postings sorts and
 * explains 50 of them; the counts the popup quotes (the tab, "show more", hidden and blocked
 * postings) still come from every match.
 */
export function resultsPage(matches: RankedMatches, { filter, isNoise, showNoise, postingOf, size }: PageOptions): ResultsPage {
  const all = matches.all(filter);
  const noise: string[] = [];
  const kept = isNoise ? [] : all;
  if (isNoise) for (const id of all) (isNoise(id) ? noise : kept).push(id);
  const listed = showNoise ? all : kept;
  const total = countPostings(listed, postingOf);
  const shown = showNoise || !isNoise ? filter : (id: string) => filter(id) && !isNoise(id);
  // Copies of a posting ranked below its best are left out: rank enough to fill the page without them.
  const copies = listed.length - total;
  const hits = onePerPosting(matches.best(size + copies, shown), postingOf).slice(0, size);
  return { hits, total, noise: countPostings(noise, postingOf) };
}

/** How many postings the offers are, a job seen in several places counting once. */
export function countPostings(offerIds: readonly string[], postingOf: (offerId: string) => unknown): number {
  return new Set(offerIds.map(postingOf)).size;
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
  if (index) return { all: (filter) => index.matches(query, filter), best: (limit, filter) => index.search(query, { limit, filter }) };
  if (query.trim() !== (board.answers ?? '').trim()) return undefined;
  const ordered = [...board.summaries.keys()];
  return {
    all: (filter) => ordered.filter(filter),
    best: (limit, filter) => ordered.filter(filter).slice(0, limit).map((id) => ({ id, score: 0, matchedTerms: [] })),
  };
}
