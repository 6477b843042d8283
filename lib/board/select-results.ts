import type { SearchHit } from '../search/types';
import { foldText } from '../text/fold';
import type { BoardFilters } from './board-filters';
import type { OfferSummary } from '../db/records';

export interface BoardResult {
  summary: OfferSummary;
  /** Search relevance; 0 for an empty query. */
  score: number;
  /** Folded index terms the query matched in this offer (see SearchHit), for showing why. */
  matchedTerms: readonly string[];
  /** Share of the posting's skills the user has, 0..1; undefined when either side has none. */
  match?: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Share of a posting's skills that the user has, memoized per offer: the user's skills do
 * not change while the popup is open. Both sides hold canonical names (the options page
 * stores the taxonomy's names), so the popup does without the taxonomy.
 */
export function createMatchScorer(mySkills: readonly string[]): (summary: OfferSummary) => number | undefined {
  const mine = new Set(mySkills.map(foldText));
  // Every listed result asks for its match: without skills of the user's, folding each posting's skills is wasted.
  if (mine.size === 0) return () => undefined;
  const cache = new Map<string, number | undefined>();
  return (summary) => {
    if (cache.has(summary.id)) return cache.get(summary.id);
    const matched = summary.skills.filter((skill) => mine.has(foldText(skill))).length;
    const match = summary.skills.length > 0 ? matched / summary.skills.length : undefined;
    cache.set(summary.id, match);
    return match;
  };
}

/** Builds the predicate for the search index's filter option: filtering happens during the search, not after. */
export function createBoardFilter(
  summaries: ReadonlyMap<string, OfferSummary>,
  filters: BoardFilters,
  matchOf: (summary: OfferSummary) => number | undefined,
  now: number,
): (id: string) => boolean {
  const location = foldText(filters.location.trim());
  const since = filters.postedWithinDays === null ? undefined : new Date(now - filters.postedWithinDays * DAY_MS).toISOString().slice(0, 10);
  return (id) => {
    const summary = summaries.get(id);
    if (!summary) return false;
    if (filters.openOnly && summary.status !== 'open') return false;
    if (filters.contract !== 'any' && summary.contract !== filters.contract) return false;
    if (filters.remote !== 'any' && summary.remote !== filters.remote) return false;
    if (filters.sourceId !== 'any' && summary.sourceId !== filters.sourceId) return false;
    if (location && !foldText(summary.location ?? '').includes(location)) return false;
    if (since && (summary.postedAt ?? '') < since) return false;
    if (filters.matchesMySkills && !matchOf(summary)) return false;
    return true;
  };
}

/** Orders the hits as the user chose; relevance keeps the index's order (which already favours open and recent). */
export function orderResults(
  hits: SearchHit[],
  summaries: ReadonlyMap<string, OfferSummary>,
  sort: BoardFilters['sort'],
  matchOf: (summary: OfferSummary) => number | undefined,
): BoardResult[] {
  const results = hits.flatMap((hit) => {
    const summary = summaries.get(hit.id);
    return summary ? [{ summary, score: hit.score, matchedTerms: hit.matchedTerms, match: sort === 'match' ? matchOf(summary) : undefined }] : [];
  });
  if (sort === 'date') results.sort((a, b) => (b.summary.postedAt ?? '').localeCompare(a.summary.postedAt ?? ''));
  if (sort === 'match') results.sort((a, b) => (b.match ?? -1) - (a.match ?? -1) || b.score - a.score);
  return results;
}
