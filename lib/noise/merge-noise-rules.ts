import { ruleId, type NoiseRule } from './noise-rules';

/** How long an undo is remembered: as long as an unsave of a saved offer (lib/favorites). */
export const UNDO_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Two versions of one rule, as one: the later change wins; at the same millisecond the undo wins
 * (showing a posting by mistake costs less than hiding one), then the first in a fixed order, so that
 * the merge is commutative and every browser ends with the same rules.
 */
export function mergeRule(a: NoiseRule, b: NoiseRule): NoiseRule {
  if (a.at !== b.at) return a.at > b.at ? a : b;
  if (!!a.removed !== !!b.removed) return a.removed ? a : b;
  // Of two copies, the one that knows the offer id (hidden here) is kept: it names the posting in the list.
  const aKnows = 'offerId' in a && a.offerId !== undefined;
  const bKnows = 'offerId' in b && b.offerId !== undefined;
  if (aKnows !== bKnows) return aKnows ? a : b;
  return JSON.stringify(a) <= JSON.stringify(b) ? a : b;
}

/** Every list's rules, one per kind and key. */
export function mergeRuleLists(...lists: ReadonlyArray<readonly NoiseRule[]>): NoiseRule[] {
  const merged = new Map<string, NoiseRule>();
  for (const rule of lists.flat()) {
    const id = ruleId(rule);
    const known = merged.get(id);
    merged.set(id, known ? mergeRule(known, rule) : rule);
  }
  return [...merged.values()];
}

/** Undos older than UNDO_LIFETIME_MS are forgotten. */
export function withoutExpiredUndos(rules: readonly NoiseRule[], now: number): NoiseRule[] {
  return rules.filter((rule) => !rule.removed || now - rule.at <= UNDO_LIFETIME_MS);
}
