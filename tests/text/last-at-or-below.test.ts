import { describe, expect, it } from 'vitest';
import { lastAtOrBelow } from '../../lib/text/last-at-or-below';

describe('lastAtOrBelow', () => {
  const starts = [0, 10, 25, 40];

  it.each([
    [0, 0],
    [9, 0],
    [10, 1],
    [24, 1],
    [25, 2],
    [39, 2],
    [40, 3],
    [1000, 3],
  ])('finds the start at or below %i: index %i', (value, index) => {
    expect(lastAtOrBelow(starts, value)).toBe(index);
  });

  it('searches from the index it is given', () => {
    expect(lastAtOrBelow(starts, 30, 2)).toBe(2);
    expect(lastAtOrBelow(starts, 45, 1)).toBe(3);
  });

  it('gives the only index of a single start', () => {
    expect(lastAtOrBelow([0], 5)).toBe(0);
  });
});
