import { Dexie } from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { countUnseenOpenings, pendingOpenings } from '../../lib/notify/announcements-store';
import { readHistory } from './read-history';
import { SCHEMA_V1, SCHEMA_V3, SCHEMA_V5, SEARCH_MATCH_CURSOR } from '../../lib/db/schema';
import { freshDatabase } from './test-database';
import { sampleOffer } from './sample-offer';

/** A database as version 1 of Vigie left it, filled with a user's data. */
async function createVersion1(name: string): Promise<void> {
  const v1 = new Dexie(name, { indexedDB, IDBKeyRange });
  v1.version(1).stores(SCHEMA_V1);
  await v1.table('sources').put({
    id: 'src-1', key: 'github:x', url: 'https://github.com/o/r/tree/main/jobs', name: 'Mes offres', paused: true, archive: false, addedAt: 1,
    location: { kind: 'github', apiBase: 'https://api.github.com', owner: 'o', repo: 'r', ref: 'main', path: 'jobs' },
    sync: { status: 'ok', lastSuccessAt: 5, listingEtag: '"e"', count: 1, openCount: 1, problemCount: 1 },
  });
  await v1.table('offers').put({ ...sampleOffer({ id: 'src-1:a.md', sourceId: 'src-1' }), firstSeenAt: 1, updatedAt: 2, listed: 1 });
  await v1.table('files').bulkPut([
    { id: 'src-1:a.md', sourceId: 'src-1', path: 'a.md', version: 'sha-a', checkedAt: 3 },
    { id: 'src-1:b.md', sourceId: 'src-1', path: 'b.md', version: 'sha-b', checkedAt: 3, problem: { kind: 'posting', reason: 'empty', message: 'b.md: empty' } },
  ]);
  await v1.table('favorites').put({
    offerId: 'src-1:a.md', snapshot: sampleOffer({ id: 'src-1:a.md' }), note: 'Appeler Léa', stage: 'interview',
    stageHistory: [{ stage: 'saved', at: 1 }, { stage: 'applied', at: 2 }, { stage: 'interview', at: 3 }], savedAt: 1, updatedAt: 3,
  });
  await v1.table('events').bulkAdd([
    { type: 'added', sourceId: 'src-1', offerId: 'src-1:a.md', title: 'A', at: 1, syncId: 's1', baseline: false },
    { type: 'opened', sourceId: 'src-1', offerId: 'src-1:a.md', title: 'A', at: 1, syncId: 's1', baseline: false },
  ]);
  await v1.table('settings').bulkPut([{ key: 'mySkills', value: ['Python'] }, { key: 'syncPeriodMinutes', value: 60 }]);
  await v1.table('hosts').put({ host: 'api.github.com', rateLimitedUntil: 99 });
  v1.close();
}

