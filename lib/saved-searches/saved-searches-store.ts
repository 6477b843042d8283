import type { SavedSearchRecord } from '../db/records';
import type { VigieDatabase } from '../db/schema';
import { cleanName, SAVED_SEARCH_LIMITS, toSavedSearch, type SavedSearch, type SavedSearchDraft } from './saved-search';

/** A saved search with its new matches: postings it matched that the seeker has not seen yet and that are still open. */
export interface SavedSearchView extends SavedSearch {
  newOfferIds: string[];
}

/** Saves a search; undefined when the seeker already keeps as many as allowed. */
export async function createSavedSearch(db: VigieDatabase, draft: SavedSearchDraft, now = Date.now()): Promise<SavedSearchRecord | undefined> {
  return db.transaction('rw', db.savedSearches, async () => {
    if ((await db.savedSearches.count()) >= SAVED_SEARCH_LIMITS.searches) return undefined;
    const record: SavedSearchRecord = { id: `search-${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`, ...draft, muted: false, createdAt: now };
    await db.savedSearches.add(record);
    return record;
  });
}

export async function renameSavedSearch(db: VigieDatabase, id: string, name: string): Promise<boolean> {
  const clean = cleanName(name);
  return clean !== '' && (await db.savedSearches.update(id, { name: clean })) === 1;
}

export async function setSavedSearchMuted(db: VigieDatabase, id: string, muted: boolean): Promise<boolean> {
  return (await db.savedSearches.update(id, { muted })) === 1;
}

/** Removes the search and what it matched. */
export async function removeSavedSearch(db: VigieDatabase, id: string): Promise<boolean> {
  return db.transaction('rw', db.savedSearches, db.searchMatches, async () => {
    await db.searchMatches.where('searchId').equals(id).delete();
    return (await db.savedSearches.where('id').equals(id).delete()) === 1;
  });
}

/** The saved searches, oldest first, each with its new matches among `fresh` (lib/notify's newPostingIds). */
export async function listSavedSearches(db: VigieDatabase, fresh: ReadonlySet<string>): Promise<SavedSearchView[]> {
  const searches = await db.savedSearches.orderBy('createdAt').toArray();
  if (searches.length === 0) return [];
  const newOfferIds = new Map<string, string[]>();
  for (const match of await db.searchMatches.where('offerId').anyOf([...fresh]).toArray()) {
    const ids = newOfferIds.get(match.searchId);
    if (ids) ids.push(match.offerId);
    else newOfferIds.set(match.searchId, [match.offerId]);
  }
  return searches.map((search) => ({ ...toSavedSearch(search), newOfferIds: newOfferIds.get(search.id) ?? [] }));
}

/**
 * The badge's number once the seeker keeps saved searches: postings matched by a search that
 * is not muted, not seen yet and still open, each counted once.
 */
export async function countNewMatches(db: VigieDatabase, fresh: ReadonlySet<string>): Promise<number> {
  const views = await listSavedSearches(db, fresh);
  return new Set(views.filter((view) => !view.muted).flatMap((view) => view.newOfferIds)).size;
}
