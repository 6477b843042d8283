/**
 * Typos between a query word and a term: insertions, deletions, substitutions and swaps of two
 * neighbouring letters ("pyhton"), each one edit (optimal string alignment distance).
 * With `asPrefix`, the distance to the closest start of the term, for a word still being typed
 * ("javs" is one edit from "java…"). Gives up past `limit`, answering limit + 1.
 */
export function editDistance(word: string, term: string, limit: number, asPrefix = false): number {
  const width = term.length + 1;
  let beforeLast = new Array<number>(width).fill(0);
  let last = Array.from({ length: width }, (_, j) => j);
  let row = new Array<number>(width).fill(0);
  for (let i = 1; i <= word.length; i++) {
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j <= term.length; j++) {
      const same = word[i - 1] === term[j - 1];
      let cost = Math.min(last[j]! + 1, row[j - 1]! + 1, last[j - 1]! + (same ? 0 : 1));
      if (i > 1 && j > 1 && word[i - 1] === term[j - 2] && word[i - 2] === term[j - 1]) cost = Math.min(cost, beforeLast[j - 2]! + 1);
      row[j] = cost;
      rowMin = Math.min(rowMin, cost);
    }
    if (rowMin > limit) return limit + 1;
    [beforeLast, last, row] = [last, row, beforeLast];
  }
  const distance = asPrefix ? Math.min(...last) : last[term.length]!;
  return Math.min(distance, limit + 1);
}
