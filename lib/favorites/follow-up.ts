import type { FavoriteRecord } from '../db/records';
import { currentStepAt, stepDate } from '../db/stage-history';

const DAY_MS = 24 * 60 * 60 * 1000;

/** An application waiting for an answer, and when it is worth a follow-up. */
export interface FollowUp {
  offerId: string;
  /** The applied step's `at`: one reminder per application, a new one if the offer is applied to again. */
  appliedAt: number;
  /** When the seeker applied, as they tell it. */
  appliedOn: number;
  dueAt: number;
}

/** The follow-up of an offer at "applied", `days` after the day the seeker applied; undefined at any other stage. */
export function followUpOf(favorite: Pick<FavoriteRecord, 'offerId' | 'stage' | 'stageHistory'>, days: number): FollowUp | undefined {
  const step = currentStepAt(favorite, 'applied');
  if (!step) return undefined;
  const appliedOn = stepDate(step);
  return { offerId: favorite.offerId, appliedAt: step.at, appliedOn, dueAt: appliedOn + days * DAY_MS };
}

/** Offers that stayed "applied" `days` or more, by the date of application, oldest first. */
export function dueFollowUps(favorites: readonly Pick<FavoriteRecord, 'offerId' | 'stage' | 'stageHistory'>[], now: number, days: number): FollowUp[] {
  return favorites
    .flatMap((favorite) => {
      const followUp = followUpOf(favorite, days);
      return followUp && followUp.dueAt <= now ? [followUp] : [];
    })
    .sort((a, b) => a.appliedOn - b.appliedOn);
}

/** Whole days since the seeker applied, for "Sans réponse depuis 9 jours". */
export function daysWaiting(followUp: FollowUp, now: number): number {
  return Math.floor((now - followUp.appliedOn) / DAY_MS);
}
