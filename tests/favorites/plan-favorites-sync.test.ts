import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeEntry } from '../../lib/favorites/merge-entries';
import { planFavoritesSync, TOMBSTONE_LIFETIME_MS, type FavoritesSyncPlan } from '../../lib/favorites/plan-favorites-sync';
import { savedEntry, type SavedEntry, type SyncEntry } from '../../lib/favorites/sync-entry';
import { syncItemBytes } from '../../lib/favorites/sync-item-bytes';
import { encodeEntry } from '../../lib/favorites/sync-record';
import { entryArbitrary, noteArbitrary, sideArbitrary } from './arbitraries';
import { totalBytes } from './fake-sync-area';

const NOW = 1_700_000_000_000 + 1_000;

function saved(offerId: string, updatedAt: number, note = ''): SavedEntry {
  return savedEntry({ offerId, label: { title: `Offre ${offerId}` }, stage: 'saved', stageHistory: [], note, noteTruncated: false, savedAt: updatedAt, updatedAt });
}

/** What storage.sync holds once the plan is carried out: removals, then one set(). */
function carryOut(remote: Record<string, unknown>, plan: FavoritesSyncPlan): Record<string, unknown> {
  const next = { ...remote };
  for (const key of plan.remove) delete next[key];
  return { ...next, ...JSON.parse(JSON.stringify(plan.set)) };
}

/** What the database holds once the plan is applied, as applySyncedEntries stores it. */
function applyLocally(local: readonly SyncEntry[], plan: FavoritesSyncPlan): SyncEntry[] {
  const byId = new Map(local.map((entry) => [entry.offerId, entry]));
  for (const incoming of plan.toApply) {
    const here = byId.get(incoming.offerId);
    byId.set(incoming.offerId, here ? mergeEntry(here, incoming) : incoming);
  }
  for (const offerId of plan.expired) byId.delete(offerId);
  return [...byId.values()];
}

function withinQuotas(items: Record<string, unknown>): void {
  expect(Object.keys(items).length).toBeLessThanOrEqual(512);
  expect(totalBytes(items)).toBeLessThanOrEqual(102_400);
  for (const [key, value] of Object.entries(items)) expect(syncItemBytes(key, value)).toBeLessThanOrEqual(8192);
}

