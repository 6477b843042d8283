import { browser } from '#imports';
import { addSource, readSettings, updateSettings } from '../../lib/db';
import { applyNoiseChange } from '../../lib/db/noise-store';
import { createDatabaseHandlers } from '../../lib/messaging/database-handlers';
import type { SourceLocation } from '../../lib/sources';
import { checkSource } from '../../lib/sources/check-source';
import { previewSource } from '../../lib/sources/preview-source';
import { dispatchMessage, type Handlers } from '../../lib/messaging/handlers';
import { createSavedSearchHandlers } from '../../lib/messaging/saved-search-handlers';
import { markSeen, updateBadge } from './badge';
import { createPageHandlers } from './page-handlers';
import type { BackgroundServices } from './services';
import { signalChange } from './signal-change';
import { ensurePeriodicAlarm } from './sync-alarms';
import { syncAll } from './sync-scheduler';

/** The database answers most messages; these also sync, set the alarm, the badge, or reach a tab. */
function createHandlers(services: BackgroundServices): Handlers {
  const { db } = services;
  return {
    ...createDatabaseHandlers(db),
    ...createPageHandlers(services),
    ...createSavedSearchHandlers(db, () => updateBadge(services)),
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
    // The badge counts only what the rules leave: a hidden or blocked posting leaves it at once.
    async changeNoise(request) {
      const changed = await applyNoiseChange(db, request.change);
      await updateBadge(services);
      return changed;
    },
    async updateSettings(request) {
      const settings = await updateSettings(db, request.patch);
      await ensurePeriodicAlarm(services);
      await updateBadge(services);
      return settings;
    },
    async markSeen(request) {
      await markSeen(services, request.offerIds);
      return true;
    },
  };
}

export function registerMessageHandlers(services: BackgroundServices): void {
  const handlers = createHandlers(services);
  const receiver = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/'), signalChange, whileChangingFirstScreen: services.firstScreen.whileChanging };
  browser.runtime.onMessage.addListener((message: unknown, sender) => dispatchMessage(handlers, message, sender, receiver));
}
