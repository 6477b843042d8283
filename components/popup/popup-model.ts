import type { BoardFilters } from '../../lib/board/board-filters';
import type { OfferSummary } from '../../lib/db/records';
import type { FavoriteRecord, SourceRecord, Stage, StoredOffer } from '../../lib/db';
import type { Board } from '../../lib/board/read-board';
import type { PostingVersion } from '../../lib/history/types';
import type { NoiseChange } from '../../lib/noise/noise-change';
import type { NoiseRule } from '../../lib/noise/noise-rules';
import type { DuplicateIndex } from '../../lib/duplicates/merge-duplicates';

/** What the seeker is not interested in (lib/noise), as stored by the worker. */
export interface NoiseState {
  rules: NoiseRule[];
  /** Offer id → the word blocked anywhere it holds: the popup has no posting text to look in. */
  wordHits: ReadonlyMap<string, string>;
}
import type { SavedSearchDraft } from '../../lib/saved-searches/saved-search';
import type { SavedSearchView } from '../../lib/saved-searches/saved-searches-store';
import type { SavedSearchActions } from '../saved-searches-list';

/** The saved offers as the worker's copy of the first screen gives them; nothing known without a copy. */
export interface SavedBeforeRead {
  stages?: ReadonlyMap<string, Stage>;
  /** How many postings are saved, a job saved from two places counted once. */
  postings?: number;
}

export interface PopupData {
  /** undefined while loading; null when nothing was synced yet. */
  board: Board | null | undefined;
  sources: SourceRecord[];
  favorites: FavoriteRecord[];
  /** Until the favorites are read (after the first paint): what the worker's copy of the first screen says of them. */
  firstSaved?: SavedBeforeRead;
  mySkills: string[];
  /** Files done and to do, while the worker syncs. */
  syncProgress?: { done: number; total: number };
  /** Offers that newly opened and that the user has not seen yet. */
  newIds: ReadonlySet<string>;
  noise: NoiseState;
  /** Postings that are one job (two sources, or a page saved and a source), by offer id. */
  duplicates: DuplicateIndex;
  /** The saved searches, with their new matches; undefined until read (after the first paint). */
  searches: SavedSearchView[] | undefined;
  initialQuery: string;
  initialFilters: BoardFilters;
  /** Opened from a notification: show this offer first. */
  initialOfferId?: string;
  /** Opened from a notification of a saved search's new matches: show that search. */
  initialSearchId?: string;
}

export interface PopupActions extends SavedSearchActions {
  loadOffer(offerId: string): Promise<StoredOffer | undefined>;
  /** The bodies of stored postings by id, '' for one not stored: where a result's words found in its text are shown. */
  loadBodies(offerIds: string[]): Promise<Map<string, string>>;
  /** The versions Vigie saw of a posting, newest first. */
  loadHistory(offerId: string): Promise<PostingVersion[]>;
  setAlertsMuted(offerId: string, muted: boolean): Promise<void>;
  save(offerId: string): Promise<void>;
  unsave(offerId: string): Promise<void>;
  setNote(offerId: string, note: string): Promise<void>;
  setStage(offerId: string, stage: Stage): Promise<void>;
  refresh(): Promise<void>;
  openOptions(): void;
  /** The application tracker, in a tab of its own. */
  openTracker(): void;
  persist(query: string, filters: BoardFilters): void;
  /** Keeps the results shown for a query, to list them at once when the popup reopens on it. */
  rememberFirstScreen(query: string, board: Board, shown: readonly OfferSummary[]): void;
  download(fileName: string, type: string, content: string): void;
  importFavorites(data: unknown): Promise<string>;
  markSeen(offerIds?: string[]): Promise<void>;
  /** Hides a posting, blocks an organization or a word, or undoes one of these. */
  changeNoise(change: NoiseChange): Promise<void>;
  /** The options page, at the list of what is hidden and blocked. */
  openNotInterested(): void;
  /** Rows seen in the list: seen for the badge and the next opening, still marked new while the popup stays open. */
  markSeenInList(offerIds: string[]): void;
  /** 'limit' when the seeker keeps as many searches as allowed. */
  saveSearch(search: SavedSearchDraft): Promise<'saved' | 'limit'>;
}
