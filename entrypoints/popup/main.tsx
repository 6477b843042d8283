import { browser } from '#imports';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { sendToWorker, translate } from '../../components/browser-bindings';
import { mountPage } from '../../components/mount-page';
import { PopupApp } from '../../components/popup/popup-app';
import type { Board, PopupActions, PopupData } from '../../components/popup/popup-model';
import { DEFAULT_FILTERS } from '../../lib/board/board-filters';
import { openReadStore, type ReadStore } from '../../lib/db/read-store';
import type { FavoriteRecord, SourceRecord } from '../../lib/db/records';
import { CHANGE_SIGNAL_KEY, isChangeSignal, type ChangeScope } from '../../lib/messaging/change-signal';
import { request } from '../../lib/messaging/protocol';
import { firstScreenOf, reusableFirstScreen } from '../../lib/board/first-screen';
import { firstScreenState, popupState, type PopupState } from './popup-state';
import '../../assets/theme.css';
import '../../assets/popup.css';


/**
 * What to list while the whole board loads: the first results kept for the query the popup
 * reopens on, else the front page the worker stores apart, which answers the empty query.
 */
async function readFirstBoard(store: ReadStore | undefined, query: string): Promise<Board | null> {
  const [record, kept] = await Promise.all([store?.get('frontPage', 'current'), firstScreenState.getValue()]);
  if (!record) return null;
  const keptSummaries = reusableFirstScreen(kept ?? undefined, query, record.updatedAt);
  const summaries = keptSummaries ?? record.summaries;
  return { summaries: new Map(summaries.map((summary) => [summary.id, summary])), answers: keptSummaries ? query : '', updatedAt: record.updatedAt };
}

/** The search index, fuse.js and what explains a match load apart, with the whole board, once the front page is shown. */
async function readBoard(store: ReadStore | undefined): Promise<Board | null> {
  const [record, { loadSearchIndex }, { explainMatch }] = await Promise.all([store?.get('board', 'current'), import('../../lib/search'), import('../../lib/board/why-matched')]);
  if (!record) return null;
  return { index: loadSearchIndex(record.index), explain: explainMatch, summaries: new Map(record.summaries.map((summary) => [summary.id, summary])), updatedAt: record.updatedAt };
}

const REMEMBER_AFTER_MS = 300;
let rememberTimer: ReturnType<typeof setTimeout> | undefined;

const byLastChange = (a: FavoriteRecord, b: FavoriteRecord) => b.updatedAt - a.updatedAt;

function syncProgressOf(sources: SourceRecord[]): PopupData['syncProgress'] {
  const syncing = sources.filter((source) => source.sync.status === 'syncing');
  if (syncing.length === 0) return undefined;
  return syncing.reduce((sum, source) => ({ done: sum.done + (source.sync.progress?.done ?? 0), total: sum.total + (source.sync.progress?.total ?? 0) }), { done: 0, total: 0 });
}

function Root({ store, saved, front }: { store: ReadStore | undefined; saved: PopupState; front: Board | null }) {
  const [board, setBoard] = useState<Board | null | undefined>(front ?? undefined);
  const [sources, setSources] = useState<SourceRecord[]>([]);
  const [favorites, setFavorites] = useState<FavoriteRecord[]>([]);
  const [mySkills, setMySkills] = useState<string[]>([]);
  const [newIds, setNewIds] = useState<ReadonlySet<string>>(new Set());

  const reload = useCallback(async (scope: ChangeScope | 'all') => {
    if (scope === 'all' || scope === 'board') {
      setBoard(await readBoard(store));
      setNewIds(new Set(await request(sendToWorker, 'getUnseen', {})));
    }
    if (scope === 'all' || scope === 'sources' || scope === 'board') setSources((await store?.getAll('sources')) ?? []);
    if (scope === 'all' || scope === 'favorites') setFavorites(((await store?.getAll('favorites')) ?? []).sort(byLastChange));
    if (scope === 'all' || scope === 'settings') {
      const skills = (await store?.get('settings', 'mySkills'))?.value;
      setMySkills(Array.isArray(skills) ? skills.filter((skill): skill is string => typeof skill === 'string') : []);
    }
  }, [store]);

  useEffect(() => {
    void reload('all');
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const signal = changes[CHANGE_SIGNAL_KEY]?.newValue;
      if (area === 'local' && isChangeSignal(signal)) void reload(signal.scope);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [reload]);

  const syncProgress = syncProgressOf(sources);
  // Progress is written to the database batch by batch; while a sync runs, look again often.
  useEffect(() => {
    if (!syncProgress) return;
    const timer = setInterval(() => void reload('sources'), 700);
    return () => clearInterval(timer);
  }, [syncProgress !== undefined, reload]);

  const afterFavoriteChange = () => reload('favorites');
  const actions: PopupActions = {
    loadOffer: async (offerId) => (await store?.get('offers', offerId)) ?? undefined,
    save: async (offerId) => { await request(sendToWorker, 'saveFavorite', { offerId }); await afterFavoriteChange(); },
    unsave: async (offerId) => { await request(sendToWorker, 'removeFavorite', { offerId }); await afterFavoriteChange(); },
    setNote: async (offerId, note) => { await request(sendToWorker, 'setFavoriteNote', { offerId, note }); await afterFavoriteChange(); },
    setStage: async (offerId, stage) => { await request(sendToWorker, 'setFavoriteStage', { offerId, stage }); await afterFavoriteChange(); },
    refresh: async () => {
      const pending = request(sendToWorker, 'sync', {});
      await reload('sources');
      await pending;
      await reload('all');
    },
    openOptions: () => void browser.runtime.openOptionsPage(),
    persist: (query, filters) => void popupState.setValue({ query, filters }),
    rememberFirstScreen: (query, shownBoard, shown) => {
      if (shownBoard.updatedAt === undefined) return;
      // Kept once typing pauses: a write per keystroke would be wasted.
      clearTimeout(rememberTimer);
      const kept = firstScreenOf(query, shownBoard.updatedAt, shown);
      rememberTimer = setTimeout(() => void (kept ? firstScreenState.setValue(kept) : firstScreenState.removeValue()), REMEMBER_AFTER_MS);
    },
    download: (fileName, type, content) => {
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([content], { type }));
      link.download = fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    },
    markSeen: async (offerIds) => {
      await request(sendToWorker, 'markSeen', offerIds ? { offerIds } : {});
      setNewIds(new Set(await request(sendToWorker, 'getUnseen', {})));
    },
    importFavorites: async (data) => {
      const result = await request(sendToWorker, 'importData', { data });
      await afterFavoriteChange();
      return 'error' in result ? translate('importNotVigie') : translate('importDone', [String(result.sources), String(result.favorites), String(result.rejected)]);
    },
  };

  const data: PopupData = {
    board, sources, favorites, mySkills, syncProgress, newIds,
    initialQuery: saved.query,
    initialFilters: { ...DEFAULT_FILTERS, ...saved.filters },
    initialOfferId: offerIdFromHash(location.hash),
  };
  return <PopupApp data={data} actions={actions} />;
}

/** A notification opens the popup page in a tab as popup.html#offer=ID. */
function offerIdFromHash(hash: string): string | undefined {
  const match = /^#offer=(.+)$/.exec(hash);
  return match?.[1] ? decodeURIComponent(match[1]) : undefined;
}

async function start() {
  const [store, saved] = await Promise.all([openReadStore(), popupState.getValue()]);
  // Read before the first render, so that the first paint already lists offers.
  const front = await readFirstBoard(store, saved.query);
  mountPage(<Root store={store} saved={saved} front={front} />);
}

void start();
