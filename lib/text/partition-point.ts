/**
 * The first index from `low` up to `length` for which `isBefore` is false, by halving: the items
 * must be ordered so that `isBefore` holds for a prefix of them (spans sorted by start or by end).
 */
export function partitionPoint(length: number, isBefore: (index: number) => boolean, low = 0): number {
  let high = length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (isBefore(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}
