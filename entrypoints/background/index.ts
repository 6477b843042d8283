import { browser, defineBackground } from '#imports';
import { installDefaultSources } from '../../lib/db';
import { registerFavoritesSync } from './favorites-sync';
import { registerFollowUpReminders } from './follow-up-reminders';
import { registerMessageHandlers } from './message-handlers';
import { registerNotifications } from './notifications';
import { registerPageScripts } from './page-scripts';
import { createBackgroundServices } from './services';
import { registerSyncScheduler, syncKeptAlive } from './sync-scheduler';

export default defineBackground(() => {
  const services = createBackgroundServices();
  registerMessageHandlers(services);
  registerSyncScheduler(services);
  registerNotifications(services);
  registerFollowUpReminders(services);
  registerPageScripts();
  registerFavoritesSync(services);
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    if (reason !== 'install') return;
    // The embedded sources it added, only them (see installDefaultSources).
    const installed = await installDefaultSources(services.db);
    if (installed.length > 0) await syncKeptAlive(services, installed);
  });
});
