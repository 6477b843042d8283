import { browser } from '#imports';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { sendToWorker } from '../../components/browser-bindings';
import { mountPage } from '../../components/mount-page';
import { OptionsApp } from '../../components/options/options-app';
import type { OptionsActions, OptionsData } from '../../components/options/options-model';
import type { PageSitesActions } from '../../components/options/page-sites-section';
import { useLiveQuery } from '../../components/use-live-query';
import { openDatabase, readSettings, type FileRecord } from '../../lib/db';
import { FAVORITES_SYNC_STATUS_KEY, isFavoritesSyncStatus, type FavoritesSyncStatus } from '../../lib/favorites/sync-status';
import { request } from '../../lib/messaging/protocol';
import { SKILLS, canonicalSkillName } from '../../lib/skills';
import { suggestSkills } from '../../lib/skills/suggest-skills';
import '../../assets/theme.css';
import '../../assets/options.css';

// Reads go straight to the database (same origin, live updates); every write goes through the worker.
const db = openDatabase();

const DAY_MS = 24 * 60 * 60 * 1000;

const baseActions: Omit<OptionsActions, 'setHistoryDays'> = {
  addSource: (url, name) => request(sendToWorker, 'addSource', name === undefined ? { url } : { url, name }),
  previewSource: (url) => request(sendToWorker, 'previewSource', { url }),
  allowHosts: (patterns) => browser.permissions.request({ origins: patterns }),
  renameSource: (sourceId, name) => request(sendToWorker, 'renameSource', { sourceId, name }),
  setPaused: (sourceId, paused) => request(sendToWorker, 'setSourcePaused', { sourceId, paused }),
  removeSource: (sourceId) => request(sendToWorker, 'removeSource', { sourceId }),
  syncNow: (sourceId) => request(sendToWorker, 'sync', sourceId ? { sourceId } : {}),
  updateSettings: (patch) => request(sendToWorker, 'updateSettings', { patch }),
  exportData: () => request(sendToWorker, 'exportData', {}),
  importData: (data) => request(sendToWorker, 'importData', { data }),
  requestNotificationPermission: () => browser.permissions.request({ permissions: ['notifications'] }),
};

const pageSites: PageSitesActions = {
  postingOrigins: () => request(sendToWorker, 'getPostingOrigins', {}),
  grantedOrigins: async () => (await browser.permissions.getAll()).origins ?? [],
  allow: (patterns) => browser.permissions.request({ origins: patterns }),
  revoke: (pattern) => browser.permissions.remove({ origins: [pattern] }),
  onChange(listener) {
    browser.permissions.onAdded.addListener(listener);
    browser.permissions.onRemoved.addListener(listener);
    return () => {
      browser.permissions.onAdded.removeListener(listener);
      browser.permissions.onRemoved.removeListener(listener);
    };
  },
  setHiddenSites: (hiddenPanelSites) => void request(sendToWorker, 'updateSettings', { patch: { hiddenPanelSites } }),
};

function groupBySource(files: FileRecord[]): Map<string, FileRecord[]> {
  const groups = new Map<string, FileRecord[]>();
  for (const file of files) groups.set(file.sourceId, [...(groups.get(file.sourceId) ?? []), file]);
  return groups;
}

/** The worker keeps it in storage.local (entrypoints/background/favorites-sync.ts). */
function useFavoritesSyncStatus(): FavoritesSyncStatus | undefined {
  const [status, setStatus] = useState<FavoritesSyncStatus>();
  useEffect(() => {
    const show = (value: unknown) => setStatus(isFavoritesSyncStatus(value) ? value : undefined);
    void browser.storage.local.get(FAVORITES_SYNC_STATUS_KEY).then((items) => show(items[FAVORITES_SYNC_STATUS_KEY]));
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && FAVORITES_SYNC_STATUS_KEY in changes) show(changes[FAVORITES_SYNC_STATUS_KEY]?.newValue);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  return status;
}

function Root() {
  const sources = useLiveQuery(() => db.sources.orderBy('id').toArray(), []);
  const problemFiles = useLiveQuery(() => db.files.where('hasProblem').equals(1).toArray(), []);
  const settings = useLiveQuery(() => readSettings(db), []);
  const [historyDays, setHistoryDays] = useState(1);
  const events = useLiveQuery(() => db.events.where('at').above(Date.now() - historyDays * DAY_MS).reverse().limit(500).toArray(), [historyDays]);
  const problems = useMemo(() => groupBySource(problemFiles ?? []), [problemFiles]);
  const sorted = useMemo(() => sources && [...sources].sort((a, b) => a.addedAt - b.addedAt || a.name.localeCompare(b.name)), [sources]);
  const favoritesSync = useFavoritesSyncStatus();
  const savedOfferSkills = useLiveQuery(() => db.favorites.toArray().then((favorites) => favorites.map((favorite) => favorite.snapshot.skills ?? [])), []);
  const suggestedSkills = useMemo(() => suggestSkills(savedOfferSkills ?? [], settings?.mySkills ?? []), [savedOfferSkills, settings]);
  const data: OptionsData = { sources: sorted, problems, settings, events, historyDays, favoritesSync, suggestedSkills };
  const actions: OptionsActions = { ...baseActions, setHistoryDays };
  // Only concrete skills count in a match: domains and qualities are not offered.
  const skillNames = useMemo(() => SKILLS.filter((skill) => skill.kind === 'skill').map((skill) => skill.name).sort((a, b) => a.localeCompare(b)), []);
  return <OptionsApp data={data} actions={actions} skillNames={skillNames} canonicalSkillName={canonicalSkillName} pageSites={pageSites} />;
}

mountPage(<Root />);
