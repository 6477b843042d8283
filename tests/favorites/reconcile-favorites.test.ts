import { beforeEach, describe, expect, it } from 'vitest';
import type { VigieDatabase } from '../../lib/db';
import { removeFavorite, saveFavorite, setFavoriteNote, setFavoriteStage } from '../../lib/favorites/favorites-store';
import { applySyncedEntries } from '../../lib/favorites/synced-favorites-store';
import { WRITE_CEILINGS } from '../../lib/favorites/next-write-time';
import { TOMBSTONE_LIFETIME_MS } from '../../lib/favorites/plan-favorites-sync';
import { reconcileFavorites, type ReconcileResult } from '../../lib/favorites/reconcile-favorites';
import { savedEntry } from '../../lib/favorites/sync-entry';
import { OTHER_BROWSER_SOURCE_ID } from '../../lib/favorites/label-only-snapshot';
import { sampleOffer } from '../db/sample-offer';
import { freshDatabase } from '../db/test-database';
import { FakeSyncArea } from './fake-sync-area';

const OFFER = sampleOffer({ id: 'src-1a2b:jobs/dev.md', sourceId: 'src-1a2b', path: 'jobs/dev.md', url: 'https://beta.gouv.fr/recrutement/dev' });
const KEY = `fav:${OFFER.id}`;
const T0 = 1_732_000_000_000;

/** One user's two browsers, sharing one account's storage.sync. */
let here: VigieDatabase;
let there: VigieDatabase;
let area: FakeSyncArea;
let clock: number;

async function reconcile(db: VigieDatabase, options: { recentWrites?: number[]; area?: FakeSyncArea | undefined } = {}): Promise<ReconcileResult> {
  clock += 1000;
  return reconcileFavorites({ db, area: 'area' in options ? options.area : area, recentWrites: options.recentWrites ?? [], now: clock });
}

async function saveWithStory(db: VigieDatabase): Promise<void> {
  await db.offers.put({ ...OFFER, firstSeenAt: T0, updatedAt: T0, listed: 1 });
  await saveFavorite(db, OFFER.id, T0);
  await setFavoriteNote(db, OFFER.id, 'Relancer Anne lundi — « urgent »', T0 + 10);
  await setFavoriteStage(db, OFFER.id, 'applied', T0 + 20);
}

beforeEach(() => {
  here = freshDatabase();
  there = freshDatabase();
  area = new FakeSyncArea();
  clock = T0 + 1_000_000;
});

