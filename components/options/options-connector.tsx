import { browser } from '#imports';
import { useMemo, useState } from 'preact/hooks';
import { openDatabase, readSettings } from '../../lib/db';
import { filesBySource, sourcesInAddedOrder } from '../../lib/db/source-listing';
import { newPostingIds } from '../../lib/notify/announcements-store';
import { listSavedSearches } from '../../lib/saved-searches/saved-searches-store';
import { SKILLS } from '../../lib/skills';
import { closestSkillName } from '../../lib/skills/closest-skill-name';
import { skillNameTyped } from '../../lib/skills/skill-label';
import { suggestSkills } from '../../lib/skills/suggest-skills';
import { useLiveQuery } from '../use-live-query';
import { optionsActions, pageSitesActions } from './options-actions';
import { OptionsApp } from './options-app';
import type { OptionsActions, OptionsData } from './options-model';
import { useFavoritesSyncStatus } from './use-favorites-sync-status';
import { NOISE_RULES_KEY, readWordHits, WORD_HITS_KEY } from '../../lib/db/noise-store';
import { sanitizeNoiseRules } from '../../lib/noise/sanitize-noise-rules';
import type { NotInterestedData } from './not-interested-section';

const DAY_MS = 24 * 60 * 60 * 1000;
// The history shown is bounded: a busy period would otherwise render thousands of rows.
const HISTORY_LIMIT = 500;

const TRACKER_PAGES = { tracker: browser.runtime.getURL('/tracker.html'), journal: browser.runtime.getURL('/journal.html') };

// Reads go straight to the database (same origin, live updates); every write goes through the worker.
const db = openDatabase();

/** The options page's data, read live from the database, and its actions. */
export function OptionsConnector() {
  const sources = useLiveQuery(() => db.sources.orderBy('id').toArray(), []);
  const problemFiles = useLiveQuery(() => db.files.where('hasProblem').equals(1).toArray(), []);
  const settings = useLiveQuery(() => readSettings(db), []);
  const [historyDays, setHistoryDays] = useState(1);
  const events = useLiveQuery(() => db.events.where('at').above(Date.now() - historyDays * DAY_MS).reverse().limit(HISTORY_LIMIT).toArray(), [historyDays]);
  const problems = useMemo(() => filesBySource(problemFiles ?? []), [problemFiles]);
  const sorted = useMemo(() => sources && sourcesInAddedOrder(sources), [sources]);
  const favoritesSync = useFavoritesSyncStatus();
  const savedOfferSkills = useLiveQuery(() => db.favorites.toArray().then((favorites) => favorites.map((favorite) => favorite.snapshot.skills ?? [])), []);
  const suggestedSkills = useMemo(() => suggestSkills(savedOfferSkills ?? [], settings?.mySkills ?? []), [savedOfferSkills, settings]);
  const notInterested = useLiveQuery(() => readNotInterested(), []);
  const searches = useLiveQuery(async () => listSavedSearches(db, await newPostingIds(db)), []);
  const data: OptionsData = { sources: sorted, problems, settings, events, historyDays, favoritesSync, suggestedSkills, notInterested, searches };
  const actions: OptionsActions = { ...optionsActions, setHistoryDays };
  // Only concrete skills count in a match: domains and qualities are not offered.
  const skillNames = useMemo(() => SKILLS.filter((skill) => skill.kind === 'skill').map((skill) => skill.name).sort((a, b) => a.localeCompare(b)), []);
  return <OptionsApp data={data} actions={actions} skillNames={skillNames} canonicalSkillName={skillNameTyped} closestSkillName={closestSkillName} pageSites={pageSitesActions} trackerPages={TRACKER_PAGES} />;
}

/** The rules, the worker's hits, and the board's postings that each rule is counted against. */
async function readNotInterested(): Promise<NotInterestedData> {
  const [rules, hits, board] = await Promise.all([db.settings.get(NOISE_RULES_KEY), db.settings.get(WORD_HITS_KEY), db.board.get('current')]);
  return { rules: sanitizeNoiseRules(rules?.value), wordHits: readWordHits(hits?.value), postings: board?.summaries ?? [] };
}
