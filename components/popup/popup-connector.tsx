import { browser } from '#imports';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { firstBoardOf, readBoard, type Board } from '../../lib/board/read-board';
import { syncProgressOf } from '../../lib/board/sync-progress';
import type { ReadStore } from '../../lib/db/read-store';
import type { FavoriteRecord, SourceRecord } from '../../lib/db/records';
import { CHANGE_SIGNAL_KEY, isChangeSignal, type ChangeScope } from '../../lib/messaging/change-signal';
import { request } from '../../lib/messaging/protocol';
import { offerIdFromHash, searchIdFromHash } from '../../lib/notify/announced-page';
import { NOISE_RULES_KEY, readWordHits, WORD_HITS_KEY } from '../../lib/db/noise-store';
import { sanitizeNoiseRules } from '../../lib/noise/sanitize-noise-rules';
import { DUPLICATES_KEY } from '../../lib/duplicates/duplicates-store';
import { indexGroups, readDuplicateGroups, type DuplicateIndex } from '../../lib/duplicates/merge-duplicates';
import type { SavedSearchView } from '../../lib/saved-searches/saved-searches-store';
import { whenFirstPainted } from '../after-first-paint';
import { sendToWorker } from '../browser-bindings';
import { mountPage } from '../mount-page';
import { firstReads } from './first-reads';
import { createPopupActions } from './popup-actions';
import { PopupApp } from './popup-app';
import type { NoiseState, PopupData, SavedBeforeRead } from './popup-model';
import type { PopupState } from './popup-state';

const byLastChange = (a: FavoriteRecord, b: FavoriteRecord) => b.updatedAt - a.updatedAt;

/**
 * Opens the popup: the front page is read before the first render, so that the first paint already
 * lists offers; it is read while the query the popup reopens on is, neither waiting for the other,
 * and was started by the popup's first script when that ran first (see firstReads). Read from the
 * worker's copy, it does not wait for the database, still opening.
 */
export async function startPopup(): Promise<void> {
  const reads = firstReads();
  const [front, { saved, kept }] = await Promise.all([reads.front, reads.state]);
  const firstSaved: SavedBeforeRead = { stages: front?.saved && new Map(front.saved), postings: front?.savedPostings };
  mountPage(<PopupConnector opening={reads.store} saved={saved} front={firstBoardOf(front, saved.query, kept)} firstSaved={firstSaved} />);
}

/** The popup's data from the database (read directly) and the worker (messages), kept current as the worker signals changes. */
function PopupConnector({ opening, saved, front, firstSaved }: { opening: Promise<ReadStore | undefined>; saved: PopupState; front: Board | null; firstSaved: SavedBeforeRead }) {
  const [board, setBoard] = useState<Board | null | undefined>(front ?? undefined);
  const [sources, setSources] = useState<SourceRecord[]>([]);
  const [favorites, setFavorites] = useState<FavoriteRecord[]>([]);
  // The saved marks of the first rows and the saved tab's number, until the favorites themselves are read.
  const [savedBeforeRead, setSavedBeforeRead] = useState<SavedBeforeRead | undefined>(firstSaved);
  const [mySkills, setMySkills] = useState<string[]>([]);
  const [newIds, setNewIds] = useState<ReadonlySet<string>>(new Set());
  const [noise, setNoise] = useState<NoiseState>({ rules: [], wordHits: new Map() });
  const [duplicates, setDuplicates] = useState<DuplicateIndex>(new Map());
  const [searches, setSearches] = useState<SavedSearchView[]>();

  const boardReads = useRef(0);
  const reloadUnseen = useCallback(async () => setNewIds(new Set(await request(sendToWorker, 'getUnseen', {}))), []);
  const reload = useCallback(async (scope: ChangeScope | 'all') => {
    const concerns = (...scopes: ChangeScope[]) => scope === 'all' || scopes.includes(scope);
    const store = await opening;
    // Each read is independent of the others: they run side by side, not one after another.
    await Promise.all([
      concerns('board') && (async () => {
        // Reads may end out of order (the opening's read decodes more): only the last asked is shown.
        const read = ++boardReads.current;
        const next = await readBoard(store);
        if (read !== boardReads.current) return;
        setBoard(next);
        await reloadUnseen();
      })(),
      // A sync looks again for the words blocked anywhere: the board's signal reloads them too.
      concerns('settings', 'board') && (async () => {
        const [rules, hits] = await Promise.all([store?.get('settings', NOISE_RULES_KEY), store?.get('settings', WORD_HITS_KEY)]);
        setNoise({ rules: sanitizeNoiseRules(rules?.value), wordHits: readWordHits(hits?.value) });
      })(),
      // Found again after a sync, and after a page is saved (a favorites change). The favorites are
      // set in the same task as their duplicates: set apart, the saved tab counted a job saved from
      // two places twice for a frame.
      concerns('board', 'favorites') && (async () => {
        const [groups, records] = await Promise.all([store?.get('settings', DUPLICATES_KEY), concerns('favorites') ? store?.getAll('favorites') ?? [] : undefined]);
        setDuplicates(indexGroups(readDuplicateGroups(groups?.value)));
        if (!records) return;
        setFavorites(records.sort(byLastChange));
        setSavedBeforeRead(undefined);
      })(),
      concerns('sources', 'board') && (async () => setSources((await store?.getAll('sources')) ?? []))(),
      concerns('searches', 'board') && (async () => setSearches(await request(sendToWorker, 'listSavedSearches', {})))(),
      concerns('settings') && (async () => {
        const skills = (await store?.get('settings', 'mySkills'))?.value;
        setMySkills(Array.isArray(skills) ? skills.filter((skill): skill is string => typeof skill === 'string') : []);
      })(),
    ]);
  }, [opening, reloadUnseen]);

  useEffect(() => {
    let open = true;
    // Everything but the first screen waits until that screen is on show.
    void whenFirstPainted().then(() => {
      if (open) void reload('all');
    });
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const signal = changes[CHANGE_SIGNAL_KEY]?.newValue;
      if (area === 'local' && isChangeSignal(signal)) void reload(signal.scope);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      open = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [reload]);

  const syncProgress = syncProgressOf(sources);
  // Progress is written to the database batch by batch; while a sync runs, look again often.
  useEffect(() => {
    if (!syncProgress) return;
    const timer = setInterval(() => void reload('sources'), 700);
    return () => clearInterval(timer);
  }, [syncProgress !== undefined, reload]);

  const data: PopupData = {
    board, sources, favorites, firstSaved: savedBeforeRead, mySkills, syncProgress, newIds, noise, duplicates, searches,
    initialQuery: saved.query,
    initialFilters: saved.filters,
    initialOfferId: offerIdFromHash(location.hash),
    initialSearchId: searchIdFromHash(location.hash),
  };
  return <PopupApp data={data} actions={createPopupActions(opening, reload, reloadUnseen)} />;
}
