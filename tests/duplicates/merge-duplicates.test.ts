import { describe, expect, it } from 'vitest';
import { createNoiseJudge, ruleOfReason } from '../../lib/noise/judge-noise';
import { hideRule, organizationRule } from '../../lib/noise/noise-rules';
import { judgeWithGroups, indexGroups, mergeDuplicateHits, oneEntryPerPosting, readDuplicateGroups, savedAcrossGroups, savedMembers } from '../../lib/duplicates/merge-duplicates';
import { announcedPostings, COMPARISONS_KEY, readTextComparisons, refreshDuplicates, DUPLICATES_KEY } from '../../lib/duplicates/duplicates-store';
import { saveFavorite } from '../../lib/favorites/favorites-store';
import { sampleOffer } from '../db/sample-offer';
import { freshDatabase } from '../db/test-database';

const member = (id: string) => ({ id, sourceId: id.split(':')[0]!, title: id });
const groups = indexGroups([[member('a:1'), member('b:1'), member('page:1')], [member('a:2'), member('b:2')]]);

describe('merging duplicates in the popup', () => {
  it('shows each posting once, where its best-ranked member stands', () => {
    const hits = ['x:9', 'b:1', 'a:2', 'a:1', 'b:2', 'page:1'].map((id) => ({ id }));
    expect(mergeDuplicateHits(hits, groups).map((hit) => hit.id)).toEqual(['x:9', 'b:1', 'a:2']);
  });

  it('reads every member of a saved posting as saved, and unsaves every saved member', () => {
    expect([...savedAcrossGroups(['page:1'], groups)].sort()).toEqual(['a:1', 'b:1', 'page:1']);
    expect(savedMembers('a:1', new Set(['page:1', 'b:1', 'x:9']), groups).sort()).toEqual(['b:1', 'page:1']);
    expect(savedMembers('x:9', new Set(['x:9']), groups)).toEqual(['x:9']);
  });

  it('lists a posting saved twice once, the latest change first', () => {
    const favorites = [{ offerId: 'b:1', note: 'latest' }, { offerId: 'x:9', note: '' }, { offerId: 'a:1', note: 'older' }];
    expect(oneEntryPerPosting(favorites, groups)).toEqual([{ offerId: 'b:1', note: 'latest' }, { offerId: 'x:9', note: '' }]);
  });

  it('hides a posting when the seeker hid another copy of it, and only then', () => {
    const judge = judgeWithGroups(createNoiseJudge([hideRule('b:1', 'b:1', 1)]), groups);
    expect(judge({ id: 'a:1', title: 'a' })).toEqual({ kind: 'hidden', copyId: 'b:1' });
    expect(judge({ id: 'page:1', title: 'p' })).toEqual({ kind: 'hidden', copyId: 'b:1' });
    // "Show again" on the copy shown undoes the rule of the copy that was hidden.
    expect(ruleOfReason(judge({ id: 'a:1', title: 'a' })!, 'a:1')).toEqual({ kind: 'hidden', key: hideRule('b:1', 'b:1', 1).key });
    expect(judge({ id: 'a:2', title: 'a' })).toBeUndefined();
    expect(judgeWithGroups(createNoiseJudge([organizationRule('Etalab', 1)!]), groups)({ id: 'a:1', title: 'a', organization: 'DINUM' })).toBeUndefined();
  });

  it('keeps only well-formed groups from storage', () => {
    expect(readDuplicateGroups([[member('a:1'), { id: 1 }], [member('a:2'), member('b:2')], 'x'])).toEqual([[member('a:2'), member('b:2')]]);
  });
});

describe('refreshDuplicates', () => {
  it('groups a page saved while browsing with the offer a source lists at its address, and the same text from two sources', async () => {
    const db = freshDatabase();
    const text = Array.from({ length: 40 }, (_, index) => `phrase${index} de la mission`).join(' ');
    const listed = (id: string, overrides: Parameters<typeof sampleOffer>[0]) => ({ ...sampleOffer({ id, sourceId: id.split(':')[0], ...overrides }), firstSeenAt: 1, updatedAt: 1, listed: 1 as const });
    await db.offers.bulkPut([
      listed('a:dev.md', { url: 'https://example.org/jobs/dev', body: 'Autre texte', organization: 'Etalab' }),
      listed('b:ops.md', { title: 'Ops', body: text, organization: 'DINUM' }),
      listed('c:ops.md', { title: 'Un·e ops', body: `${text} Fin.`, organization: 'dinum' }),
      { ...listed('d:gone.md', { title: 'Ops', body: text, organization: 'DINUM' }), listed: 0 as const },
    ]);
    await saveFavorite(db, 'page:1', 10, sampleOffer({ id: 'page:1', sourceId: 'page', url: 'https://example.org/jobs/dev/', title: 'Dev', body: 'Page' }));
    await refreshDuplicates(db);
    const stored = readDuplicateGroups((await db.settings.get(DUPLICATES_KEY))?.value);
    expect(stored.map((group) => group.map((item) => item.id).sort()).sort()).toEqual([['a:dev.md', 'page:1'], ['b:ops.md', 'c:ops.md']]);
    // What it compared is kept for the next refresh: DINUM's block (b and c, d being gone), one pair the same.
    expect([...readTextComparisons((await db.settings.get(COMPARISONS_KEY))?.value).values()]).toEqual([[['b:ops.md', 'c:ops.md']]]);
  });

  it('keeps only well-formed comparisons from storage: the rest is compared again', () => {
    expect(readTextComparisons([['f1', [['a:1', 'b:1']]], ['f2', []], ['f3', [['a:1']]], [4, []], 'x'])).toEqual(new Map([['f1', [['a:1', 'b:1']]], ['f2', []]]));
    expect(readTextComparisons({ f1: [] }).size).toBe(0);
  });
});

describe('announcedPostings', () => {
  it('finds the pending openings whose job was already announced through another copy', async () => {
    const db = freshDatabase();
    const event = (seq: number, offerId: string, announce: 'announced' | 'pending' | 'skipped') => ({ seq, type: 'opened' as const, sourceId: offerId.split(':')[0]!, offerId, title: offerId, at: seq, syncId: 's', baseline: false, announce, seen: 0 as const });
    await db.events.bulkPut([event(1, 'a:1', 'announced'), event(2, 'a:2', 'skipped'), event(3, 'b:1', 'pending'), event(4, 'b:2', 'pending')]);
    const pending = await db.events.where('announce').equals('pending').toArray();
    expect([...(await announcedPostings(db, pending, groups))]).toEqual(['a:1']);
  });
});
