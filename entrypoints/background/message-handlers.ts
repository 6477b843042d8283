import { browser } from '#imports';
import {
  addSource,
  exportUserData,
  importUserData,
  readSettings,
  removeSource,
  renameSource,
  setSourcePaused,
  updateSettings,
} from '../../lib/db';
import { removeFavorite, saveFavorite, setFavoriteNote, setFavoriteStage } from '../../lib/favorites/favorites-store';
import { dispatchMessage, type Handlers } from '../../lib/messaging/handlers';
import type { BackgroundServices } from './services';
import { checkSource } from '../../lib/sources/check-source';
import type { SourceLocation } from '../../lib/sources';
import { rebuildBoard } from '../../lib/board/refresh-board';
import { unseenOfferIds } from '../../lib/notify/announcements-store';
import { markSeen, updateBadge } from './notifications';
import { createPageHandlers } from './page-handlers';
import { signalChange } from './signal-change';
import { ensurePeriodicAlarm, syncAll } from './sync-scheduler';
import { previewSource } from '../../lib/sources/preview-source';

function createHandlers(services: BackgroundServices): Handlers {
  const { db } = services;
  return {
    // Only the user sends it (popup refresh, options page): silent hosts are asked again.
    sync: (request) => syncAll(services, request.sourceId, Date.now()),
    async addSource(request) {
      const { tokens } = await readSettings(db);
      const check = (location: SourceLocation) => checkSource(location, services.http, (host) => tokens[host]);
      const result = await addSource(db, request.url, { name: request.name, check });
      if (!result.ok) return { ok: false, error: result.error, detail: 'detail' in result ? result.detail : undefined };
      void syncAll(services, result.source.id, Date.now());
      return { ok: true, sourceId: result.source.id, postingFiles: result.postingFiles };
    },
    previewSource: (request) => previewSource(request.url, services.http),
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
  const receiver = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/'), signalChange };
  browser.runtime.onMessage.addListener((message: unknown, sender) => dispatchMessage(handlers, message, sender, receiver));
}
