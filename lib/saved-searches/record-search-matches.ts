import { loadSearchIndex } from '../search';
import type { SearchMatchRecord } from '../db/records';
import { SEARCH_MATCH_CURSOR, type VigieDatabase } from '../db/schema';
import { readSettings } from '../db/settings-store';
import { readNoiseRules, readWordHits, WORD_HITS_KEY } from '../db/noise-store';
import { createNoiseJudge } from '../noise/judge-noise';
import { matchOpenings } from './match-openings';
import { toSavedSearch } from './saved-search';

/**
 * Matches the openings recorded since the last run against the saved searches, through the
 * popup's board (brought up to date after each sync), and records each new match once.
 * Runs before announcing: the badge and the searches' counts need the matches even when
 * notifications are off or wait for the end of quiet hours.
 */
export async function recordSearchMatches(db: VigieDatabase, now = Date.now()): Promise<SearchMatchRecord[]> {
  const [cursorRow, searches, board] = await Promise.all([db.settings.get(SEARCH_MATCH_CURSOR), db.savedSearches.toArray(), db.board.get('current')]);
  if (!board) return [];
  const cursor = typeof cursorRow?.value === 'number' ? cursorRow.value : 0;
  // The board reflects events up to its lastEventSeq: later ones wait for its next refresh.
  if (board.lastEventSeq <= cursor) return [];
  const openings = await db.events.where('seq').between(cursor, board.lastEventSeq, false, true).filter((event) => event.type === 'opened').toArray();
  let matches: SearchMatchRecord[] = [];
  if (openings.length > 0 && searches.length > 0) {
    const [{ mySkills }, favorites, known, noiseRules, wordHits] = await Promise.all([
      readSettings(db),
      db.favorites.toArray(),
      db.searchMatches.where('offerId').anyOf(openings.map((event) => event.offerId)).toArray(),
      readNoiseRules(db),
      db.settings.get(WORD_HITS_KEY),
    ]);
    const noise = createNoiseJudge(noiseRules, { anywhereHits: readWordHits(wordHits?.value) });
    const knownKeys = new Set(known.map((match) => `${match.searchId}\n${match.offerId}`));
    matches = matchOpenings(openings, searches.map(toSavedSearch), {
      board: { index: loadSearchIndex(board.index), summaries: new Map(board.summaries.map((summary) => [summary.id, summary])) },
      mySkills,
      stages: new Map(favorites.map((favorite) => [favorite.offerId, favorite.stage])),
      known: (searchId, offerId) => knownKeys.has(`${searchId}\n${offerId}`),
      leftOut: (summary) => noise(summary) !== undefined,
      now,
    });
  }
  return db.transaction('rw', db.searchMatches, db.settings, db.savedSearches, async () => {
    // Another run may have recorded some meanwhile, or the search been removed: only what is still new is added.
    const present = await db.searchMatches.bulkGet(matches.map((match) => [match.searchId, match.offerId]));
    const live = new Set((await db.savedSearches.toCollection().primaryKeys()) as string[]);
    const added = matches.filter((match, index) => present[index] === undefined && live.has(match.searchId));
    await db.searchMatches.bulkAdd(added);
    const current = await db.settings.get(SEARCH_MATCH_CURSOR);
    await db.settings.put({ key: SEARCH_MATCH_CURSOR, value: Math.max(typeof current?.value === 'number' ? current.value : 0, board.lastEventSeq) });
    return added;
  });
}