describe('reconcileFavorites', () => {
  it('sends a favorite saved here, with its note and dated stage, in one write', async () => {
    await saveWithStory(here);
    const result = await reconcile(here);
    expect(area.writes).toBe(1);
    expect(area.items[KEY]).toMatchObject({ t: OFFER.title, s: 'applied', n: 'Relancer Anne lundi — « urgent »', h: [[0, T0], [1, T0 + 20]], m: T0 + 20 });
    expect(result.status).toMatchObject({ synced: 1, leftOut: 0, cutNotes: 0 });
    expect(result.status.problem).toBeUndefined();
    expect(result.recentWrites).toEqual([clock]);
  });

  it('brings it to a browser that does not know the offer, as a small snapshot marked as from another browser', async () => {
    await saveWithStory(here);
    await reconcile(here);
    const result = await reconcile(there);
    expect(result.localChanged).toBe(true);
    const favorite = await there.favorites.get(OFFER.id);
    expect(favorite).toMatchObject({ note: 'Relancer Anne lundi — « urgent »', stage: 'applied', stageHistory: [{ stage: 'saved', at: T0 }, { stage: 'applied', at: T0 + 20 }], savedAt: T0, updatedAt: T0 + 20 });
    expect(favorite?.snapshot).toMatchObject({ id: OFFER.id, sourceId: OTHER_BROWSER_SOURCE_ID, title: OFFER.title, organization: OFFER.organization, url: OFFER.url });
  });

  it('gives it the offer\'s own snapshot where a followed source knows the offer, at once or later', async () => {
    await saveWithStory(here);
    await reconcile(here);
    const known = freshDatabase();
    await known.offers.put({ ...OFFER, firstSeenAt: T0, updatedAt: T0, listed: 1 });
    await reconcile(known);
    expect((await known.favorites.get(OFFER.id))?.snapshot).toEqual(OFFER);

    await reconcile(there);
    await there.offers.put({ ...OFFER, firstSeenAt: T0, updatedAt: T0, listed: 1 });
    expect((await reconcile(there)).localChanged).toBe(true);
    expect((await there.favorites.get(OFFER.id))?.snapshot).toEqual(OFFER);
  });

  it('carries an unsave made in the other browser back here', async () => {
    await saveWithStory(here);
    await reconcile(here);
    await reconcile(there);
    await removeFavorite(there, OFFER.id, T0 + 500);
    await reconcile(there);
    expect(area.items[KEY]).toEqual({ x: T0 + 500 });
    await reconcile(here);
    expect(await here.favorites.get(OFFER.id)).toBeUndefined();
    expect(await here.favoriteTombstones.get(OFFER.id)).toEqual({ offerId: OFFER.id, removedAt: T0 + 500 });
  });

  it('forgets an unsave after 30 days, here and in storage.sync', async () => {
    await saveWithStory(here);
    await removeFavorite(here, OFFER.id, T0 + 100);
    await reconcile(here);
    expect(area.items[KEY]).toEqual({ x: T0 + 100 });
    clock = T0 + 100 + TOMBSTONE_LIFETIME_MS;
    await reconcile(here);
    expect(await here.favoriteTombstones.count()).toBe(0);
    expect(area.items).toEqual({});
  });

  it('writes nothing more once both browsers agree, though Chrome gives values back with sorted keys', async () => {
    await saveWithStory(here);
    await reconcile(here);
    await reconcile(there);
    const writes = area.writes;
    for (const db of [here, there, here]) expect((await reconcile(db)).localChanged).toBe(false);
    expect(area.writes).toBe(writes);
  });

  it('never loses a favorite, a note or a remote change when storage.sync refuses writes', async () => {
    await saveWithStory(there);
    await reconcile(there);
    await saveWithStory(here);
    await setFavoriteNote(here, OFFER.id, 'Écrit ici, plus tard', T0 + 30);
    area.failWith = new Error('QUOTA_BYTES quota exceeded');
    const refused = await reconcile(here);
    expect(refused.status).toMatchObject({ problem: 'quota', detail: 'QUOTA_BYTES quota exceeded' });
    expect(await here.favorites.get(OFFER.id)).toMatchObject({ note: 'Écrit ici, plus tard', stage: 'applied' });

    area.failWith = undefined;
    const accepted = await reconcile(here);
    expect(accepted.status.problem).toBeUndefined();
    expect(area.items[KEY]).toMatchObject({ n: 'Écrit ici, plus tard', m: T0 + 30 });
  });

  it('still takes in the other browser\'s changes when writing fails', async () => {
    await saveWithStory(there);
    await reconcile(there);
    area.failWith = new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded');
    await saveFavorite(here, 'page:0af35c21d9e2b7', T0, sampleOffer({ id: 'page:0af35c21d9e2b7', sourceId: 'page' }));
    const result = await reconcile(here);
    expect(result.status.problem).toBe('rate');
    expect(result.retryAt).toBe(clock + 60_000);
    expect(await here.favorites.get(OFFER.id)).toMatchObject({ note: 'Relancer Anne lundi — « urgent »' });
    expect(await here.favorites.get('page:0af35c21d9e2b7')).toBeDefined();
  });

  it('keeps everything here when storage.sync cannot be read, or does not exist', async () => {
    await saveWithStory(here);
    area.get = async () => {
      throw new Error('Please set webextensions.storage.sync.enabled to true in about:config');
    };
    expect((await reconcile(here)).status).toMatchObject({ problem: 'unavailable' });
    expect((await reconcile(here, { area: undefined })).status).toMatchObject({ problem: 'unavailable' });
    expect(await here.favorites.get(OFFER.id)).toMatchObject({ note: 'Relancer Anne lundi — « urgent »', stage: 'applied' });
  });

  it('holds writes back at the write limits, and says when to try again', async () => {
    await saveWithStory(here);
    const recentWrites = Array.from({ length: WRITE_CEILINGS.perMinute }, () => clock);
    const result = await reconcile(here, { recentWrites });
    expect(area.writes).toBe(0);
    expect(result.status.problem).toBe('rate');
    expect(result.retryAt).toBe(clock - 1000 + 60_000);
  });

  it('keeps the whole of a note that reached the other browser cut, and lets an edit there replace it', async () => {
    const long = '面接の準備をする。'.repeat(555);
    await saveWithStory(here);
    await setFavoriteNote(here, OFFER.id, long, T0 + 30);
    expect((await reconcile(here)).status.cutNotes).toBe(1);
    await reconcile(there);
    const cut = await there.favorites.get(OFFER.id);
    expect(cut?.noteTruncated).toBe(true);
    expect(long.startsWith(cut!.note) && cut!.note.length < long.length).toBe(true);

    await setFavoriteStage(there, OFFER.id, 'interview', T0 + 40);
    await reconcile(there);
    await reconcile(here);
    expect(await here.favorites.get(OFFER.id)).toMatchObject({ note: long, stage: 'interview', updatedAt: T0 + 40 });

    await setFavoriteNote(there, OFFER.id, 'Réécrite là-bas', T0 + 50);
    expect((await there.favorites.get(OFFER.id))?.noteTruncated).toBeUndefined();
    await reconcile(there);
    await reconcile(here);
    expect(await here.favorites.get(OFFER.id)).toMatchObject({ note: 'Réécrite là-bas' });
  });
});

describe('applySyncedEntries', () => {
  it('keeps a stage set here after storage.sync was read', async () => {
    await saveWithStory(here);
    // What storage.sync held when read: this favorite before its stage changed here.
    const read = savedEntry({ offerId: OFFER.id, label: { title: OFFER.title }, stage: 'saved', stageHistory: [{ stage: 'saved', at: T0 }], note: 'lu avant', noteTruncated: false, savedAt: T0, updatedAt: T0 + 10 });
    expect(await applySyncedEntries(here, [read])).toBe(false);
    expect(await here.favorites.get(OFFER.id)).toMatchObject({ note: 'Relancer Anne lundi — « urgent »', stage: 'applied', updatedAt: T0 + 20 });
  });
});
