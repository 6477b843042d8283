import { browser } from '#imports';
import { openDatabase, readSettings } from '../../lib/db';
import { request } from '../../lib/messaging/protocol';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { sendToWorker as send } from '../browser-bindings';
import { useLiveQuery } from '../use-live-query';
import { TrackerApp } from './tracker-app';
import type { TrackerActions } from './tracker-model';

// Reads go straight to the database (same origin, live updates); every write goes through the worker.
const db = openDatabase();

const trackerActions: TrackerActions = {
  setStage: (offerId, stage) => request(send, 'setFavoriteStage', { offerId, stage }),
  setNote: (offerId, note) => request(send, 'setFavoriteNote', { offerId, note }),
  setContact: (offerId, contact) => request(send, 'setFavoriteContact', { offerId, contact }),
  setStepDate: (offerId, at, on) => request(send, 'setFavoriteStepDate', { offerId, at, on }),
};

/** The saved offers and the follow-up setting, read live, for the board. */
export function TrackerConnector() {
  const favorites = useLiveQuery(() => db.favorites.toArray(), []);
  const settings = useLiveQuery(() => readSettings(db), []);
  return <TrackerApp favorites={favorites} followUpDays={settings?.followUpDays ?? DEFAULT_SETTINGS.followUpDays} actions={trackerActions} journalUrl={browser.runtime.getURL('/journal.html')} />;
}

/** The saved offers, read live, for the journal. */
export function useSavedOffers() {
  return useLiveQuery(() => db.favorites.toArray(), []);
}
