import type { VigieDatabase } from '../db/schema';
import { newPostingIds } from '../notify/announcements-store';
import { sanitizeSearchDraft } from '../saved-searches/saved-search';
import { createSavedSearch, listSavedSearches, removeSavedSearch, renameSavedSearch, setSavedSearchMuted } from '../saved-searches/saved-searches-store';
import type { Handlers } from './handlers';

type SavedSearchMessage = 'listSavedSearches' | 'saveSearch' | 'renameSavedSearch' | 'setSavedSearchMuted' | 'removeSavedSearch';

/**
 * The saved searches' messages. `countChanged` runs when what the badge counts may have changed
 * (a search saved, muted or removed): the worker updates the badge.
 */
export function createSavedSearchHandlers(db: VigieDatabase, countChanged: () => Promise<void>): Pick<Handlers, SavedSearchMessage> {
  const thenCount = async <T>(result: T) => {
    await countChanged();
    return result;
  };
  return {
    listSavedSearches: async () => listSavedSearches(db, await newPostingIds(db)),
    async saveSearch(request) {
      // The validator already refused a draft this cannot clean.
      const saved = await createSavedSearch(db, sanitizeSearchDraft(request.search)!);
      return thenCount(saved ? { ok: true as const, id: saved.id } : { ok: false as const, reason: 'limit' as const });
    },
    renameSavedSearch: (request) => renameSavedSearch(db, request.id, request.name),
    setSavedSearchMuted: async (request) => thenCount(await setSavedSearchMuted(db, request.id, request.muted)),
    removeSavedSearch: async (request) => thenCount(await removeSavedSearch(db, request.id)),
  };
}
