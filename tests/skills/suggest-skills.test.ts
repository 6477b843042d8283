import { describe, expect, it } from 'vitest';
import { suggestSkills } from '../../lib/skills/suggest-skills';

describe('suggestSkills', () => {
  it('suggests what the saved offers ask for most, that the user has not listed', () => {
    const saved = [['Python', 'Django', 'PostgreSQL'], ['Django', 'Docker', 'PostgreSQL'], ['Django', 'Vue.js'], ['Figma']];
    expect(suggestSkills(saved, ['python', 'Docker'])).toEqual([
      { name: 'Django', offers: 3 },
      { name: 'PostgreSQL', offers: 2 },
    ]);
  });

  it('takes any skill of one or two saved offers, each offer counted once', () => {
    expect(suggestSkills([['Rust', 'Rust', 'Go']], ['Go'])).toEqual([{ name: 'Rust', offers: 1 }]);
    expect(suggestSkills([['Rust'], ['Elixir', 'Rust']], [])).toEqual([{ name: 'Rust', offers: 2 }, { name: 'Elixir', offers: 1 }]);
  });

  it('suggests nothing without saved offers, and at most eight', () => {
    expect(suggestSkills([], ['Python'])).toEqual([]);
    const many = Array.from({ length: 12 }, (_, index) => `Skill ${String(index).padStart(2, '0')}`);
    expect(suggestSkills([many, many, many], [])).toHaveLength(8);
  });
});
