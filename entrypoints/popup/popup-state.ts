import { storage } from '#imports';
import { DEFAULT_FILTERS, type BoardFilters } from '../../lib/board/board-filters';

export interface PopupState {
  query: string;
  filters: BoardFilters;
}

/** The last query and filters, restored when the popup opens again. */
export const popupState = storage.defineItem<PopupState>('local:popupState', {
  fallback: { query: '', filters: DEFAULT_FILTERS },
  version: 1,
});
