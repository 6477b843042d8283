import { useMemo, useState } from 'preact/hooks';
import { openDatabase, readSettings } from '../../lib/db';
import { filesBySource, sourcesInAddedOrder } from '../../lib/db/source-listing';
import { SKILLS, canonicalSkillName } from '../../lib/skills';
import { suggestSkills } from '../../lib/skills/suggest-skills';
import { useLiveQuery } from '../use-live-query';
import { optionsActions, pageSitesActions } from './options-actions';
import { OptionsApp } from './options-app';
import type { OptionsActions, OptionsData } from './options-model';
import { useFavoritesSyncStatus } from './use-favorites-sync-status';

const DAY_MS = 24 * 60 * 60 * 1000;
// The history shown is bounded: a busy period would otherwise render thousands of rows.
const HISTORY_LIMIT = 500;

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
  const data: OptionsData = { sources: sorted, problems, settings, events, historyDays, favoritesSync, suggestedSkills };
  const actions: OptionsActions = { ...optionsActions, setHistoryDays };
  // Only concrete skills count in a match: domains and qualities are not offered.
  const skillNames = useMemo(() => SKILLS.filter((skill) => skill.kind === 'skill').map((skill) => skill.name).sort((a, b) => a.localeCompare(b)), []);
  return <OptionsApp data={data} actions={actions} skillNames={skillNames} canonicalSkillName={canonicalSkillName} pageSites={pageSitesActions} />;
}
