import { browser } from '#imports';
import {
  addSource,
  exportUserData,
  importUserData,
  readSettings,
  removeFavorite,
  removeSource,
  renameSource,
  saveFavorite,
  setFavoriteNote,
  setFavoriteStage,
  setSourcePaused,
  updateSettings,
} from '../../lib/db';
import { parseRequest, type MessageType, type RequestOf, type ResponseOf } from '../../lib/messaging/protocol';
import { mayHandle, senderKind, type SenderInfo } from '../../lib/messaging/sender-policy';
import type { BackgroundServices } from './services';
import { rebuildBoard } from '../../lib/board/refresh-board';
import type { ChangeScope } from '../../lib/messaging/change-signal';
import { unseenOfferIds } from '../../lib/notify/announcements-store';
import { markSeen, updateBadge } from './notifications';
import { createPageHandlers } from './page-handlers';
import { signalChange } from './signal-change';
import { ensurePeriodicAlarm, syncAll } from './sync-scheduler';

/** What each message changes, for the pages that read the database directly. */
const CHANGES: Partial<Record<MessageType, ChangeScope>> = {
  addSource: 'sources',
  renameSource: 'sources',
  setSourcePaused: 'sources',
  removeSource: 'board',
  updateSettings: 'settings',
  importData: 'favorites',
  saveFavorite: 'favorites',
  removeFavorite: 'favorites',
  setFavoriteNote: 'favorites',
  setFavoriteStage: 'favorites',
  saveFromPage: 'favorites',
  hidePanelOnSite: 'settings',
};

export type Handlers = { [K in MessageType]: (request: RequestOf<K>, sender: SenderInfo) => Promise<ResponseOf<K>> };

function createHandlers(services: BackgroundServices): Handlers {
  const { db } = services;
  return {
    sync: (request) => syncAll(services, request.sourceId),
    async addSource(request) {
      const result = await addSource(db, request.url, { name: request.name });
      if (!result.ok) return { ok: false, error: result.error };
      void syncAll(services, result.source.id);
      return { ok: true, sourceId: result.source.id };
    },
    renameSource: (request) => renameSource(db, request.sourceId, request.name),
    setSourcePaused: (request) => setSourcePaused(db, request.sourceId, request.paused),
    async removeSource(request) {
      await removeSource(db, request.sourceId);
      await rebuildBoard(db);
      return true;
    },
    getSettings: () => readSettings(db),
    async updateSettings(request) {
      const settings = await updateSettings(db, request.patch);
      await ensurePeriodicAlarm(services);
      await updateBadge(services);
      return settings;
    },
    exportData: () => exportUserData(db),
    importData: (request) => importUserData(db, request.data),
    saveFavorite: async (request) => (await saveFavorite(db, request.offerId)) !== undefined,
    async removeFavorite(request) {
      await removeFavorite(db, request.offerId);
      return true;
    },
    setFavoriteNote: (request) => setFavoriteNote(db, request.offerId, request.note),
    setFavoriteStage: (request) => setFavoriteStage(db, request.offerId, request.stage),
    getUnseen: () => unseenOfferIds(db),
    async markSeen(request) {
      await markSeen(services, request.offerIds);
      return true;
    },
    ...createPageHandlers(services),
  };
}

export function registerMessageHandlers(services: BackgroundServices): void {
  const handlers = createHandlers(services);
  const extensionOrigin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!senderKind(sender, browser.runtime.id, extensionOrigin)) return undefined;
    const request = parseRequest(message);
    if (!request) return Promise.reject(new Error('Vigie: message refused (unknown type or wrong shape)'));
    if (!mayHandle(request.type, sender, browser.runtime.id, extensionOrigin)) return Promise.reject(new Error('Vigie: message refused from this sender'));
    const handler = handlers[request.type] as (request: unknown, sender: SenderInfo) => Promise<unknown>;
    return handler(request, sender).then(async (response) => {
      const scope = CHANGES[request.type];
      if (scope) await signalChange(scope);
      return response;
    });
  });
}
