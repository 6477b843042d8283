import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNoiseJudge } from '../../lib/noise/judge-noise';
import { mergeRule, mergeRuleLists, UNDO_LIFETIME_MS, withoutExpiredUndos } from '../../lib/noise/merge-noise-rules';
import { hideRule, organizationRule, ruleId, undoneRule, wordRule, type NoiseRule } from '../../lib/noise/noise-rules';
import { sanitizeNoiseRules } from '../../lib/noise/sanitize-noise-rules';

/** Few subjects and a narrow clock: the same rule on both sides, and changes in the same millisecond, are frequent. */
const at = fc.integer({ min: 1_700_000_000_000, max: 1_700_000_000_010 });
const ruleArbitrary: fc.Arbitrary<NoiseRule> = fc
  .tuple(
    fc.oneof(
      fc.tuple(fc.constantFrom('src:a.md', 'src:b.md'), at, fc.boolean()).map(([id, time, known]) => {
        const rule = hideRule(id, 'Dev', time);
        return known ? rule : { kind: 'hidden' as const, key: rule.key, at: time };
      }),
      fc.tuple(fc.constantFrom('Etalab', 'ÉTALAB', 'DINUM'), at).map(([name, time]) => organizationRule(name, time)!),
      fc.tuple(fc.constantFrom('stage', 'Stage', 'bénévole'), fc.constantFrom('title' as const, 'anywhere' as const), at).map(([word, scope, time]) => wordRule(word, scope, time)!),
    ),
    fc.boolean(),
    at,
  )
  .map(([rule, undo, time]) => (undo ? undoneRule(rule, time) : rule));
const listArbitrary = fc.array(ruleArbitrary, { maxLength: 8 });
const canonical = (rules: NoiseRule[]) => [...rules].sort((a, b) => (ruleId(a) < ruleId(b) ? -1 : 1));

describe('mergeRuleLists', () => {
  it('is commutative, associative and idempotent: every browser ends with the same rules', () => {
    fc.assert(
      fc.property(listArbitrary, listArbitrary, listArbitrary, (a, b, c) => {
        expect(canonical(mergeRuleLists(a, b))).toEqual(canonical(mergeRuleLists(b, a)));
        expect(canonical(mergeRuleLists(mergeRuleLists(a, b), c))).toEqual(canonical(mergeRuleLists(a, mergeRuleLists(b, c))));
        expect(canonical(mergeRuleLists(a, a))).toEqual(canonical(mergeRuleLists(a)));
      }),
    );
  });

  it('keeps one rule per kind and key, the latest change', () => {
    fc.assert(
      fc.property(listArbitrary, (rules) => {
        const merged = mergeRuleLists(rules);
        expect(new Set(merged.map(ruleId)).size).toBe(merged.length);
        for (const rule of merged) {
          const latest = Math.max(...rules.filter((other) => ruleId(other) === ruleId(rule)).map((other) => other.at));
          expect(rule.at).toBe(latest);
        }
      }),
    );
  });

  it('lets an undo win over the rule it undoes, and a new block win over an older undo', () => {
    const block = organizationRule('Etalab', 1000)!;
    expect(mergeRule(block, undoneRule(block, 2000)).removed).toBe(true);
    expect(mergeRule(undoneRule(block, 2000), organizationRule('ETALAB', 3000)!).removed).toBeUndefined();
    // The same millisecond: showing the posting is the safer mistake.
    expect(mergeRule(block, undoneRule(block, 1000)).removed).toBe(true);
  });

  it('keeps the copy of a hidden rule that names the posting', () => {
    const here = hideRule('src:a.md', 'Développeur', 1000);
    const synced = { kind: 'hidden' as const, key: here.key, at: 1000 };
    expect(mergeRule(synced, here)).toBe(here);
    expect(mergeRule(here, synced)).toBe(here);
  });
});

describe('withoutExpiredUndos', () => {
  it('forgets undos past their lifetime, never a rule that acts', () => {
    const now = 10 * UNDO_LIFETIME_MS;
    const old = undoneRule(organizationRule('Etalab', 0)!, now - UNDO_LIFETIME_MS - 1);
    const recent = undoneRule(organizationRule('DINUM', 0)!, now - 1000);
    const ancient = wordRule('stage', 'title', 0)!;
    expect(withoutExpiredUndos([old, recent, ancient], now)).toEqual([recent, ancient]);
  });
});

describe('sanitizeNoiseRules', () => {
  it('keeps well-formed rules as they are', () => {
    fc.assert(
      fc.property(listArbitrary, (rules) => {
        expect(sanitizeNoiseRules(JSON.parse(JSON.stringify(rules)))).toEqual(rules);
      }),
    );
  });

  it('makes keys again from what they name: a forged key hides nothing else', () => {
    const forged = { ...hideRule('src:a.md', 'Dev', 1), key: hideRule('src:b.md', 'Other', 1).key };
    const [rule] = sanitizeNoiseRules([forged]);
    expect(createNoiseJudge([rule!])({ id: 'src:b.md', title: 'Other' })).toBeUndefined();
    expect(createNoiseJudge([rule!])({ id: 'src:a.md', title: 'Dev' })).toEqual({ kind: 'hidden' });
  });

  it.each([
    ['not a list', { kind: 'hidden' }],
    ['no date', [{ kind: 'organization', name: 'Etalab' }]],
    ['an empty name', [{ kind: 'organization', name: ' ', at: 1 }]],
    ['an unknown scope', [{ kind: 'word', word: 'stage', scope: 'body', at: 1 }]],
    ['a key that is no hash', [{ kind: 'hidden', key: '<img src=x>', at: 1 }]],
    ['an unknown kind', [{ kind: 'source', key: 'x', at: 1 }]],
  ])('refuses %s', (_, input) => {
    expect(sanitizeNoiseRules(input)).toEqual([]);
  });
});
