import { describe, expect, it } from 'vitest';
import {
  addSource,
  exportUserData,
  importUserData,
  installDefaultSources,
  readSettings,
  removeSource,
  updateSettings,
} from '../../lib/db';
import { removeFavorite, saveFavorite, setFavoriteContact, setFavoriteNote, setFavoriteStage, setFavoriteStepDate } from '../../lib/favorites/favorites-store';
import { DEFAULT_SOURCES } from '../../lib/sources/default-sources';
import { freshDatabase } from './test-database';
import { sampleOffer } from './sample-offer';

/** Imports an export holding only saved postings, each a web developer's posting at `stage` with the snapshot fields given. */
function importFavorites(db: ReturnType<typeof freshDatabase>, stage: string, snapshots: Record<string, Record<string, unknown>>) {
  const favorites = Object.entries(snapshots).map(([id, snapshot]) => ({ offerId: id, stage, snapshot: { id, title: 'Développeuse web', ...snapshot } }));
  return importUserData(db, { format: 'vigie-user-data', sources: [], settings: {}, favorites });
}

async function withSavedOffer() {
  const db = freshDatabase();
  const offer = sampleOffer();
  await db.offers.put({ ...offer, firstSeenAt: 1, updatedAt: 1, listed: 1 });
  await saveFavorite(db, offer.id, 1000);
  return { db, offer };
}

describe('favorites', () => {
  it('keeps a note and the date of each stage', async () => {
    const { db, offer } = await withSavedOffer();
    await setFavoriteNote(db, offer.id, 'Relancer lundi', 2000);
    await setFavoriteStage(db, offer.id, 'applied', 3000);
    await setFavoriteStage(db, offer.id, 'interview', 4000);
    const favorite = await db.favorites.get(offer.id);
    expect(favorite?.note).toBe('Relancer lundi');
    expect(favorite?.stage).toBe('interview');
    expect(favorite?.stageHistory).toEqual([
      { stage: 'saved', at: 1000 },
      { stage: 'applied', at: 3000 },
      { stage: 'interview', at: 4000 },
    ]);
  });

  it('remembers an unsave for the other browsers, and forgets it when the offer is saved again', async () => {
    const { db, offer } = await withSavedOffer();
    await removeFavorite(db, offer.id, 2000);
    expect(await db.favorites.get(offer.id)).toBeUndefined();
    expect(await db.favoriteTombstones.get(offer.id)).toEqual({ offerId: offer.id, removedAt: 2000 });
    await saveFavorite(db, offer.id, 3000);
    expect(await db.favoriteTombstones.count()).toBe(0);
    // Unsaving what is not saved is no change to tell anyone about.
    await removeFavorite(db, 'src:never-saved.md', 4000);
    expect(await db.favoriteTombstones.count()).toBe(0);
  });

  it('keeps the contact written on the card, trimmed; an empty one is none, kept as cleared once one was given', async () => {
    const { db, offer } = await withSavedOffer();
    expect(await setFavoriteContact(db, offer.id, '  Léa Martin, rh@anct.fr ', 2000)).toBe(true);
    expect(await db.favorites.get(offer.id)).toMatchObject({ contact: 'Léa Martin, rh@anct.fr', updatedAt: 2000 });
    await setFavoriteContact(db, offer.id, ' ', 3000);
    expect((await db.favorites.get(offer.id))?.contact).toBe('');
    const { db: otherDb, offer: other } = await withSavedOffer();
    await setFavoriteContact(otherDb, other.id, ' ', 3000);
    expect((await otherDb.favorites.get(other.id))?.contact).toBeUndefined();
    expect(await setFavoriteContact(db, 'src:never-saved.md', 'x')).toBe(false);
  });

  it('dates a step as the seeker tells it (applied before saving here), the order of the steps unchanged', async () => {
    const { db, offer } = await withSavedOffer();
    await setFavoriteStage(db, offer.id, 'applied', 3000);
    expect(await setFavoriteStepDate(db, offer.id, 3000, 500, 4000)).toBe(true);
    expect(await db.favorites.get(offer.id)).toMatchObject({ stage: 'applied', updatedAt: 4000, stageHistory: [{ stage: 'saved', at: 1000 }, { stage: 'applied', at: 3000, on: 500 }] });
    expect(await setFavoriteStepDate(db, offer.id, 3001, 500, 4000)).toBe(false);
  });

  it('saving twice keeps the first save', async () => {
    const { db, offer } = await withSavedOffer();
    await setFavoriteNote(db, offer.id, 'note');
    await saveFavorite(db, offer.id, 9999);
    expect((await db.favorites.get(offer.id))?.note).toBe('note');
  });
});

