import { describe, expect, it } from 'vitest';
import { partitionPoint } from '../../lib/text/partition-point';

describe('partitionPoint', () => {
  const starts = [2, 5, 5, 9, 14];
  const firstFrom = (at: number, low = 0) => partitionPoint(starts.length, (index) => starts[index]! < at, low);

  it('finds the first item not before a value', () => {
    expect(firstFrom(0)).toBe(0);
    expect(firstFrom(5)).toBe(1);
    expect(firstFrom(6)).toBe(3);
    expect(firstFrom(14)).toBe(4);
  });

  it('gives the length when every item is before', () => {
    expect(firstFrom(15)).toBe(5);
    expect(partitionPoint(0, () => true)).toBe(0);
  });

  it('starts from the lower bound it is given', () => {
    expect(firstFrom(0, 3)).toBe(3);
    expect(firstFrom(10, 2)).toBe(4);
  });
});
