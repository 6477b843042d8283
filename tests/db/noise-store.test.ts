import { describe, expect, it } from 'vitest';
import { exportUserData, importUserData } from '../../lib/db';
import { applyNoiseChange, readNoiseRules, readWordHits, WORD_HITS_KEY } from '../../lib/db/noise-store';
import { createNoiseJudge } from '../../lib/noise/judge-noise';
import { unseenBadgeText } from '../../lib/notify/next-announcement';
import { activeRules } from '../../lib/noise/noise-rules';
import { freshDatabase } from './test-database';
import { sampleOffer } from './sample-offer';

async function withOffers() {
  const db = freshDatabase();
  await db.offers.bulkPut([
    { ...sampleOffer({ id: 's:a.md', title: 'Développeur', body: 'Mission bénévole.' }), firstSeenAt: 1, updatedAt: 1, listed: 1 },
    { ...sampleOffer({ id: 's:b.md', title: 'Designer', body: 'Poste salarié.' }), firstSeenAt: 1, updatedAt: 1, listed: 1 },
    { ...sampleOffer({ id: 's:c.md', title: 'Ops', body: 'Bénévole, ancien.' }), firstSeenAt: 1, updatedAt: 1, listed: 0 },
  ]);
  return db;
}

const storedHits = async (db: Awaited<ReturnType<typeof withOffers>>) => readWordHits((await db.settings.get(WORD_HITS_KEY))?.value);

describe('noise store', () => {
  it('hides, blocks and undoes, each change dated by the worker', async () => {
    const db = await withOffers();
    expect(await applyNoiseChange(db, { action: 'hide', offerId: 's:a.md', title: 'Développeur' }, 1000)).toBe(true);
    expect(await applyNoiseChange(db, { action: 'block-organization', name: 'data.gouv.fr' }, 2000)).toBe(true);
    const judge = createNoiseJudge(await readNoiseRules(db));
    expect(judge({ id: 's:a.md', title: 'Développeur' })).toEqual({ kind: 'hidden' });
    expect(judge({ id: 's:z.md', title: 'X', organization: 'Data.Gouv.fr' })).toEqual({ kind: 'organization', name: 'data.gouv.fr' });

    const hidden = (await readNoiseRules(db)).find((rule) => rule.kind === 'hidden')!;
    expect(await applyNoiseChange(db, { action: 'undo', kind: 'hidden', key: hidden.key }, 3000)).toBe(true);
    expect(createNoiseJudge(await readNoiseRules(db))({ id: 's:a.md', title: 'Développeur' })).toBeUndefined();
    // Undoing again has nothing to undo.
    expect(await applyNoiseChange(db, { action: 'undo', kind: 'hidden', key: hidden.key }, 4000)).toBe(false);
    expect(activeRules(await readNoiseRules(db)).map((rule) => rule.kind)).toEqual(['organization']);
  });

  it('finds the listed offers holding a word blocked anywhere, and forgets them when it is unblocked', async () => {
    const db = await withOffers();
    await applyNoiseChange(db, { action: 'block-word', word: 'BENEVOLE', scope: 'anywhere' }, 1000);
    expect([...(await storedHits(db))]).toEqual([['s:a.md', 'BENEVOLE']]);
    const rule = (await readNoiseRules(db))[0]!;
    await applyNoiseChange(db, { action: 'undo', kind: 'word', key: rule.key }, 2000);
    expect((await storedHits(db)).size).toBe(0);
  });

  it('travels in the export, undos included, and an import does not bring back what was undone since', async () => {
    const db = await withOffers();
    await applyNoiseChange(db, { action: 'block-organization', name: 'Etalab' }, 1000);
    await applyNoiseChange(db, { action: 'block-word', word: 'bénévole', scope: 'anywhere' }, 1000);
    const exported = JSON.parse(JSON.stringify(await exportUserData(db)));

    const fresh = await withOffers();
    await importUserData(fresh, exported);
    expect(activeRules(await readNoiseRules(fresh)).map((rule) => rule.kind).sort()).toEqual(['organization', 'word']);
    expect([...(await storedHits(fresh)).keys()]).toEqual(['s:a.md']);

    await applyNoiseChange(db, { action: 'undo', kind: 'organization', key: 'etalab' }, 5000);
    await importUserData(db, exported);
    expect(activeRules(await readNoiseRules(db)).map((rule) => rule.kind)).toEqual(['word']);
  });

  it('leaves what the seeker hid or blocked out of the badge', async () => {
    const db = await withOffers();
    const opening = (seq: number, offerId: string) => ({ seq, type: 'opened' as const, sourceId: 's', offerId, title: offerId, at: seq, syncId: 'x', baseline: false, announce: 'announced' as const, seen: 0 as const });
    await db.events.bulkPut([opening(1, 's:a.md'), opening(2, 's:b.md')]);
    expect(await unseenBadgeText(db)).toBe('2');
    await applyNoiseChange(db, { action: 'hide', offerId: 's:a.md', title: 'Développeur' }, 1000);
    expect(await unseenBadgeText(db)).toBe('1');
    await applyNoiseChange(db, { action: 'block-word', word: 'designer', scope: 'title' }, 1000);
    expect(await unseenBadgeText(db)).toBe('');
  });

  it('imports an older export without rules', async () => {
    const db = await withOffers();
    const exported = JSON.parse(JSON.stringify(await exportUserData(db)));
    delete exported.notInterested;
    expect(await importUserData(await withOffers(), exported)).toMatchObject({ rejected: 0 });
  });
});