describe('export and import of user data', () => {
  it('restores sources, settings, skills, favorites, notes and stages on a fresh profile', async () => {
    const { db, offer } = await withSavedOffer();
    await addSource(db, 'https://github.com/o/r/tree/main/jobs', { name: 'Mes offres' });
    await updateSettings(db, { mySkills: ['Python', 'RGAA'], syncPeriodMinutes: 60 });
    await setFavoriteNote(db, offer.id, 'Entretien le 3');
    await setFavoriteStage(db, offer.id, 'applied', 5000);
    const exported = JSON.parse(JSON.stringify(await exportUserData(db)));

    const fresh = freshDatabase();
    const summary = await importUserData(fresh, exported);
    expect(summary).toEqual({ sources: 1, favorites: 1, rejected: 0 });
    expect((await fresh.sources.toArray()).map((source) => source.name)).toEqual(['Mes offres']);
    expect(await readSettings(fresh)).toMatchObject({ mySkills: ['Python', 'RGAA'], syncPeriodMinutes: 60 });
    expect(await fresh.favorites.get(offer.id)).toEqual(await db.favorites.get(offer.id));
  });

  it('does not bring back on a fresh profile the embedded sources the user had removed', async () => {
    const [removed, kept] = DEFAULT_SOURCES;
    const db = freshDatabase();
    await installDefaultSources(db);
    await removeSource(db, (await db.sources.toArray()).find((source) => source.url === removed!.url)!.id);
    await addSource(db, 'https://github.com/o/r/tree/main/jobs', { name: 'Mes offres' });
    const exported = JSON.parse(JSON.stringify(await exportUserData(db)));

    const fresh = freshDatabase();
    await installDefaultSources(fresh);
    await addSource(fresh, 'https://gitlab.com/a/b/-/tree/main/jobs', { name: 'Ajoutée ici' });
    await importUserData(fresh, exported);
    expect((await fresh.sources.toArray()).map((source) => source.url).sort()).toEqual(
      [kept!.url, 'https://github.com/o/r/tree/main/jobs', 'https://gitlab.com/a/b/-/tree/main/jobs'].sort(),
    );
  });

  it('keeps the embedded sources when the export predates the list of removed ones', async () => {
    const db = freshDatabase();
    await installDefaultSources(db);
    const { removedDefaultSources: _left, ...older } = JSON.parse(JSON.stringify(await exportUserData(db)));
    const fresh = freshDatabase();
    await installDefaultSources(fresh);
    await importUserData(fresh, { ...older, sources: [] });
    expect(await fresh.sources.count()).toBe(DEFAULT_SOURCES.length);
  });

  it('merges without duplicates, the later change winning', async () => {
    const { db, offer } = await withSavedOffer();
    const older = JSON.parse(JSON.stringify(await exportUserData(db)));
    await setFavoriteNote(db, offer.id, 'plus récent', Date.now() + 1000);
    expect(await importUserData(db, older)).toMatchObject({ favorites: 0 });
    expect((await db.favorites.get(offer.id))?.note).toBe('plus récent');
    expect(await db.favorites.count()).toBe(1);
  });

  it('does not bring back an offer unsaved after the export', async () => {
    const { db, offer } = await withSavedOffer();
    const older = JSON.parse(JSON.stringify(await exportUserData(db)));
    await removeFavorite(db, offer.id, Date.now() + 1000);
    expect(await importUserData(db, older)).toMatchObject({ favorites: 0 });
    expect(await db.favorites.get(offer.id)).toBeUndefined();
  });

  it("keeps a saved posting's deadline, language, translation link and page reference, and drops a language it does not know", async () => {
    const db = freshDatabase();
    await importFavorites(db, 'applied', {
      a: { deadline: '2026-12-20', language: 'fr', translationKey: 'web-dev', identifier: 'REF-12' },
      b: { deadline: 20261220, language: '<b>de</b>', identifier: { value: 'REF-12' } },
    });
    const [first, second] = await db.favorites.bulkGet(['a', 'b']);
    expect(first?.snapshot).toMatchObject({ deadline: '2026-12-20', language: 'fr', translationKey: 'web-dev', identifier: 'REF-12' });
    expect(second?.snapshot.deadline).toBeUndefined();
    expect(second?.snapshot.identifier).toBeUndefined();
    expect(second?.snapshot.language).toBeUndefined();
  });

  it("keeps a saved posting's lists of which one will do and its skills not required, and drops malformed ones", async () => {
    const db = freshDatabase();
    await importFavorites(db, 'saved', {
      a: { skills: ['Python', 'Django', 'Flask', 'Docker'], skillGroups: [['Django', 'Flask']], optionalSkills: ['Docker'] },
      b: { skills: ['Python'], skillGroups: [[1, { name: 'x' }], 'Django', []], optionalSkills: 'Docker' },
    });
    const [first, second] = await db.favorites.bulkGet(['a', 'b']);
    expect(first?.snapshot).toMatchObject({ skillGroups: [['Django', 'Flask']], optionalSkills: ['Docker'] });
    expect(second?.snapshot).not.toHaveProperty('skillGroups');
    expect(second?.snapshot).not.toHaveProperty('optionalSkills');
  });

  it('refuses what is not a Vigie export and skips malformed entries', async () => {
    const db = freshDatabase();
    expect(await importUserData(db, { hello: 1 })).toEqual({ error: 'not-vigie-data' });
    const summary = await importUserData(db, {
      format: 'vigie-user-data',
      sources: [{ url: 'javascript:alert(1)' }, 42],
      settings: { syncPeriodMinutes: -5, mySkills: ['Go', 7] },
      favorites: [{ offerId: 'x', stage: 'hacked', snapshot: {} }, { offerId: 'y', stage: 'saved', snapshot: { id: 'y', title: '<img src=x onerror=alert(1)>', __proto__: { polluted: true } } }],
    });
    expect(summary).toEqual({ sources: 0, favorites: 1, rejected: 3 });
    expect((await db.favorites.get('y'))?.stageHistory).toHaveLength(1);
    expect(await readSettings(db)).toMatchObject({ syncPeriodMinutes: 5, mySkills: ['Go'] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('dates the stage of an imported favorite that has no history, and keeps the dates and contact an export holds', async () => {
    const db = freshDatabase();
    const snapshot = { id: 'src:a.md', title: 'Designer UX' };
    await importUserData(db, {
      format: 'vigie-user-data', sources: [], settings: {},
      favorites: [
        { offerId: 'src:a.md', stage: 'applied', snapshot, savedAt: 1000, updatedAt: 5000 },
        { offerId: 'src:b.md', stage: 'applied', snapshot: { ...snapshot, id: 'src:b.md' }, savedAt: 1000, updatedAt: 5000, contact: 'Léa', stageHistory: [{ stage: 'saved', at: 1000 }, { stage: 'applied', at: 3000, on: 200 }, { stage: 'offer', at: 'never' }] },
      ],
    });
    expect((await db.favorites.get('src:a.md'))?.stageHistory).toEqual([{ stage: 'saved', at: 1000 }, { stage: 'applied', at: 5000 }]);
    expect(await db.favorites.get('src:b.md')).toMatchObject({ contact: 'Léa', stageHistory: [{ stage: 'saved', at: 1000 }, { stage: 'applied', at: 3000, on: 200 }] });
  });

  it("keeps the offers whose alerts the seeker muted, from the export and from this browser", async () => {
    const db = freshDatabase();
    const snapshot = { id: 'src:a.md', title: 'Designer UX' };
    await db.favorites.put({ offerId: 'src:b.md', snapshot: sampleOffer({ id: 'src:b.md' }), note: '', stage: 'saved', stageHistory: [{ stage: 'saved', at: 1000 }], savedAt: 1000, updatedAt: 1000, alertsMuted: true });
    await importUserData(db, {
      format: 'vigie-user-data', sources: [], settings: {},
      favorites: [
        { offerId: 'src:a.md', stage: 'saved', snapshot, savedAt: 1000, updatedAt: 5000, alertsMuted: true },
        { offerId: 'src:b.md', stage: 'saved', snapshot: { ...snapshot, id: 'src:b.md' }, note: 'plus récent', savedAt: 1000, updatedAt: 5000 },
      ],
    });
    expect(await db.favorites.get('src:a.md')).toMatchObject({ alertsMuted: true });
    expect(await db.favorites.get('src:b.md')).toMatchObject({ note: 'plus récent', alertsMuted: true });
  });
});
