import { describe, expect, it } from 'vitest';
import { trimHistory, versionBytes } from '../../lib/history/history-budget';
import type { PostingVersion } from '../../lib/history/types';

const version = (seq: number, paragraph = ''): PostingVersion => ({
  seq, offerId: 's:a.md', sourceId: 's', seenAt: seq * 1000, changes: [{ field: 'title', before: `T${seq - 1}`, after: `T${seq}` }],
  body: { removed: [], added: paragraph ? [paragraph] : [] },
});

describe('trimHistory', () => {
  it('keeps a short history whole', () => {
    expect(trimHistory([version(1), version(2)])).toEqual({ drop: [] });
  });

  it('drops the oldest versions beyond the count, whatever order they come in', () => {
    const versions = Array.from({ length: 13 }, (_, index) => version(13 - index));
    expect(trimHistory(versions, { versions: 10, bytes: 1e9 }).drop.map((kept) => kept.seq)).toEqual([1, 2, 3]);
  });

  it('drops the oldest versions beyond the bytes', () => {
    const versions = [1, 2, 3, 4].map((seq) => version(seq, 'x'.repeat(300)));
    const size = versionBytes(versions[0]!);
    expect(trimHistory(versions, { versions: 10, bytes: size * 2 + 1 }).drop.map((kept) => kept.seq)).toEqual([1, 2]);
  });

  it('keeps the newest version even alone over the budget, without its paragraphs', () => {
    const trim = trimHistory([version(1), version(2, 'é'.repeat(3000))], { versions: 10, bytes: 2000 });
    expect(trim.shrink).toMatchObject({ seq: 2, changes: [{ field: 'title', after: 'T2' }], body: { added: [], removed: [] } });
    expect(trim.drop).toEqual([]);
  });

  it('counts bytes in UTF-8', () => {
    expect(versionBytes(version(1, 'é'.repeat(100))) - versionBytes(version(1, 'e'.repeat(100)))).toBe(100);
  });
});
