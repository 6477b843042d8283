import { storage } from '#imports';
import { DEFAULT_FILTERS, type BoardFilters } from '../../lib/board/board-filters';
import type { FirstScreen } from '../../lib/board/first-screen';

export interface PopupState {
  query: string;
  filters: BoardFilters;
}

/** The last query and filters, restored when the popup opens again. */
export const popupState = storage.defineItem<PopupState>('local:popupState', {
  fallback: { query: '', filters: DEFAULT_FILTERS },
  version: 1,
});

/** The first results shown for the last query (see lib/board/first-screen.ts). */
export const firstScreenState = storage.defineItem<FirstScreen | null>('local:popupFirstScreen', { fallback: null, version: 1 });
