import { browser } from '#imports';
import { firstScreenOf } from '../../lib/board/first-screen';
import type { ReadStore } from '../../lib/db/read-store';
import type { ChangeScope } from '../../lib/messaging/change-signal';
import { request, type Protocol } from '../../lib/messaging/protocol';
import { savedSearchActions, sendToWorker as send, translate } from '../browser-bindings';
import { downloadFile } from '../download-file';
import { importDone } from '../import-done';
import type { PopupActions } from './popup-model';
import { keepFirstScreen, savePopupState } from './popup-state';

// The first results are kept once typing pauses: a write per keystroke would be wasted.
const REMEMBER_AFTER_MS = 300;
let rememberTimer: ReturnType<typeof setTimeout> | undefined;

type FavoriteMessage = 'saveFavorite' | 'removeFavorite' | 'setFavoriteNote' | 'setFavoriteStage' | 'setFavoriteAlertsMuted';

/** The popup's actions: reads from the database, writes through the worker, then a reload of what changed. */
export function createPopupActions(
  /** The database, still opening when the first screen came from the worker's copy. */
  opening: Promise<ReadStore | undefined>,
  reload: (scope: ChangeScope | 'all') => Promise<void>,
  reloadUnseen: () => Promise<void>,
): PopupActions {
  /** Favorites change through the worker; the popup then reads them again. */
  const changeFavorite = async <K extends FavoriteMessage>(type: K, payload: Protocol[K]['request']) => {
    await request(send, type, payload);
    await reload('favorites');
  };
  return {
    loadOffer: async (offerId) => (await (await opening)?.get('offers', offerId)) ?? undefined,
    loadBodies: async (offerIds) => {
      const offers = (await (await opening)?.getMany('offers', offerIds)) ?? [];
      return new Map(offerIds.map((id, i) => [id, offers[i]?.body ?? '']));
    },
    loadHistory: async (offerId) => {
      const versions = (await (await opening)?.getAllBy('versions', 'offerId', offerId).catch(() => [])) ?? [];
      return versions.sort((a, b) => b.seenAt - a.seenAt);
    },
    setAlertsMuted: (offerId, muted) => changeFavorite('setFavoriteAlertsMuted', { offerId, muted }),
    save: (offerId) => changeFavorite('saveFavorite', { offerId }),
    unsave: (offerId) => changeFavorite('removeFavorite', { offerId }),
    setNote: (offerId, note) => changeFavorite('setFavoriteNote', { offerId, note }),
    setStage: (offerId, stage) => changeFavorite('setFavoriteStage', { offerId, stage }),
    refresh: async () => {
      const pending = request(send, 'sync', {});
      await reload('sources');
      await pending;
      await reload('all');
    },
    openOptions: () => void browser.runtime.openOptionsPage(),
    openNotInterested: () => void browser.tabs.create({ url: browser.runtime.getURL('/options.html#not-interested') }),
    changeNoise: async (change) => {
      await request(send, 'changeNoise', { change });
      await reload('settings');
    },
    openTracker: () => void browser.tabs.create({ url: browser.runtime.getURL('/tracker.html') }),
    persist: (query, filters) => void savePopupState({ query, filters }),
    rememberFirstScreen: (query, shownBoard, shown) => {
      if (shownBoard.updatedAt === undefined) return;
      clearTimeout(rememberTimer);
      const kept = firstScreenOf(query, shownBoard.updatedAt, shown);
      rememberTimer = setTimeout(() => void keepFirstScreen(kept), REMEMBER_AFTER_MS);
    },
    download: downloadFile,
    markSeen: async (offerIds) => {
      await request(send, 'markSeen', offerIds ? { offerIds } : {});
      await reloadUnseen();
      await reload('searches');
    },
    markSeenInList: (offerIds) => void request(send, 'markSeen', { offerIds }),
    saveSearch: async (search) => ((await request(send, 'saveSearch', { search })).ok ? 'saved' : 'limit'),
    ...savedSearchActions,
    importFavorites: async (data) => {
      const result = await request(send, 'importData', { data });
      await reload('favorites');
      return 'error' in result ? translate('importNotVigie') : importDone(translate, result);
    },
  };
}
