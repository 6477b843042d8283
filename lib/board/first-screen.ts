import type { OfferSummary } from '../db/records';

/**
 * The first results the popup showed for a query, kept so that reopening it on that query lists
 * them at once: the stored front page answers the empty query only, and the whole board with its
 * search index takes a few hundred milliseconds to load at 10,000 postings.
 */
export interface FirstScreen {
  query: string;
  /** The board these results came from: after a sync, they may be stale and are not shown. */
  boardUpdatedAt: number;
  /** In the order shown. */
  summaries: OfferSummary[];
}

/**
 * Rows that fill the popup's first screen (580 px high: nine rows at the default font size,
 * twelve with a smaller one). The first render lists only these, each row costing the first
 * frame about half a millisecond, and only these are kept for a query.
 */
export const FIRST_SCREEN_SIZE = 12;

/** What to keep of the results now shown; undefined for the empty query, which the front page answers. */
export function firstScreenOf(query: string, boardUpdatedAt: number, shown: readonly OfferSummary[]): FirstScreen | undefined {
  if (query.trim() === '') return undefined;
  return { query, boardUpdatedAt, summaries: shown.slice(0, FIRST_SCREEN_SIZE) };
}

/** The kept results, when they answer the query the popup reopens on and come from the board stored now. */
export function reusableFirstScreen(kept: FirstScreen | undefined, query: string, boardUpdatedAt: number | undefined): OfferSummary[] | undefined {
  if (!kept || query.trim() === '' || kept.query !== query || kept.boardUpdatedAt !== boardUpdatedAt) return undefined;
  return kept.summaries;
}
