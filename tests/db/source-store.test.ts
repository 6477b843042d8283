import { describe, expect, it } from 'vitest';
import { addSource, installDefaultSources, removeSource, renameSource, setSourcePaused } from '../../lib/db';
import { saveFavorite } from '../../lib/favorites/favorites-store';
import { DEFAULT_SOURCES } from '../../lib/sources/default-sources';
import { freshDatabase } from './test-database';
import { sampleOffer } from './sample-offer';

describe('source store', () => {
  it('adds a source once, whatever form of its URL is pasted', async () => {
    const db = freshDatabase();
    const first = await addSource(db, 'https://github.com/o/r/tree/main/jobs');
    const again = await addSource(db, 'https://api.github.com/repos/o/r/contents/jobs?ref=main');
    expect(first.ok).toBe(true);
    expect(again).toMatchObject({ ok: false, error: 'duplicate' });
    expect(await db.sources.count()).toBe(1);
  });

  it('refuses what it cannot read, with the reason', async () => {
    const db = freshDatabase();
    expect(await addSource(db, 'https://example.org/')).toEqual({ ok: false, error: 'unsupported' });
    expect(await db.sources.count()).toBe(0);
  });

  it('renames with a cleaned name and refuses an empty one', async () => {
    const db = freshDatabase();
    const added = await addSource(db, 'https://github.com/o/r/tree/main/jobs');
    if (!added.ok) throw new Error('not added');
    expect(await renameSource(db, added.source.id, '  Mes   offres ')).toBe(true);
    expect(await renameSource(db, added.source.id, '   ')).toBe(false);
    expect((await db.sources.get(added.source.id))?.name).toBe('Mes offres');
    await setSourcePaused(db, added.source.id, true);
    expect((await db.sources.get(added.source.id))?.paused).toBe(true);
  });

  it('removing a source keeps the saved offers that came from it', async () => {
    const db = freshDatabase();
    const added = await addSource(db, 'https://github.com/o/r/tree/main/jobs');
    if (!added.ok) throw new Error('not added');
    const offer = sampleOffer({ id: `${added.source.id}:a.md`, sourceId: added.source.id });
    await db.offers.put({ ...offer, firstSeenAt: 1, updatedAt: 1, listed: 1 });
    await saveFavorite(db, offer.id);
    await removeSource(db, added.source.id);
    expect(await db.offers.count()).toBe(0);
    expect((await db.favorites.get(offer.id))?.snapshot.title).toBe(offer.title);
  });

  it('installs the embedded sources once, and not again after the user removed them', async () => {
    const db = freshDatabase();
    await installDefaultSources(db);
    expect((await db.sources.toArray()).map((source) => source.url).sort()).toEqual(DEFAULT_SOURCES.map((source) => source.url).sort());
    expect((await db.sources.toArray()).find((source) => source.url.includes('beta.gouv.fr'))?.archive).toBe(true);
    for (const source of await db.sources.toArray()) await removeSource(db, source.id);
    await installDefaultSources(db);
    expect(await db.sources.count()).toBe(0);
  });

  it('returns the sources it added, for the install sync to cover them only: never a folder the user added first', async () => {
    const db = freshDatabase();
    const [first, ...others] = DEFAULT_SOURCES;
    const own = await addSource(db, 'https://github.com/o/r/tree/main/jobs');
    const alreadyFollowed = await addSource(db, first!.url);
    if (!own.ok || !alreadyFollowed.ok) throw new Error('the user’s folders were not added');
    const installed = await installDefaultSources(db);
    expect(installed.map((source) => source.url).sort()).toEqual(others.map((source) => source.url).sort());
    expect(installed.map((source) => source.id)).not.toContain(own.source.id);
    expect(installed.map((source) => source.id)).not.toContain(alreadyFollowed.source.id);
    expect(await installDefaultSources(db)).toEqual([]);
  });
});
