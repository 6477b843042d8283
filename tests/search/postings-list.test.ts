import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PostingsList } from '../../lib/search/postings-list';

function listOf(postings: Array<[number, number]>, withMasks: boolean): PostingsList {
  const list = new PostingsList(withMasks);
  for (const [doc, mask] of postings) list.push(doc, mask);
  return list;
}

const identity = (size: number) => Int32Array.from({ length: size }, (_, i) => i);

describe('PostingsList', () => {
  it('round-trips through text, with and without masks, whatever the gaps', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 40_000 }), { maxLength: 200 }),
        fc.boolean(),
        (docs, withMasks) => {
          const sorted = [...docs].sort((a, b) => a - b);
          const postings = sorted.map((doc): [number, number] => [doc, withMasks ? doc % 64 : 0]);
          const text = listOf(postings, withMasks).encode(identity((sorted.at(-1) ?? 0) + 1));
          expect(text).toMatch(/^[\w-]*$/);
          const decoded = PostingsList.decode(text, withMasks);
          expect([...decoded.docs.subarray(0, decoded.length)]).toEqual(sorted);
          if (withMasks) expect([...decoded.masks!.subarray(0, decoded.length)]).toEqual(sorted.map((doc) => doc % 64));
        },
      ),
    );
  });

  it('writes a gap of millions in a few characters', () => {
    const renumber = identity(3_000_001);
    const decoded = PostingsList.decode(listOf([[3, 0], [3_000_000, 0]], false).encode(renumber), false);
    expect([...decoded.docs.subarray(0, decoded.length)]).toEqual([3, 3_000_000]);
  });

  it('renumbers offers and leaves removed ones out', () => {
    const list = listOf([[0, 1], [2, 2], [5, 4]], true);
    const renumber = Int32Array.from([0, -1, -1, -1, -1, 1]);
    const decoded = PostingsList.decode(list.encode(renumber), true);
    expect([...decoded.docs.subarray(0, decoded.length)]).toEqual([0, 1]);
    expect([...decoded.masks!.subarray(0, decoded.length)]).toEqual([1, 4]);
  });
});
