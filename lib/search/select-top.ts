export interface Ranked {
  /** Position in the candidate arrays. */
  index: number;
  score: number;
}

/**
 * The `limit` best candidates, best first, ties broken by lower ordinal. `accept` (offer
 * alive and kept by the caller's filter) is only asked about candidates good enough to
 * enter the current top, so a costly filter runs a few hundred times, not 50,000.
 */
export function selectTop(
  docs: ArrayLike<number>,
  scores: ArrayLike<number>,
  limit: number,
  accept: (doc: number) => boolean,
): Ranked[] {
  const before = (a: Ranked, b: Ranked) => ranksBefore(a.score, docs[a.index]!, b.score, docs[b.index]!);
  if (limit >= docs.length) {
    const all: Ranked[] = [];
    for (let index = 0; index < docs.length; index++) {
      if (accept(docs[index]!)) all.push({ index, score: scores[index]! });
    }
    return all.sort((a, b) => (before(a, b) ? -1 : 1));
  }
  const top: Ranked[] = [];
  for (let index = 0; index < docs.length; index++) {
    const score = scores[index]!;
    // Most candidates fall below a full top: tested before making an entry of them.
    if (top.length >= limit && !ranksBefore(score, docs[index]!, top[top.length - 1]!.score, docs[top[top.length - 1]!.index]!)) continue;
    if (!accept(docs[index]!)) continue;
    const entry = { index, score };
    top.splice(insertionPoint(top, entry, before), 0, entry);
    if (top.length > limit) top.pop();
  }
  return top;
}

/** The order of the results: higher score first, ties by lower ordinal. */
function ranksBefore(score: number, doc: number, otherScore: number, otherDoc: number): boolean {
  return score > otherScore || (score === otherScore && doc < otherDoc);
}

function insertionPoint(top: Ranked[], entry: Ranked, before: (a: Ranked, b: Ranked) => boolean): number {
  let low = 0;
  let high = top.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (before(top[middle]!, entry)) low = middle + 1;
    else high = middle;
  }
  return low;
}