describe('schema migrations', () => {
  it('upgrades version 1 to the current version with nothing lost', async () => {
    const name = `migration-${Math.random()}`;
    await createVersion1(name);
    const db = freshDatabase(name);
    expect(db.verno).toBe(7);
    expect(await db.sources.get('src-1')).toMatchObject({ name: 'Mes offres', paused: true, sync: { listingEtag: '"e"' } });
    expect(await db.offers.get('src-1:a.md')).toMatchObject({ title: sampleOffer().title, listed: 1 });
    expect(await db.favorites.get('src-1:a.md')).toMatchObject({ note: 'Appeler Léa', stage: 'interview', stageHistory: [{ stage: 'saved', at: 1 }, { stage: 'applied', at: 2 }, { stage: 'interview', at: 3 }] });
    // Version 7 adds where matching against saved searches starts.
    expect((await db.settings.toArray()).map((row) => row.key).sort()).toEqual(['mySkills', SEARCH_MATCH_CURSOR, 'syncPeriodMinutes']);
    expect(await db.hosts.get('api.github.com')).toMatchObject({ rateLimitedUntil: 99 });
    expect((await db.files.where('hasProblem').equals(1).toArray()).map((file) => file.path)).toEqual(['b.md']);
    expect(await db.events.count()).toBe(2);
    // Openings from before notifications existed are neither announced nor counted on the badge.
    expect(await pendingOpenings(db)).toEqual([]);
    expect(await countUnseenOpenings(db)).toBe(0);
    expect(await db.board.count()).toBe(0);
    // Version 3: no unsave was recorded before, so none is sent to the other browsers.
    expect(await db.favoriteTombstones.count()).toBe(0);
  });

  it('sorts the skills of offers and saved snapshots stored by version 3 into skills, domains and qualities', async () => {
    const name = `migration-${Math.random()}`;
    const v3 = new Dexie(name, { indexedDB, IDBKeyRange });
    v3.version(3).stores(SCHEMA_V3);
    const { domains: _domains, softSkills: _softSkills, ...before } = sampleOffer({ id: 'src-1:a.md', skills: ['Python', 'Logement', 'Autonomie', 'Django', 'Anglais', 'Odoo'] });
    await v3.table('offers').put({ ...before, firstSeenAt: 1, updatedAt: 2, listed: 1 });
    await v3.table('favorites').put({ offerId: 'src-1:a.md', snapshot: before, note: '', stage: 'saved', stageHistory: [], savedAt: 1, updatedAt: 1 });
    await v3.table('board').put({ id: 'current', index: {}, summaries: [], lastEventSeq: 0, updatedAt: 1 });
    v3.close();

    const db = freshDatabase(name);
    const sorted = { skills: ['Python', 'Django', 'Odoo'], domains: ['Logement'], softSkills: ['Autonomie', 'Anglais'] };
    expect(await db.offers.get('src-1:a.md')).toMatchObject(sorted);
    expect((await db.favorites.get('src-1:a.md'))?.snapshot).toMatchObject(sorted);
    // The board's summaries held the old skills: the worker builds it anew.
    expect(await db.board.count()).toBe(0);
  });

  it('opens a version 4 database with an empty history, and records the versions seen from then on', async () => {
    const name = `migration-${Math.random()}`;
    const v4 = new Dexie(name, { indexedDB, IDBKeyRange });
    v4.version(4).stores(SCHEMA_V3);
    await v4.table('offers').put({ ...sampleOffer({ id: 'src-1:a.md' }), firstSeenAt: 1, updatedAt: 2, listed: 1 });
    await v4.table('favorites').put({ offerId: 'src-1:a.md', snapshot: sampleOffer({ id: 'src-1:a.md' }), note: 'Relancer', stage: 'applied', stageHistory: [], savedAt: 1, updatedAt: 1 });
    await v4.table('events').add({ type: 'opened', sourceId: 'src-1', offerId: 'src-1:a.md', title: 'A', at: 1, syncId: 's1', baseline: false, announce: 'pending', seen: 0 });
    v4.close();

    const db = freshDatabase(name);
    expect(db.verno).toBe(7);
    expect(await db.favorites.get('src-1:a.md')).toMatchObject({ note: 'Relancer', stage: 'applied' });
    expect(await pendingOpenings(db)).toHaveLength(1);
    expect(await readHistory(db, 'src-1:a.md')).toEqual([]);
    await db.versions.add({ offerId: 'src-1:a.md', sourceId: 'src-1', seenAt: 5, changes: [{ field: 'title', before: 'A', after: 'B' }], body: { added: [], removed: [] } });
    expect(await readHistory(db, 'src-1:a.md')).toMatchObject([{ seenAt: 5 }]);
  });

  it('dates the stage of favorites stored by version 5 without a history: saved at savedAt, the stage at updatedAt; complete histories unchanged', async () => {
    const name = `migration-${Math.random()}`;
    const v5 = new Dexie(name, { indexedDB, IDBKeyRange });
    v5.version(5).stores(SCHEMA_V5);
    const snapshot = sampleOffer({ id: 'src-1:a.md' });
    const favorite = (offerId: string, stage: string, stageHistory: unknown[]) => ({ offerId, snapshot: { ...snapshot, id: offerId }, note: '', stage, stageHistory, savedAt: 1_000, updatedAt: 5_000 });
    await v5.table('favorites').bulkPut([
      favorite('src-1:applied.md', 'applied', []),
      favorite('src-1:saved.md', 'saved', []),
      favorite('src-1:short.md', 'interview', [{ stage: 'saved', at: 1_000 }, { stage: 'applied', at: 2_000 }]),
      favorite('src-1:whole.md', 'applied', [{ stage: 'saved', at: 1_000 }, { stage: 'applied', at: 3_000, on: 500 }]),
    ]);
    v5.close();

    const db = freshDatabase(name);
    const histories = Object.fromEntries((await db.favorites.toArray()).map((stored) => [stored.offerId, stored.stageHistory]));
    expect(histories).toEqual({
      'src-1:applied.md': [{ stage: 'saved', at: 1_000 }, { stage: 'applied', at: 5_000 }],
      'src-1:saved.md': [{ stage: 'saved', at: 1_000 }],
      'src-1:short.md': [{ stage: 'saved', at: 1_000 }, { stage: 'applied', at: 2_000 }, { stage: 'interview', at: 5_000 }],
      'src-1:whole.md': [{ stage: 'saved', at: 1_000 }, { stage: 'applied', at: 3_000, on: 500 }],
    });
  });

  it('adds saved searches to a version 6 database: nothing lost, and openings from before are never matched against them', async () => {
    const name = `migration-${Math.random()}`;
    const v6 = new Dexie(name, { indexedDB, IDBKeyRange });
    v6.version(6).stores(SCHEMA_V5);
    const opening = { type: 'opened', sourceId: 'src-1', offerId: 'src-1:a.md', title: 'A', at: 1, syncId: 's1', baseline: false, announce: 'announced', seen: 0 };
    await v6.table('events').bulkAdd([opening, { ...opening, type: 'updated', announce: 'none' }, { ...opening, offerId: 'src-1:b.md', announce: 'pending' }]);
    await v6.table('settings').put({ key: 'mySkills', value: ['Python'] });
    v6.close();

    const db = freshDatabase(name);
    expect(db.verno).toBe(7);
    expect(await db.events.count()).toBe(3);
    expect((await pendingOpenings(db)).map((event) => event.offerId)).toEqual(['src-1:b.md']);
    expect(await db.settings.get('mySkills')).toEqual({ key: 'mySkills', value: ['Python'] });
    expect(await db.settings.get(SEARCH_MATCH_CURSOR)).toEqual({ key: SEARCH_MATCH_CURSOR, value: 3 });
    expect(await db.savedSearches.count()).toBe(0);
    expect(await db.searchMatches.count()).toBe(0);
  });
});
