import type { BoardFilters } from '../../lib/board/board-filters';
import type { OfferSummary } from '../../lib/db/records';
import type { MatchExplanation } from '../../lib/board/why-matched';
import type { FavoriteRecord, SourceRecord, Stage, StoredOffer } from '../../lib/db';
import type { SearchIndex } from '../../lib/search';

export interface Board {
  /** Undefined while only the front page is loaded: enough to list, not to search. */
  index?: SearchIndex;
  /** Says why a result matched (lib/board/why-matched.ts), loaded with the index. */
  explain?: (summary: OfferSummary, matchedTerms: readonly string[]) => MatchExplanation | undefined;
  summaries: ReadonlyMap<string, OfferSummary>;
  /** Without an index, the query whose first results `summaries` are, in order ('' for the front page). */
  answers?: string;
  /** When the worker stored this board. */
  updatedAt?: number;
}

export interface PopupData {
  /** undefined while loading; null when nothing was synced yet. */
  board: Board | null | undefined;
  sources: SourceRecord[];
  favorites: FavoriteRecord[];
  mySkills: string[];
  /** Files done and to do, while the worker syncs. */
  syncProgress?: { done: number; total: number };
  /** Offers that newly opened and that the user has not seen yet. */
  newIds: ReadonlySet<string>;
  initialQuery: string;
  initialFilters: BoardFilters;
  /** Opened from a notification: show this offer first. */
  initialOfferId?: string;
}

export interface PopupActions {
  loadOffer(offerId: string): Promise<StoredOffer | undefined>;
  save(offerId: string): Promise<void>;
  unsave(offerId: string): Promise<void>;
  setNote(offerId: string, note: string): Promise<void>;
  setStage(offerId: string, stage: Stage): Promise<void>;
  refresh(): Promise<void>;
  openOptions(): void;
  persist(query: string, filters: BoardFilters): void;
  /** Keeps the results shown for a query, to list them at once when the popup reopens on it. */
  rememberFirstScreen(query: string, board: Board, shown: readonly OfferSummary[]): void;
  download(fileName: string, type: string, content: string): void;
  importFavorites(data: unknown): Promise<string>;
  markSeen(offerIds?: string[]): Promise<void>;
}
