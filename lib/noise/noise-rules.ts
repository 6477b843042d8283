import { foldText } from '../text/fold';
import { hashString } from '../text/hash';

/** Where a blocked word is looked for: the title only, or everywhere in the posting. */
export type WordScope = 'title' | 'anywhere';
export const WORD_SCOPES: readonly WordScope[] = ['title', 'anywhere'];

interface RuleBase {
  /** What the rule is about, folded (see the key functions below): one rule per kind and key. */
  key: string;
  /** When it was set or undone: of two versions of a rule (two browsers, an import), the later wins. */
  at: number;
  /** Undone: kept, dated, so that an older copy elsewhere does not bring it back. */
  removed?: true;
}

/**
 * A posting the seeker is not interested in. Its key is a hash of the offer id, not the id:
 * 14 characters whatever the id's length, so that thousands travel in storage.sync.
 */
export interface HiddenRule extends RuleBase {
  kind: 'hidden';
  /** Known in the browser where it was hidden; a rule that came through storage.sync has only the key. */
  offerId?: string;
  title?: string;
}

export interface OrganizationRule extends RuleBase {
  kind: 'organization';
  /** As the seeker saw it. */
  name: string;
}

export interface WordRule extends RuleBase {
  kind: 'word';
  /** As the seeker typed it. */
  word: string;
  scope: WordScope;
}

export type NoiseRule = HiddenRule | OrganizationRule | WordRule;
export type NoiseKind = NoiseRule['kind'];

/** The one id of a rule: its kind and key. */
export function ruleId(rule: Pick<NoiseRule, 'kind' | 'key'>): string {
  return `${rule.kind}:${rule.key}`;
}

export function hiddenKey(offerId: string): string {
  return hashString(offerId);
}

/** "ÉTALAB", "Etalab " and "etalab" are one organization; punctuation and spacing do not count. */
export function organizationKey(name: string): string {
  return foldText(name).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** What separates the words of a blocked phrase: "C++" and "C#" keep their signs (they are not "C"). */
export const WORD_SEPARATORS = /[^\p{L}\p{N}+#]+/gu;

/** A word or a phrase, folded like search: accents and case do not count, nor spacing. */
export function wordKey(word: string): string {
  return foldText(word).replace(WORD_SEPARATORS, ' ').trim();
}

export function hideRule(offerId: string, title: string, at: number): HiddenRule {
  return { kind: 'hidden', key: hiddenKey(offerId), offerId, title, at };
}

/** Undefined for a name with nothing to compare (only spaces or punctuation). */
export function organizationRule(name: string, at: number): OrganizationRule | undefined {
  const key = organizationKey(name);
  return key ? { kind: 'organization', key, name: name.trim(), at } : undefined;
}

export function wordRule(word: string, scope: WordScope, at: number): WordRule | undefined {
  const key = wordKey(word);
  return key ? { kind: 'word', key, word: word.trim(), scope, at } : undefined;
}

/** The rule, undone at `at`: it stops acting, and its date says it is newer than the rule it undoes. */
export function undoneRule(rule: NoiseRule, at: number): NoiseRule {
  return { ...rule, at, removed: true };
}

/** The rules that act (undone ones aside). */
export function activeRules(rules: readonly NoiseRule[]): NoiseRule[] {
  return rules.filter((rule) => !rule.removed);
}
