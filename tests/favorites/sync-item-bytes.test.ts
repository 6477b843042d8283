import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syncItemBytes, utf8Length } from '../../lib/favorites/sync-item-bytes';

describe('syncItemBytes: what an item costs against the quotas, as Chrome counts it', () => {
  it.each([
    ['ASCII', 'k', 'abc', 1 + 5],
    ['accents take two bytes in UTF-8', 'k', 'é', 1 + 4],
    ['CJK takes three', 'k', '職', 1 + 5],
    ['an emoji (a surrogate pair) takes four', 'k', '📌', 1 + 6],
    ['a key is counted in UTF-8 too', 'clé', 1, 4 + 1],
    ['`<` is written \\u003C by Chrome', 'k', '<', 1 + 8],
    ['U+2028 is written \\u2028 by Chrome', 'k', '\u2028', 1 + 8],
    ['a quote is escaped by both', 'k', '"', 1 + 4],
    ['a 32-bit integer is written as is', 'k', 2_147_483_647, 1 + 10],
    ['a millisecond timestamp is a double, written with ".0"', 'k', 1_732_435_200_123, 1 + 13 + 2],
    ['nested values are counted whole', 'k', { t: 'a<b', h: [[1, 1_732_435_200_123]] }, 1 + '{"t":"a\\u003Cb","h":[[1,1732435200123.0]]}'.length],
  ])('%s', (_label, key, value, expected) => {
    expect(syncItemBytes(key, value)).toBe(expected);
  });

  it('never counts less than key + JSON.stringify in UTF-8 (what Firefox counts)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.jsonValue(), (key, value) => {
        expect(syncItemBytes(key, value)).toBeGreaterThanOrEqual(Buffer.byteLength(key) + Buffer.byteLength(JSON.stringify(value)));
      }),
    );
  });

  it('counts UTF-8 as Node does for well-formed text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(utf8Length(text)).toBe(Buffer.byteLength(text));
      }),
    );
  });
});
