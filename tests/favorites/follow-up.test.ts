import { describe, expect, it } from 'vitest';
import type { Stage, StageStep } from '../../lib/db/records';
import { daysWaiting, dueFollowUps, followUpOf } from '../../lib/favorites/follow-up';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2026, 11, 1, 9);
const favorite = (offerId: string, stage: Stage, stageHistory: StageStep[]) => ({ offerId, stage, stageHistory });

describe('follow-up of an application', () => {
  it('is due N days after the day the seeker applied, not before', () => {
    const applied = favorite('a', 'applied', [{ stage: 'saved', at: T0 }, { stage: 'applied', at: T0 + DAY }]);
    expect(followUpOf(applied, 7)).toEqual({ offerId: 'a', appliedAt: T0 + DAY, appliedOn: T0 + DAY, dueAt: T0 + 8 * DAY });
    expect(dueFollowUps([applied], T0 + 8 * DAY - 1, 7)).toEqual([]);
    expect(dueFollowUps([applied], T0 + 8 * DAY, 7).map((followUp) => followUp.offerId)).toEqual(['a']);
  });

  it('counts from the date the seeker gave (applied before saving the offer here)', () => {
    const applied = favorite('a', 'applied', [{ stage: 'saved', at: T0 + 10 * DAY }, { stage: 'applied', at: T0 + 10 * DAY + 60_000, on: T0 }]);
    expect(dueFollowUps([applied], T0 + 7 * DAY, 7).map((followUp) => followUp.offerId)).toEqual(['a']);
    expect(daysWaiting(followUpOf(applied, 7)!, T0 + 9 * DAY + 5)).toBe(9);
  });

  it('is over once the offer moves on, and lists the oldest applications first', () => {
    const interview = favorite('i', 'interview', [{ stage: 'saved', at: T0 }, { stage: 'applied', at: T0 + 1 }, { stage: 'interview', at: T0 + 2 }]);
    const older = favorite('old', 'applied', [{ stage: 'saved', at: T0 }, { stage: 'applied', at: T0 + 5 }]);
    const newer = favorite('new', 'applied', [{ stage: 'saved', at: T0 }, { stage: 'applied', at: T0 + 2 * DAY }]);
    expect(dueFollowUps([newer, interview, older], T0 + 30 * DAY, 7).map((followUp) => followUp.offerId)).toEqual(['old', 'new']);
  });
});
