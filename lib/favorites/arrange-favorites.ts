import { compareDeadlines } from '../board/deadline';
import { STAGES, type FavoriteRecord, type Stage } from '../db/records';

/** How the saved offers are listed: the latest changed first, the furthest along first, or the soonest deadline first. */
export const FAVORITE_ORDERS = ['recent', 'stage', 'deadline'] as const;
export type FavoriteOrder = (typeof FAVORITE_ORDERS)[number];

export interface FavoritesView {
  stage: Stage | 'all';
  order: FavoriteOrder;
}

export const DEFAULT_FAVORITES_VIEW: FavoritesView = { stage: 'all', order: 'recent' };

/** Furthest along first: an offer or an interview calls for action before a mere bookmark; rejections last. */
const STAGE_RANK: Record<Stage, number> = { offer: 0, interview: 1, applied: 2, saved: 3, rejected: 4 };

/** The saved offers at the chosen stage, in the chosen order; `today` is the seeker's day (board/deadline.ts localDay). */
export function arrangeFavorites(favorites: readonly FavoriteRecord[], view: FavoritesView, today: string): FavoriteRecord[] {
  const kept = view.stage === 'all' ? [...favorites] : favorites.filter((favorite) => favorite.stage === view.stage);
  const recent = (a: FavoriteRecord, b: FavoriteRecord) => b.updatedAt - a.updatedAt;
  const orders: Record<FavoriteOrder, (a: FavoriteRecord, b: FavoriteRecord) => number> = {
    recent,
    stage: (a, b) => STAGE_RANK[a.stage] - STAGE_RANK[b.stage] || recent(a, b),
    deadline: (a, b) => compareDeadlines(a.snapshot.deadline, b.snapshot.deadline, today) || recent(a, b),
  };
  return kept.sort(orders[view.order]);
}

/** How many saved offers stand at each stage, for the filter's choices. */
export function countByStage(favorites: readonly FavoriteRecord[]): Record<Stage, number> {
  const counts = Object.fromEntries(STAGES.map((stage) => [stage, 0])) as Record<Stage, number>;
  for (const favorite of favorites) counts[favorite.stage] += 1;
  return counts;
}
