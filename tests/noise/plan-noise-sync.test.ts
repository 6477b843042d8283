import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syncItemBytes } from '../../lib/favorites/sync-item-bytes';
import { SYNC_QUOTAS } from '../../lib/favorites/sync-quotas';
import { decodeNoiseRule, encodeNoiseRule, MAX_NOISE_ITEMS, NOISE_KEY_PREFIX, planNoiseSync, readRemoteNoise } from '../../lib/noise/plan-noise-sync';
import { hideRule, organizationRule, ruleId, undoneRule, wordRule, type NoiseRule } from '../../lib/noise/noise-rules';

const NOW = 1_765_000_000_000;
const FULL_ROOM = { totalBytes: SYNC_QUOTAS.totalBytes, maxItems: SYNC_QUOTAS.maxItems, bytesPerItem: SYNC_QUOTAS.bytesPerItem };
const nameArbitrary = fc.oneof(fc.string({ minLength: 1, maxLength: 40 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }), fc.constantFrom('Etalab', 'L’Incubateur <DINUM>', 'a|b+c-d', 'x\u2028y'));
const ruleArbitrary: fc.Arbitrary<NoiseRule> = fc
  .tuple(
    fc.oneof(
      fc.tuple(fc.string({ minLength: 1, maxLength: 60 }), fc.string({ maxLength: 20 })).map(([id, title]) => hideRule(id, title, NOW)),
      nameArbitrary.map((name) => organizationRule(name, NOW)),
      fc.tuple(nameArbitrary, fc.constantFrom('title' as const, 'anywhere' as const)).map(([word, scope]) => wordRule(word, scope, NOW)),
    ),
    fc.integer({ min: NOW - 1_000_000, max: NOW }),
    fc.boolean(),
  )
  .filter(([rule]) => rule !== undefined)
  .map(([rule, at, undo]) => (undo ? undoneRule(rule!, at) : { ...rule!, at }));
const asSynced = (rule: NoiseRule): NoiseRule => (rule.kind === 'hidden' ? { kind: 'hidden', key: rule.key, at: rule.at, ...(rule.removed ? { removed: true } : {}) } : rule);
/** storage.sync once a plan is carried out. */
const carryOut = (area: Record<string, unknown>, plan: { set: Record<string, unknown>; remove: string[] }) =>
  Object.fromEntries(Object.entries({ ...area, ...plan.set }).filter(([key]) => !plan.remove.includes(key)));
const byId = (rules: NoiseRule[]) => [...rules].sort((a, b) => (ruleId(a) < ruleId(b) ? -1 : 1));

describe('noise rules in storage.sync', () => {
  it('decodes what it encodes: a hidden posting as its hash, the rest whole', () => {
    fc.assert(
      fc.property(ruleArbitrary, (rule) => {
        const decoded = decodeNoiseRule(encodeNoiseRule(rule));
        // Names are kept as typed, cut like an import cuts them.
        expect(decoded).toEqual(asSynced(rule));
      }),
    );
  });

  it('packs within the room left: every item under 8 KB, all under the room, at most three items', () => {
    fc.assert(
      fc.property(fc.array(ruleArbitrary, { maxLength: 300 }), fc.integer({ min: 0, max: SYNC_QUOTAS.totalBytes }), (rules, roomBytes) => {
        const room = { ...FULL_ROOM, totalBytes: roomBytes };
        const plan = planNoiseSync(rules, {}, room, NOW);
        const sizes = Object.entries(plan.set).map(([key, value]) => syncItemBytes(key, value));
        expect(sizes.every((bytes) => bytes <= SYNC_QUOTAS.bytesPerItem)).toBe(true);
        expect(sizes.reduce((sum, bytes) => sum + bytes, 0)).toBeLessThanOrEqual(roomBytes);
        expect(sizes.length).toBeLessThanOrEqual(MAX_NOISE_ITEMS);
        const carried = readRemoteNoise(plan.set).filter((rule) => !rule.removed).length;
        expect(carried + plan.leftOut).toBe(plan.merged.filter((rule) => !rule.removed).length);
      }),
      { numRuns: 60 },
    );
  });

  it('carries about 850 hidden postings in its 24 KB; the oldest stay here, blocks always travel first', () => {
    const hidden = Array.from({ length: 2000 }, (_, index) => hideRule(`src-1a2b3c:jobs/2026-11-${index}-developpeur-fullstack.md`, 'Développeur', NOW - index * 1000));
    const blocks = [organizationRule('Etalab', NOW - 10_000_000)!, wordRule('stage', 'title', NOW - 10_000_000)!];
    const plan = planNoiseSync([...hidden, ...blocks], {}, FULL_ROOM, NOW);
    const carried = readRemoteNoise(plan.set);
    expect(carried.length).toBeGreaterThan(800);
    expect(carried.length + plan.leftOut).toBe(2002);
    expect(carried.filter((rule) => rule.kind !== 'hidden')).toHaveLength(2);
    const carriedKeys = new Set(carried.map((rule) => rule.key));
    // The newest hidden postings travel; the oldest do not.
    expect(carriedKeys.has(hidden[0]!.key)).toBe(true);
    expect(carriedKeys.has(hidden[1999]!.key)).toBe(false);
  });

  it('leaves room to the saved offers: nothing travels when they took it all, and nothing here is lost', () => {
    const rules = [organizationRule('Etalab', NOW)!];
    const plan = planNoiseSync(rules, { [`${NOISE_KEY_PREFIX}0`]: [encodeNoiseRule(rules[0]!)] }, { ...FULL_ROOM, totalBytes: 10 }, NOW);
    expect(plan.set).toEqual({});
    expect(plan.remove).toEqual([`${NOISE_KEY_PREFIX}0`]);
    expect(plan.leftOut).toBe(1);
    expect(plan.merged).toEqual(rules);
  });

  it('brings two browsers to the same rules and the same items, the later change of each winning', () => {
    fc.assert(
      fc.property(fc.array(ruleArbitrary, { maxLength: 20 }), fc.array(ruleArbitrary, { maxLength: 20 }), (a, b) => {
        const first = planNoiseSync(a, {}, FULL_ROOM, NOW);
        const afterFirst = carryOut({}, first);
        const second = planNoiseSync(b, afterFirst, FULL_ROOM, NOW);
        const afterSecond = carryOut(afterFirst, second);
        const firstAgain = planNoiseSync(first.merged, afterSecond, FULL_ROOM, NOW);
        expect(byId(firstAgain.merged).map(asSynced)).toEqual(byId(second.merged).map(asSynced));
        // Once both merged, neither writes again.
        expect(firstAgain.set).toEqual({});
        expect(firstAgain.remove).toEqual([]);
        expect(planNoiseSync(second.merged, afterSecond, FULL_ROOM, NOW).set).toEqual({});
      }),
      { numRuns: 100 },
    );
  });

  it('skips what is not a rule in the items', () => {
    expect(readRemoteNoise({ 'noise:0': ['o+abc|Etalab', 'junk', 42, 'h+abc|not-a-hash', 'wx+abc|stage'], 'fav:x': ['o+abc|DINUM'] }).map((rule) => rule.key)).toEqual(['etalab']);
  });
});
