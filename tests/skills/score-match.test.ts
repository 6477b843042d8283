import { describe, expect, it } from 'vitest';
import { scoreMatch } from '../../lib/skills';

describe('scoreMatch', () => {
  it('gives the share of the posting’s skills the seeker has', () => {
    expect(scoreMatch(['Python', 'Django', 'PostgreSQL', 'Docker'], ['python', 'PostgreSQL', 'Figma'])).toEqual({
      score: 0.5,
      matched: ['Python', 'PostgreSQL'],
      missing: ['Django', 'Docker'],
    });
  });

  it('reads 100 % for a seeker whose skills are exactly what the posting asks', () => {
    expect(scoreMatch(['Python', 'Django', 'React'], ['React', 'Django', 'Python']).score).toBe(1);
  });

  it.each([
    [['Développement web'], ['développement Web'], 1],
    [['Tricot', 'Python'], ['tricot'], 0.5],
    [['Python'], [], 0],
    [['Python', 'Go', 'Rust', 'Java'], ['Go'], 0.25],
  ])('%j against %j scores %d', (posting, user, score) => {
    expect(scoreMatch(posting, user).score).toBe(score);
  });

  it('gives no score to a posting that asks for no concrete skill, rather than 0', () => {
    expect(scoreMatch([], ['Python'])).toEqual({ matched: [], missing: [] });
  });

  it('counts a posting skill once however it is cased', () => {
    expect(scoreMatch(['PostgreSQL', 'postgresql', 'Go'], ['PostgreSQL'])).toEqual({
      score: 0.5,
      matched: ['PostgreSQL'],
      missing: ['Go'],
    });
  });
});
