import { describe, expect, it } from 'vitest';
import { applyNoiseChange, mergeNoiseRules, readNoiseRules } from '../../lib/db/noise-store';
import { saveFavorite, setFavoriteNote } from '../../lib/favorites/favorites-store';
import { reconcileFavorites } from '../../lib/favorites/reconcile-favorites';
import { SYNC_QUOTAS } from '../../lib/favorites/sync-quotas';
import { createNoiseJudge } from '../../lib/noise/judge-noise';
import { activeRules, hideRule } from '../../lib/noise/noise-rules';
import type { VigieDatabase } from '../../lib/db';
import { sampleOffer } from '../db/sample-offer';
import { freshDatabase } from '../db/test-database';
import { FakeSyncArea, totalBytes } from './fake-sync-area';

const T0 = 1_765_000_000_000;
const reconcile = (db: VigieDatabase, area: FakeSyncArea, now: number) => reconcileFavorites({ db, area, recentWrites: [], now });

describe('what the seeker hides and blocks, carried to the other browsers', () => {
  it('travels both ways, undos included', async () => {
    const here = freshDatabase();
    const there = freshDatabase();
    const area = new FakeSyncArea();
    await applyNoiseChange(here, { action: 'hide', offerId: 'src-1:jobs/dev.md', title: 'Développeur' }, T0);
    await applyNoiseChange(here, { action: 'block-organization', name: 'Etalab' }, T0);
    expect((await reconcile(here, area, T0 + 1000)).noiseChanged).toBe(false);
    expect(Object.keys(area.items)).toEqual(['noise:0']);

    expect((await reconcile(there, area, T0 + 2000)).noiseChanged).toBe(true);
    const judge = createNoiseJudge(await readNoiseRules(there));
    // The other browser follows the same folder: the same offer id, so the same hash.
    expect(judge({ id: 'src-1:jobs/dev.md', title: 'Développeur' })).toEqual({ kind: 'hidden' });
    expect(judge({ id: 'x', title: 'Ops', organization: 'ÉTALAB' })?.kind).toBe('organization');

    await applyNoiseChange(there, { action: 'undo', kind: 'organization', key: 'etalab' }, T0 + 3000);
    await reconcile(there, area, T0 + 4000);
    expect((await reconcile(here, area, T0 + 5000)).noiseChanged).toBe(true);
    expect(activeRules(await readNoiseRules(here)).map((rule) => rule.kind)).toEqual(['hidden']);
    // The title stays with the rule in the browser where it was hidden.
    expect((await readNoiseRules(here)).find((rule) => rule.kind === 'hidden')).toMatchObject({ title: 'Développeur', offerId: 'src-1:jobs/dev.md' });
  });

  it('gives way to the saved offers when storage.sync is full, and says how many rules stay here', async () => {
    const here = freshDatabase();
    const area = new FakeSyncArea();
    // Saved offers with long notes fill most of storage.sync.
    for (let index = 0; index < 14; index++) {
      const offer = sampleOffer({ id: `src-1:jobs/${index}.md`, title: `Offre ${index}` });
      await here.offers.put({ ...offer, firstSeenAt: T0, updatedAt: T0, listed: 1 });
      await saveFavorite(here, offer.id, T0 + index);
      await setFavoriteNote(here, offer.id, 'n'.repeat(7000), T0 + index);
    }
    await mergeNoiseRules(here, Array.from({ length: 1000 }, (_, index) => hideRule(`src-1:jobs/old-${index}.md`, 'Ancienne', T0 + index)), T0 + 1000);
    const result = await reconcile(here, area, T0 + 10_000);
    expect(result.status.problem).toBeUndefined();
    expect(result.status.leftOut).toBe(0);
    expect(result.status.noiseLeftOut).toBeGreaterThan(0);
    expect(totalBytes(area.items)).toBeLessThanOrEqual(SYNC_QUOTAS.totalBytes);
    expect(activeRules(await readNoiseRules(here))).toHaveLength(1000);
  });
});
