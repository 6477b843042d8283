import { rebuildBoard } from '../board/refresh-board';
import { exportUserData, importUserData } from '../db/user-data';
import type { VigieDatabase } from '../db/schema';
import { readSettings } from '../db/settings-store';
import { removeSource, renameSource, setSourcePaused } from '../db/source-store';
import { removeFavorite, saveFavorite, setFavoriteAlertsMuted, setFavoriteContact, setFavoriteNote, setFavoriteStage, setFavoriteStepDate } from '../favorites/favorites-store';
import { unseenOfferIds } from '../notify/announcements-store';
import type { Handlers } from './handlers';

type DatabaseMessage =
  | 'renameSource'
  | 'setSourcePaused'
  | 'removeSource'
  | 'getSettings'
  | 'exportData'
  | 'importData'
  | 'saveFavorite'
  | 'removeFavorite'
  | 'setFavoriteNote'
  | 'setFavoriteStage'
  | 'setFavoriteAlertsMuted'
  | 'setFavoriteContact'
  | 'setFavoriteStepDate'
  | 'getUnseen';

/** The messages the database alone answers: no sync, alarm, badge or tab involved. */
export function createDatabaseHandlers(db: VigieDatabase): Pick<Handlers, DatabaseMessage> {
  return {
    renameSource: (request) => renameSource(db, request.sourceId, request.name),
    setSourcePaused: (request) => setSourcePaused(db, request.sourceId, request.paused),
    async removeSource(request) {
      await removeSource(db, request.sourceId);
      await rebuildBoard(db);
      return true;
    },
    getSettings: () => readSettings(db),
    exportData: () => exportUserData(db),
    importData: (request) => importUserData(db, request.data),
    saveFavorite: async (request) => (await saveFavorite(db, request.offerId)) !== undefined,
    async removeFavorite(request) {
      await removeFavorite(db, request.offerId);
      return true;
    },
    setFavoriteNote: (request) => setFavoriteNote(db, request.offerId, request.note),
    setFavoriteStage: (request) => setFavoriteStage(db, request.offerId, request.stage),
    setFavoriteAlertsMuted: (request) => setFavoriteAlertsMuted(db, request.offerId, request.muted),
    setFavoriteContact: (request) => setFavoriteContact(db, request.offerId, request.contact),
    setFavoriteStepDate: (request) => setFavoriteStepDate(db, request.offerId, request.at, request.on),
    getUnseen: () => unseenOfferIds(db),
  };
}
