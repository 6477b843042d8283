import type { OfferEvent, OfferSummary, SearchMatchRecord, Stage } from '../db/records';
import type { SavedSearch } from './saved-search';
import type { SearchIndex } from '../search/types';
import { createBoardFilter, createMatchScorer } from '../board/select-results';

/** The popup's board as the worker holds it: the same index and summaries the popup searches. */
export interface MatchingBoard {
  index: SearchIndex;
  summaries: ReadonlyMap<string, OfferSummary>;
}

export interface MatchingContext {
  board: MatchingBoard;
  mySkills: readonly string[];
  /** The stage of each saved posting, for a search that leaves applications out. */
  stages: ReadonlyMap<string, Stage>;
  /** Whether this search already matched this posting (then it is never a match again). */
  known(searchId: string, offerId: string): boolean;
  /** Postings the seeker hid, or whose organization or words they blocked (lib/noise): in no results, never a match. */
  leftOut(summary: OfferSummary): boolean;
  now: number;
}

/**
 * The saved searches each opening matches, found by the popup's own search and filters, so
 * that an alert lists what the seeker sees on opening the search. An opening matches a search
 * saved before it happened, once per posting: a posting that closes and reopens, or opens twice
 * between two runs, gives one match, tied to its first opening.
 */
export function matchOpenings(openings: readonly OfferEvent[], searches: readonly SavedSearch[], context: MatchingContext): SearchMatchRecord[] {
  const { board } = context;
  const matchOf = createMatchScorer(context.mySkills);
  const matches: SearchMatchRecord[] = [];
  for (const search of searches) {
    const firstOpening = new Map<string, OfferEvent>();
    for (const event of [...openings].sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0))) {
      const eligible = event.type === 'opened' && !event.baseline && event.at >= search.createdAt && !context.known(search.id, event.offerId);
      if (eligible && !firstOpening.has(event.offerId)) firstOpening.set(event.offerId, event);
    }
    if (firstOpening.size === 0) continue;
    // Openings are new by definition: "new only" keeps them all.
    const marks = { newIds: new Set(firstOpening.keys()), stages: context.stages };
    const accepts = createBoardFilter(board.summaries, search.filters, matchOf, context.now, marks);
    const kept = (id: string) => firstOpening.has(id) && accepts(id) && !context.leftOut(board.summaries.get(id)!);
    for (const hit of board.index.search(search.query, { filter: kept })) {
      const event = firstOpening.get(hit.id)!;
      matches.push({ searchId: search.id, offerId: hit.id, eventSeq: event.seq ?? 0, at: event.at });
    }
  }
  return matches;
}
