import { browser } from '#imports';
import { DEFAULT_FILTERS, type BoardFilters } from '../../lib/board/board-filters';
import type { FirstScreen } from '../../lib/board/first-screen';
import { FRONT_PAGE_SNAPSHOT_KEY, readFrontPageSnapshot } from '../../lib/board/front-page-snapshot';
import type { FrontPageRead } from '../../lib/board/read-front-page';

export interface PopupState {
  query: string;
  filters: BoardFilters;
}

/** The last query and filters, restored when the popup opens again. */
const POPUP_STATE_KEY = 'popupState';
/** The first results shown for the last query (see lib/board/first-screen.ts). */
const FIRST_SCREEN_KEY = 'popupFirstScreen';

/** What the popup opens on: the last query and filters, the first results kept for that query, and the worker's copy of the first screen if there is a good one. */
export interface OpeningState {
  saved: PopupState;
  kept: FirstScreen | null;
  copy?: FrontPageRead;
}

/**
 * All read in one call before the first paint. Plain storage.local rather than WXT's storage
 * items: each item read its key once more when defined, and their library was a tenth of the
 * popup's opening code. The keys and values are the ones those items stored.
 */
export async function readPopupState(): Promise<OpeningState> {
  const stored = await browser.storage.local.get([POPUP_STATE_KEY, FIRST_SCREEN_KEY, FRONT_PAGE_SNAPSHOT_KEY]);
  const saved = stored[POPUP_STATE_KEY] as Partial<PopupState> | undefined;
  return {
    saved: { query: typeof saved?.query === 'string' ? saved.query : '', filters: { ...DEFAULT_FILTERS, ...saved?.filters } },
    kept: (stored[FIRST_SCREEN_KEY] as FirstScreen | undefined) ?? null,
    copy: readFrontPageSnapshot(stored[FRONT_PAGE_SNAPSHOT_KEY]),
  };
}

export function savePopupState(state: PopupState): Promise<void> {
  return browser.storage.local.set({ [POPUP_STATE_KEY]: state });
}

/** Keeps the first results of a query, or forgets them (undefined: the front page answers). */
export function keepFirstScreen(kept: FirstScreen | undefined): Promise<void> {
  return kept ? browser.storage.local.set({ [FIRST_SCREEN_KEY]: kept }) : browser.storage.local.remove(FIRST_SCREEN_KEY);
}
