import { NOISE_RULES_KEY, WORD_HITS_KEY } from '../db/noise-keys';
import type { ReadStore } from '../db/read-store';
import type { FrontPageRecord, Stage } from '../db/records';

/** What the popup reads before its first render: the front page, and what the seeker is not interested in. */
export interface FrontPageRead {
  record: FrontPageRecord;
  rules: unknown;
  wordHits: unknown;
  /**
   * Each saved offer's id and stage, so that the first rows already show them saved (the worker's copy
   * holds them; read from the database, the favorites come after the first paint, as the rest).
   */
  saved?: ReadonlyArray<readonly [string, Stage]>;
  /**
   * How many postings are saved, a job saved from two places counted once as the saved list counts it
   * (the copy's, with `saved`): the "Saved" tab's number from the first frame, when the duplicates are not read yet.
   */
  savedPostings?: number;
}

/**
 * The front page the worker stores apart, read with the seeker's "not interested" rules in one
 * transaction: it was stored before the latest of them (a posting hidden in the options page, a
 * rule from another browser). Undefined when the worker stored no board yet.
 */
export async function readFrontPage(store: Pick<ReadStore, 'getEach'> | undefined): Promise<FrontPageRead | undefined> {
  if (!store) return undefined;
  const [record, rules, hits] = await store.getEach([['frontPage', 'current'], ['settings', NOISE_RULES_KEY], ['settings', WORD_HITS_KEY]] as const);
  return record && { record, rules: rules?.value, wordHits: hits?.value };
}