describe('planFavoritesSync', () => {
  it('writes every local favorite in one set() call the first time, then nothing', () => {
    const local = [saved('src-a:1.md', NOW - 10, 'Relancer lundi'), saved('src-a:2.md', NOW - 5)];
    const first = planFavoritesSync({ local, remote: {}, now: NOW });
    expect(Object.keys(first.set).sort()).toEqual(['fav:src-a:1.md', 'fav:src-a:2.md']);
    expect(first).toMatchObject({ toApply: [], remove: [], leftOut: [], syncedCount: 2 });
    const again = planFavoritesSync({ local, remote: carryOut({}, first), now: NOW });
    expect(again).toMatchObject({ set: {}, remove: [], toApply: [] });
  });

  it('keeps the 512 most recently changed when there are more, and names the others', () => {
    const local = Array.from({ length: 600 }, (_, index) => saved(`src-a:${index}.md`, NOW - 600 + index));
    const plan = planFavoritesSync({ local, remote: {}, now: NOW });
    expect(Object.keys(plan.set)).toHaveLength(512);
    expect(plan.leftOut.sort()).toEqual(Array.from({ length: 88 }, (_, index) => `src-a:${index}.md`).sort());
    withinQuotas(carryOut({}, plan));
  });

  it('keeps the most recently changed within 100 KB when notes are long, and counts the cut notes', () => {
    const local = Array.from({ length: 20 }, (_, index) => saved(`src-a:${index}.md`, NOW - 20 + index, '面接の準備をする。'.repeat(555)));
    const plan = planFavoritesSync({ local, remote: {}, now: NOW });
    const kept = Object.keys(plan.set).map((key) => Number(/(\d+)\.md$/.exec(key)![1]));
    expect(Math.min(...kept)).toBe(20 - kept.length);
    expect(plan.leftOut).toHaveLength(20 - kept.length);
    expect(plan.cutNotes).toHaveLength(kept.length);
    withinQuotas(carryOut({}, plan));
  });

  it('leaves other keys of storage.sync alone and counts them against the room', () => {
    const foreign = Object.fromEntries(Array.from({ length: 12 }, (_, index) => [`settings:${index}`, 'x'.repeat(8_100)]));
    const plan = planFavoritesSync({ local: [saved('src-a:1.md', NOW - 2, 'n'.repeat(5000)), saved('src-a:2.md', NOW - 1)], remote: foreign, now: NOW });
    expect(plan.remove).toEqual([]);
    expect(Object.keys(plan.set)).toEqual(['fav:src-a:2.md']);
    expect(plan.leftOut).toEqual(['src-a:1.md']);
    withinQuotas(carryOut(foreign, plan));
  });

  it('takes in a remote favorite unknown here, and sends an unsave made here', () => {
    const remote = { [encodeEntry(saved('src-b:x.md', NOW - 50, 'Vu à Lyon'))!.key]: encodeEntry(saved('src-b:x.md', NOW - 50, 'Vu à Lyon'))!.value };
    const plan = planFavoritesSync({ local: [{ kind: 'removed', offerId: 'src-a:1.md', updatedAt: NOW - 3 }], remote, now: NOW });
    expect(plan.toApply).toEqual([saved('src-b:x.md', NOW - 50, 'Vu à Lyon')]);
    expect(plan.set).toEqual({ 'fav:src-a:1.md': { x: NOW - 3 } });
  });

  it('forgets an unsave after 30 days, here and in storage.sync, once it has removed the older save', () => {
    const old = NOW - TOMBSTONE_LIFETIME_MS - 1;
    const unsave = encodeEntry({ kind: 'removed', offerId: 'src-a:1.md', updatedAt: old })!;
    const plan = planFavoritesSync({ local: [saved('src-a:1.md', old - 10)], remote: { [unsave.key]: unsave.value }, now: NOW });
    expect(plan.toApply).toEqual([{ kind: 'removed', offerId: 'src-a:1.md', updatedAt: old }]);
    expect(plan.expired).toEqual(['src-a:1.md']);
    expect(plan.remove).toEqual(['fav:src-a:1.md']);
  });

  it('removes unreadable records of its own, never foreign keys', () => {
    const plan = planFavoritesSync({ local: [], remote: { 'fav:broken': { s: 'nope' }, other: 1 }, now: NOW });
    expect(plan.remove).toEqual(['fav:broken']);
  });

  it('stays within every storage.sync quota, whatever the favorites', () => {
    const many = fc
      .array(fc.tuple(entryArbitrary(fc.constant('')), fc.oneof(noteArbitrary, fc.constant('職'.repeat(5000)), fc.constant('<'.repeat(5000)))), { maxLength: 700 })
      .map((pairs) => pairs.map(([entry, note], index) => (entry.kind === 'saved' ? savedEntry({ ...entry, offerId: `src-a:${index}.md`, note }) : { ...entry, offerId: `src-a:${index}.md` })));
    fc.assert(
      fc.property(many, (local) => {
        const plan = planFavoritesSync({ local, remote: {}, now: NOW });
        const stored = carryOut({}, plan);
        withinQuotas(stored);
        // Every saved offer is in storage.sync, or reported as left out.
        const leftOut = new Set(plan.leftOut);
        for (const entry of local) if (entry.kind === 'saved') expect(`fav:${entry.offerId}` in stored || leftOut.has(entry.offerId)).toBe(true);
        expect(Object.keys(stored).length + leftOut.size).toBeLessThanOrEqual(local.length);
      }),
      { numRuns: 40 },
    );
  });

  it('makes two browsers converge, losing no favorite that either saved last', () => {
    fc.assert(
      fc.property(sideArbitrary, sideArbitrary, (startA, startB) => {
        let a: SyncEntry[] = startA;
        let b: SyncEntry[] = startB;
        let remote: Record<string, unknown> = {};
        for (let round = 0; round < 3; round++) {
          for (const side of ['a', 'b'] as const) {
            const plan = planFavoritesSync({ local: side === 'a' ? a : b, remote, now: NOW });
            remote = carryOut(remote, plan);
            if (side === 'a') a = applyLocally(a, plan);
            else b = applyLocally(b, plan);
          }
        }
        const savedOnly = (entries: SyncEntry[]) =>
          Object.fromEntries(entries.filter((entry): entry is SavedEntry => entry.kind === 'saved').map(({ label: _label, ...entry }) => [entry.offerId, entry]));
        expect(savedOnly(a)).toEqual(savedOnly(b));
        const expected = [...startA, ...startB].reduce((merged, entry) => merged.set(entry.offerId, merged.has(entry.offerId) ? mergeEntry(merged.get(entry.offerId)!, entry) : entry), new Map<string, SyncEntry>());
        expect(Object.keys(savedOnly(a)).sort()).toEqual([...expected.values()].filter((entry) => entry.kind === 'saved').map((entry) => entry.offerId).sort());
        expect(planFavoritesSync({ local: a, remote, now: NOW })).toMatchObject({ set: {}, remove: [], toApply: [] });
      }),
      { numRuns: 500 },
    );
  });
});
