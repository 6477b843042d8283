import { STAGES, type FavoriteRecord, type Stage } from '../db/records';
import { lastStep, stepDate } from '../db/stage-history';

/** The tracker board: one column per stage, in the order of a search, each with its offers, the latest moved first. */
export function boardColumns(favorites: readonly FavoriteRecord[]): Array<{ stage: Stage; favorites: FavoriteRecord[] }> {
  const latestFirst = [...favorites].sort((a, b) => lastDate(b) - lastDate(a) || a.offerId.localeCompare(b.offerId));
  return STAGES.map((stage) => ({ stage, favorites: latestFirst.filter((favorite) => favorite.stage === stage) }));
}

function lastDate(favorite: FavoriteRecord): number {
  const step = lastStep(favorite);
  return step ? stepDate(step) : favorite.savedAt;
}

/** The stage beside `stage` on the board, to the left (-1) or right (+1); undefined past either end. */
export function stageBeside(stage: Stage, direction: -1 | 1): Stage | undefined {
  return STAGES[STAGES.indexOf(stage) + direction];
}
