import type { FavoriteRecord, Stage, StageStep } from './records';

/** The day a step happened as the seeker tells it: the date they gave, else when they moved the offer. */
export function stepDate(step: StageStep): number {
  return step.on ?? step.at;
}

/** The latest step, the one that holds the current stage. */
export function lastStep(favorite: Pick<FavoriteRecord, 'stageHistory'>): StageStep | undefined {
  return favorite.stageHistory.at(-1);
}

/**
 * A history that tells the favorite's story from its save to its stage. Saved offers imported from
 * a file written by hand, or by an older export, may hold a stage without its history (or a
 * history that stops short of it): the save is dated `savedAt`, the stage `updatedAt`, the only
 * dates known. A complete history is returned as it is.
 */
export function completeStageHistory(favorite: Pick<FavoriteRecord, 'stage' | 'stageHistory' | 'savedAt' | 'updatedAt'>): StageStep[] {
  const { stage, savedAt, updatedAt } = favorite;
  const steps: StageStep[] = favorite.stageHistory.length > 0 ? [...favorite.stageHistory] : [{ stage: 'saved', at: savedAt }];
  const last = steps.at(-1)!;
  if (last.stage !== stage) steps.push({ stage, at: Math.max(updatedAt, last.at + 1) });
  return steps;
}

/**
 * The history with the step moved at `at` dated `on` by the seeker (never later than `now`:
 * a step has happened); undefined when no step was moved at `at`. Steps keep their order: the
 * date given is what is shown and counted (journal, follow-up), not what orders the stages.
 */
export function redateStep(history: readonly StageStep[], at: number, on: number, now: number): StageStep[] | undefined {
  if (!history.some((step) => step.at === at)) return undefined;
  const date = Math.min(on, now);
  return history.map((step) => {
    if (step.at !== at) return step;
    const { on: _previous, ...moved } = step;
    return date === step.at ? moved : { ...moved, on: date };
  });
}

/** The step that brought the offer to its current stage when it is `stage`. */
export function currentStepAt(favorite: Pick<FavoriteRecord, 'stage' | 'stageHistory'>, stage: Stage): StageStep | undefined {
  const step = lastStep(favorite);
  return favorite.stage === stage && step?.stage === stage ? step : undefined;
}
