import { DEFAULT_FILTERS, sanitizeFilters, type BoardFilters } from '../board/board-filters';
import type { SavedSearchRecord } from '../db/records';

/** What the seeker saves: the popup's query and filters, under a name. */
export interface SavedSearchDraft {
  name: string;
  query: string;
  filters: BoardFilters;
}

/** A saved search as Vigie uses it: its stored filters read back and checked. */
export interface SavedSearch extends Omit<SavedSearchRecord, 'filters'> {
  filters: BoardFilters;
}

export function toSavedSearch(record: SavedSearchRecord): SavedSearch {
  return { ...record, filters: sanitizeFilters(record.filters) };
}

export const SAVED_SEARCH_LIMITS = { searches: 50, name: 80, query: 300 } as const;

/** Keeps a valid draft from untrusted input (a message, an import), or undefined when it has no name. */
export function sanitizeSearchDraft(input: unknown): SavedSearchDraft | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const raw = input as Record<string, unknown>;
  const name = cleanName(raw.name);
  if (!name) return undefined;
  const query = typeof raw.query === 'string' ? raw.query.trim().slice(0, SAVED_SEARCH_LIMITS.query) : '';
  return { name, query, filters: sanitizeFilters(raw.filters) };
}

/** A name as shown in lists and notifications: one line, trimmed, bounded; '' when nothing is left. */
export function cleanName(value: unknown): string {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim().slice(0, SAVED_SEARCH_LIMITS.name) : '';
}

/** How many filters narrow a search beyond the popup's defaults (the order of results aside), for its one-line description. */
export function narrowingFilterCount(filters: BoardFilters): number {
  const { sort: _sort, ...narrowing } = filters;
  const { sort: _defaultSort, ...defaults } = DEFAULT_FILTERS;
  return (Object.keys(narrowing) as Array<keyof typeof narrowing>).filter((key) => narrowing[key] !== defaults[key]).length;
}
