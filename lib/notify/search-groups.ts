import type { SavedSearchRecord, SearchMatchRecord } from '../db/records';

/** The postings a notification announces for one saved search. */
export interface SearchGroup {
  searchId: string;
  name: string;
  offerIds: string[];
}

/**
 * Groups announced postings by the saved searches they matched, searches in the order the seeker
 * saved them, so that each search's line counts its own new matches; a posting two searches
 * matched is in both groups, and once in the notification's offers. Muted searches group nothing.
 */
export function groupBySearch(offerIds: readonly string[], matches: readonly SearchMatchRecord[], searches: readonly SavedSearchRecord[]): SearchGroup[] {
  return [...searches]
    .sort((a, b) => a.createdAt - b.createdAt)
    .flatMap((search) => {
      if (search.muted) return [];
      const matched = new Set(matches.filter((match) => match.searchId === search.id).map((match) => match.offerId));
      const offers = offerIds.filter((id) => matched.has(id));
      return offers.length > 0 ? [{ searchId: search.id, name: search.name, offerIds: offers }] : [];
    });
}
