import { describe, expect, it } from 'vitest';
import type { OfferSummary } from '../../lib/db/records';
import { createMatchScorer } from '../../lib/board/select-results';

function summary(id: string, skills: string[]): OfferSummary {
  return { id, sourceId: 'test', title: id, status: 'open', contract: 'unknown', remote: 'unknown', skills, firstSeenAt: 0 };
}

describe('createMatchScorer', () => {
  it.each([
    { mine: ['TypeScript', 'Vue.js'], skills: ['typescript', 'React', 'Vue.js', 'SQL'], match: 0.5 },
    { mine: ['Développement web'], skills: ['developpement web'], match: 1 },
    { mine: ['Go'], skills: ['Rust'], match: 0 },
    { mine: ['Go'], skills: [], match: undefined },
    { mine: [], skills: ['Rust', 'Go'], match: undefined },
  ])('scores $skills against $mine as $match', ({ mine, skills, match }) => {
    expect(createMatchScorer(mine)(summary('a', skills))).toBe(match);
  });
});
