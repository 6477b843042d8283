/**
 * The last index of `ascending` whose value is at most `value`, by halving from `low` (whose
 * value must be at most it): the line or node holding an offset, from their starting offsets.
 */
export function lastAtOrBelow(ascending: readonly number[], value: number, low = 0): number {
  let high = ascending.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (ascending[middle]! <= value) low = middle;
    else high = middle - 1;
  }
  return low;
}
