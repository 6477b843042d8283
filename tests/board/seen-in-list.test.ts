import { describe, expect, it } from 'vitest';
import { SeenInList } from '../../lib/board/seen-in-list';

describe('SeenInList', () => {
  it('counts a row seen once it stood in view for the whole dwell, and reports it once', () => {
    const rule = new SeenInList(1500);
    rule.enter('a', 0);
    rule.enter('b', 1000);
    expect(rule.takeSeen(1499)).toEqual([]);
    expect(rule.takeSeen(1500)).toEqual(['a']);
    expect(rule.takeSeen(3000)).toEqual(['b']);
    expect(rule.takeSeen(9000)).toEqual([]);
    rule.enter('a', 9000);
    expect(rule.takeSeen(20_000)).toEqual([]);
  });

  it('starts again from zero for a row scrolled out of view before the dwell', () => {
    const rule = new SeenInList(1500);
    rule.enter('a', 0);
    rule.leave('a');
    expect(rule.takeSeen(2000)).toEqual([]);
    rule.enter('a', 2000);
    rule.enter('a', 3000);
    expect(rule.takeSeen(3400)).toEqual([]);
    expect(rule.takeSeen(3500)).toEqual(['a']);
  });
});
