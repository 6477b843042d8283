import type { SearchHit } from '../search/types';
import { matchScorer, type MatchScore } from '../skills/score-match';
import { foldText } from '../text/fold';
import type { BoardFilters } from './board-filters';
import { compareDeadlines } from './deadline';
import type { OfferSummary, Stage } from '../db/records';

export interface BoardResult {
  summary: OfferSummary;
  /** Search relevance; 0 for an empty query. */
  score: number;
  /** Folded index terms the query matched in this offer (see SearchHit), for showing why. */
  matchedTerms: readonly string[];
  /** The posting's skills the user has (lib/skills/score-match.ts); undefined when the user listed none. */
  match?: MatchScore;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The match of each posting with the user's skills, memoized per offer: the user's skills do
 * not change while the popup is open.
 */
export function createMatchScorer(mySkills: readonly string[]): (summary: OfferSummary) => MatchScore | undefined {
  // Without skills of the user's there is nothing to match, and no posting reads 0 %.
  if (mySkills.length === 0) return () => undefined;
  const cache = new Map<string, MatchScore>();
  const scoreMatch = matchScorer(mySkills);
  return (summary) => {
    let match = cache.get(summary.id);
    if (!match) cache.set(summary.id, (match = scoreMatch(summary)));
    return match;
  };
}

/** What the seeker did with the postings, which two filters read: seen or not, saved at which stage. */
export interface SeekerMarks {
  /** Postings the seeker has not seen yet. */
  newIds?: ReadonlySet<string>;
  /** The stage of each saved posting. */
  stages?: ReadonlyMap<string, Stage>;
}

/** Builds the predicate for the search index's filter option: filtering happens during the search, not after. */
export function createBoardFilter(
  summaries: ReadonlyMap<string, OfferSummary>,
  filters: BoardFilters,
  matchOf: (summary: OfferSummary) => MatchScore | undefined,
  now: number,
  marks: SeekerMarks = {},
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
    // What the card counts held: a list of which one will do, a plus the seeker has, not only the skills asked one by one.
    if (filters.matchesMySkills && (matchOf(summary)?.held ?? 0) === 0) return false;
    if (filters.newOnly && !marks.newIds?.has(id)) return false;
    if (filters.applications === 'hide' && isApplication(marks.stages?.get(id))) return false;
    return true;
  };
}

/** A saved posting the seeker has applied to (whatever came of it since). */
function isApplication(stage: Stage | undefined): boolean {
  return stage !== undefined && stage !== 'saved';
}

/**
 * Orders the hits as the user chose; relevance keeps the index's order (which already favours open and recent).
 * `today` is the seeker's calendar day (deadline.ts's localDay), for the deadlines still ahead.
 */
export function orderResults(
  hits: SearchHit[],
  summaries: ReadonlyMap<string, OfferSummary>,
  sort: BoardFilters['sort'],
  matchOf: (summary: OfferSummary) => MatchScore | undefined,
  today: string,
): BoardResult[] {
  const results = hits.flatMap((hit) => {
    const summary = summaries.get(hit.id);
    return summary ? [{ summary, score: hit.score, matchedTerms: hit.matchedTerms, match: sort === 'match' ? matchOf(summary) : undefined }] : [];
  });
  if (sort === 'date') results.sort((a, b) => (b.summary.postedAt ?? '').localeCompare(a.summary.postedAt ?? ''));
  // Postings that ask for no concrete skill come after every scored one, 0 % included.
  if (sort === 'match') results.sort((a, b) => (b.match?.score ?? -1) - (a.match?.score ?? -1) || b.score - a.score);
  // Stable: postings with the same deadline, or none, keep their relevance order.
  if (sort === 'deadline') results.sort((a, b) => compareDeadlines(a.summary.deadline, b.summary.deadline, today));
  return results;
}
