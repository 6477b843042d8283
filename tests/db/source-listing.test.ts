import { describe, expect, it } from 'vitest';
import type { FileRecord, SourceRecord } from '../../lib/db/records';
import { filesBySource, sourcesInAddedOrder } from '../../lib/db/source-listing';

const source = (id: string, name: string, addedAt: number) => ({ id, name, addedAt }) as SourceRecord;
const file = (sourceId: string, path: string) => ({ id: `${sourceId}:${path}`, sourceId, path, hasProblem: 1, checkedAt: 0 }) as FileRecord;

describe('source listing', () => {
  it('lists sources as they were added, by name when added together', () => {
    const sources = [source('c', 'multi.coop', 5), source('b', 'beta.gouv.fr', 1), source('a', 'Alpha', 5)];
    expect(sourcesInAddedOrder(sources).map((each) => each.id)).toEqual(['b', 'a', 'c']);
    expect(sources.map((each) => each.id)).toEqual(['c', 'b', 'a']);
  });

  it('groups files by their source, keeping their order', () => {
    const groups = filesBySource([file('s1', 'b.md'), file('s2', 'x.md'), file('s1', 'a.md')]);
    expect([...groups.keys()]).toEqual(['s1', 's2']);
    expect(groups.get('s1')?.map((each) => each.path)).toEqual(['b.md', 'a.md']);
    expect(groups.get('s2')?.map((each) => each.path)).toEqual(['x.md']);
  });
});
