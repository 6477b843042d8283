import { describe, expect, it } from 'vitest';
import { completeStageHistory, currentStepAt, redateStep, stepDate } from '../../lib/db/stage-history';
import type { StageStep } from '../../lib/db/records';

const HISTORY: StageStep[] = [{ stage: 'saved', at: 1_000 }, { stage: 'applied', at: 2_000 }, { stage: 'interview', at: 3_000 }];

describe('completeStageHistory', () => {
  it('dates a stage stored without history: the save at savedAt, the stage at updatedAt', () => {
    expect(completeStageHistory({ stage: 'applied', stageHistory: [], savedAt: 100, updatedAt: 900 })).toEqual([
      { stage: 'saved', at: 100 },
      { stage: 'applied', at: 900 },
    ]);
    expect(completeStageHistory({ stage: 'saved', stageHistory: [], savedAt: 100, updatedAt: 900 })).toEqual([{ stage: 'saved', at: 100 }]);
  });

  it('ends a history that stops short of the stage with the stage, after its last step', () => {
    expect(completeStageHistory({ stage: 'offer', stageHistory: HISTORY, savedAt: 1_000, updatedAt: 3_000 }).slice(-2)).toEqual([
      { stage: 'interview', at: 3_000 },
      { stage: 'offer', at: 3_001 },
    ]);
  });

  it('leaves a complete history as it is, dates given by the seeker included', () => {
    const history: StageStep[] = [{ stage: 'saved', at: 1_000 }, { stage: 'applied', at: 2_000, on: 500 }];
    expect(completeStageHistory({ stage: 'applied', stageHistory: history, savedAt: 1_000, updatedAt: 2_000 })).toEqual(history);
  });
});

describe('redateStep', () => {
  it('gives the step the seeker’s date, shown and counted, without reordering the steps', () => {
    const redated = redateStep(HISTORY, 2_000, 400, 10_000)!;
    expect(redated.map((step) => step.stage)).toEqual(['saved', 'applied', 'interview']);
    expect(redated[1]).toEqual({ stage: 'applied', at: 2_000, on: 400 });
    expect(stepDate(redated[1]!)).toBe(400);
    expect(stepDate(redated[0]!)).toBe(1_000);
  });

  it('never dates a step in the future, and forgets the date given when it is the step’s own', () => {
    expect(redateStep(HISTORY, 2_000, 99_999, 10_000)?.[1]).toEqual({ stage: 'applied', at: 2_000, on: 10_000 });
    const given = redateStep(HISTORY, 2_000, 400, 10_000)!;
    expect(redateStep(given, 2_000, 2_000, 10_000)?.[1]).toEqual({ stage: 'applied', at: 2_000 });
  });

  it('refuses a step that does not exist', () => {
    expect(redateStep(HISTORY, 2_500, 400, 10_000)).toBeUndefined();
  });
});

describe('currentStepAt', () => {
  it('is the step that brought the offer to its stage, when it is that stage', () => {
    expect(currentStepAt({ stage: 'interview', stageHistory: HISTORY }, 'interview')).toEqual({ stage: 'interview', at: 3_000 });
    expect(currentStepAt({ stage: 'interview', stageHistory: HISTORY }, 'applied')).toBeUndefined();
  });
});
