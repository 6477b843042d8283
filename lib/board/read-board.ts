import { readWordHits } from '../db/noise-store';
import type { ReadStore } from '../db/read-store';
import { createNoiseJudge } from '../noise/judge-noise';
import { sanitizeNoiseRules } from '../noise/sanitize-noise-rules';
import type { OfferSummary } from '../db/records';
import type { SearchIndex } from '../search';
import { reusableFirstScreen, type FirstScreen } from './first-screen';
import type { FrontPageRead } from './read-front-page';
import type { MatchExplanation } from './why-matched';


/** The popup's board: the offers to list and, once loaded, the index that searches them. */
export interface Board {
  /** Undefined while only the front page is loaded: enough to list, not to search. */
  index?: SearchIndex;
  /** Says why a result matched (lib/board/why-matched.ts), loaded with the index. */
  explain?: (summary: OfferSummary, matchedTerms: readonly string[], body?: string) => MatchExplanation | undefined;
  summaries: ReadonlyMap<string, OfferSummary>;
  /** Without an index, the query whose first results `summaries` are, in order ('' for the front page). */
  answers?: string;
  /** When the worker stored this board. */
  updatedAt?: number;
}

/**
 * What to list while the whole board loads: the first results kept for the query the popup
 * reopens on, else the front page, which answers the empty query; null when there is no board yet.
 * What the rules leave out is never listed, not even for the first frame: a few dozen summaries
 * judged by their title and organization, the words blocked anywhere by the hits the worker found.
 */
export function firstBoardOf(read: FrontPageRead | undefined, query: string, kept: FirstScreen | null): Board | null {
  if (!read) return null;
  const { record } = read;
  const keptSummaries = reusableFirstScreen(kept ?? undefined, query, record.updatedAt);
  const judge = createNoiseJudge(sanitizeNoiseRules(read.rules), { anywhereHits: readWordHits(read.wordHits) });
  const summaries = (keptSummaries ?? record.summaries).filter((summary) => judge(summary) === undefined);
  return { summaries: bySummaryId(summaries), answers: keptSummaries ? query : '', updatedAt: record.updatedAt };
}

/**
 * The search index and what explains a match load apart (lazy chunks), with the whole
 * board, once the front page is shown. A board stored by an older Vigie, its index in an older
 * format, is listed without an index (as the front page is) until the worker, which rebuilds it
 * on its start, says the new one is ready.
 */
export async function readBoard(store: ReadStore | undefined): Promise<Board | null> {
  const [record, { loadSearchIndex, SEARCH_INDEX_VERSION }, { explainMatch }] = await Promise.all([store?.get('board', 'current'), import('../search'), import('./why-matched')]);
  if (!record) return null;
  const summaries = bySummaryId(record.summaries);
  if (record.index.version !== SEARCH_INDEX_VERSION) return { summaries, answers: '', updatedAt: record.updatedAt };
  return { index: loadSearchIndex(record.index), explain: explainMatch, summaries, updatedAt: record.updatedAt };
}

function bySummaryId(summaries: readonly OfferSummary[]): Map<string, OfferSummary> {
  return new Map(summaries.map((summary) => [summary.id, summary]));
}
