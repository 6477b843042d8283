import { hideRule, organizationRule, ruleId, undoneRule, WORD_SCOPES, wordRule, type NoiseKind, type NoiseRule, type WordScope } from './noise-rules';

/** What the seeker asks for, from the popup or the options page; the worker dates it. */
export type NoiseChange =
  | { action: 'hide'; offerId: string; title: string }
  | { action: 'block-organization'; name: string }
  | { action: 'block-word'; word: string; scope: WordScope }
  | { action: 'undo'; kind: NoiseKind; key: string };

const NOISE_KINDS: readonly NoiseKind[] = ['hidden', 'organization', 'word'];
const text = (value: unknown, max: number) => typeof value === 'string' && value.trim().length > 0 && value.length <= max;

/** The message's shape, checked: it is untrusted until then. */
export function isNoiseChange(value: unknown): value is NoiseChange {
  if (typeof value !== 'object' || value === null) return false;
  const change = value as Record<string, unknown>;
  switch (change.action) {
    case 'hide':
      return text(change.offerId, 1000) && typeof change.title === 'string' && change.title.length <= 500;
    case 'block-organization':
      return text(change.name, 300);
    case 'block-word':
      return text(change.word, 300) && WORD_SCOPES.includes(change.scope as WordScope);
    case 'undo':
      return NOISE_KINDS.includes(change.kind as NoiseKind) && text(change.key, 300);
    default:
      return false;
  }
}

/** The rule a change sets or undoes; undefined when there is nothing to do (undoing what does not act). */
export function ruleForChange(change: NoiseChange, rules: readonly NoiseRule[], now: number): NoiseRule | undefined {
  switch (change.action) {
    case 'hide':
      return hideRule(change.offerId, change.title.slice(0, 300), now);
    case 'block-organization':
      return organizationRule(change.name.slice(0, 300), now);
    case 'block-word':
      return wordRule(change.word.slice(0, 300), change.scope, now);
    case 'undo': {
      const id = ruleId(change);
      const rule = rules.find((candidate) => !candidate.removed && ruleId(candidate) === id);
      // Later than the rule it undoes, even when the clock went back.
      return rule ? undoneRule(rule, Math.max(now, rule.at + 1)) : undefined;
    }
  }
}
