import { describe, expect, it } from 'vitest';
import type { PublisherGroup } from './posting-labels';
import { measureQuality } from './quality-report';
import type { ScoredField } from './score-postings';

/*
 * Ratchet on reading quality: per group of publishers and per field, the share of hand-labelled
 * postings (tests/quality/posting-labels.ts) read right may not drop below today's figure.
 *
 * To raise a floor after an improvement: run `npm run bench -- quality`, and write the new figure
 * of the group's column here, rounded DOWN to 2 decimals (0.8787 → 0.87). Never lower a floor to
 * make a change pass; if a label was wrong, fix the label and say so in the commit.
 */
/** Beside the fields: skills F1, and the share of postings a seeker with exactly their labelled skills matches at 80 % or more. */
type Measure = ScoredField | 'skillsF1' | 'exactSeekerAt80';

const FLOORS: Record<PublisherGroup, Partial<Record<Measure, number>>> = {
  'beta.gouv.fr': {
    title: 1,
    organization: 1,
    status: 1,
    contract: 1,
    remote: 0.97,
    location: 1,
    deadline: 1,
    language: 1,
    skillsF1: 0.92,
    exactSeekerAt80: 0.80,
  },
  other: {
    title: 1,
    organization: 1,
    status: 1,
    contract: 1,
    remote: 1,
    location: 1,
    deadline: 1,
    language: 1,
    skillsF1: 0.84,
    exactSeekerAt80: 0.76,
  },
};

const report = measureQuality();

describe.each(Object.entries(FLOORS))('reading quality of the %s postings', (group, floors) => {
  const figures = report.byGroup.get(group as PublisherGroup)!;
  const measured: Record<string, number> = {
    ...figures.accuracy,
    skillsF1: figures.skills.f1,
    exactSeekerAt80: figures.exactSeeker.atLeast80 / figures.exactSeeker.postings,
  };

  it.each(Object.entries(floors))('%s stays at or above %d', (field, floor) => {
    const wrong = report.wrongFields.filter((one) => one.group === group && one.field === field);
    expect(measured[field], wrong.map((one) => `${one.file}: expected ${one.expected}, got ${one.got}`).join('\n')).toBeGreaterThanOrEqual(floor);
  });
});
