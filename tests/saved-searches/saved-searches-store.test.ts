import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../../lib/board/board-filters';
import { createSavedSearch, countNewMatches, listSavedSearches, removeSavedSearch, renameSavedSearch, setSavedSearchMuted } from '../../lib/saved-searches/saved-searches-store';
import { narrowingFilterCount, sanitizeSearchDraft, SAVED_SEARCH_LIMITS } from '../../lib/saved-searches/saved-search';
import { freshDatabase } from '../db/test-database';

const draft = (name: string) => ({ name, query: 'python', filters: DEFAULT_FILTERS });

describe('saved searches store', () => {
  it('saves, renames, mutes and removes a search with its matches', async () => {
    const db = freshDatabase();
    const saved = (await createSavedSearch(db, draft('Dev Python'), 5))!;
    expect(saved).toMatchObject({ name: 'Dev Python', query: 'python', muted: false, createdAt: 5 });
    expect(await renameSavedSearch(db, saved.id, '  Python   à Lyon ')).toBe(true);
    expect(await renameSavedSearch(db, saved.id, '   ')).toBe(false);
    expect(await setSavedSearchMuted(db, saved.id, true)).toBe(true);
    expect(await db.savedSearches.get(saved.id)).toMatchObject({ name: 'Python à Lyon', muted: true });
    await db.searchMatches.add({ searchId: saved.id, offerId: 's:a', eventSeq: 1, at: 1 });
    expect(await removeSavedSearch(db, saved.id)).toBe(true);
    expect(await db.savedSearches.count()).toBe(0);
    expect(await db.searchMatches.count()).toBe(0);
    expect(await renameSavedSearch(db, saved.id, 'x')).toBe(false);
  });

  it('keeps at most the allowed number of searches', async () => {
    const db = freshDatabase();
    for (let n = 0; n < SAVED_SEARCH_LIMITS.searches; n++) expect(await createSavedSearch(db, draft(`S${n}`), n)).toBeDefined();
    expect(await createSavedSearch(db, draft('one too many'))).toBeUndefined();
  });

  it('lists each search with its new matches, and counts them once for the badge, muted searches aside', async () => {
    const db = freshDatabase();
    const first = (await createSavedSearch(db, draft('A'), 1))!;
    const second = (await createSavedSearch(db, draft('B'), 2))!;
    const muted = (await createSavedSearch(db, draft('C'), 3))!;
    await setSavedSearchMuted(db, muted.id, true);
    await db.searchMatches.bulkAdd([
      { searchId: first.id, offerId: 'x', eventSeq: 1, at: 1 },
      { searchId: first.id, offerId: 'seen', eventSeq: 2, at: 1 },
      { searchId: second.id, offerId: 'x', eventSeq: 1, at: 1 },
      { searchId: second.id, offerId: 'y', eventSeq: 3, at: 1 },
      { searchId: muted.id, offerId: 'z', eventSeq: 4, at: 1 },
    ]);
    const fresh = new Set(['x', 'y', 'z']);
    const views = await listSavedSearches(db, fresh);
    expect(views.map((view) => [view.name, view.newOfferIds.sort()])).toEqual([['A', ['x']], ['B', ['x', 'y']], ['C', ['z']]]);
    expect(await countNewMatches(db, fresh)).toBe(2);
  });
});

describe('sanitizeSearchDraft', () => {
  it('keeps a named draft, its query trimmed and bounded, its filters sanitized', () => {
    expect(sanitizeSearchDraft({ name: ' Dev\n Lyon ', query: ' python ', filters: { contract: 'CDI', sort: 'nope' } })).toEqual({
      name: 'Dev Lyon', query: 'python', filters: { ...DEFAULT_FILTERS, contract: 'CDI' },
    });
    expect(sanitizeSearchDraft({ name: 'x', query: 'a'.repeat(1000) })?.query).toHaveLength(SAVED_SEARCH_LIMITS.query);
  });

  it('refuses a draft without a name', () => {
    expect(sanitizeSearchDraft({ name: '  ', query: 'python' })).toBeUndefined();
    expect(sanitizeSearchDraft('python')).toBeUndefined();
  });
});

describe('narrowingFilterCount', () => {
  it('counts the filters that differ from the defaults, the order of results aside', () => {
    expect(narrowingFilterCount(DEFAULT_FILTERS)).toBe(0);
    expect(narrowingFilterCount({ ...DEFAULT_FILTERS, sort: 'date' })).toBe(0);
    expect(narrowingFilterCount({ ...DEFAULT_FILTERS, openOnly: false, contract: 'CDI', location: 'Lyon' })).toBe(3);
  });
});
