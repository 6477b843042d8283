import { foldText } from '../text/fold';
import type { Offer } from '../postings/types';
import { activeRules, hiddenKey, organizationKey, ruleId, WORD_SEPARATORS, wordKey, type NoiseRule, type WordScope } from './noise-rules';

/** Why a posting is left out of the results and the notifications. */
export type NoiseReason =
  /** `copyId`: the other copy of a merged posting that the seeker hid (lib/duplicates), whose rule "show again" undoes. */
  | { kind: 'hidden'; copyId?: string }
  | { kind: 'organization'; name: string }
  | { kind: 'word'; word: string; scope: WordScope };

/** What the judge reads of a posting: an offer, or a summary of one (lib/board/offer-summary.ts). */
export interface JudgedPosting {
  id: string;
  title: string;
  organization?: string;
  /**
   * The rest of its text (place, skills, tags, body), for words blocked anywhere. Absent where only
   * a summary is at hand (the popup): `anywhereHits` then says which postings hold such a word.
   */
  text?: string;
}

export interface NoiseJudgeOptions {
  /** Offer id → the word blocked anywhere that it holds, found by the worker (find-word-hits.ts) for postings judged without their text. */
  anywhereHits?: ReadonlyMap<string, string>;
}

export type NoiseJudge = (posting: JudgedPosting) => NoiseReason | undefined;

/**
 * Builds, once per set of rules, the function that says whether a posting is hidden or blocked and
 * why: a hidden posting first, then its organization, then a word of its title, then a word anywhere.
 * Words match whole (blocking "stage" leaves "stagiaire" alone), folded like search.
 */
export function createNoiseJudge(rules: readonly NoiseRule[], options: NoiseJudgeOptions = {}): NoiseJudge {
  const active = activeRules(rules);
  const hidden = new Set(active.filter((rule) => rule.kind === 'hidden').map((rule) => rule.key));
  const organizations = new Map(active.flatMap((rule) => (rule.kind === 'organization' ? [[rule.key, rule.name] as const] : [])));
  const words = active.flatMap((rule) => (rule.kind === 'word' ? [rule] : []));
  const inTitle = wordFinder(words.map((rule) => ({ key: rule.key, word: rule.word, scope: rule.scope })));
  const anywhere = wordFinder(words.filter((rule) => rule.scope === 'anywhere').map((rule) => ({ key: rule.key, word: rule.word, scope: rule.scope })));
  const anywhereHits = options.anywhereHits;
  if (hidden.size === 0 && organizations.size === 0 && words.length === 0) return () => undefined;

  return (posting) => {
    if (hidden.size > 0 && hidden.has(hiddenKey(posting.id))) return { kind: 'hidden' };
    if (organizations.size > 0 && posting.organization) {
      const name = organizations.get(organizationKey(posting.organization));
      if (name !== undefined) return { kind: 'organization', name };
    }
    // A word blocked anywhere is also one blocked in the title: the title says it first.
    const titleWord = inTitle?.(posting.title);
    if (titleWord) return { kind: 'word', word: titleWord.word, scope: titleWord.scope };
    if (!anywhere) return undefined;
    if (posting.text === undefined) {
      const word = anywhereHits?.get(posting.id);
      return word === undefined ? undefined : { kind: 'word', word, scope: 'anywhere' };
    }
    const found = anywhere(`${posting.organization ?? ''}\n${posting.text}`);
    return found ? { kind: 'word', word: found.word, scope: 'anywhere' } : undefined;
  };
}

interface BlockedWord {
  key: string;
  word: string;
  scope: WordScope;
}

/**
 * One regular expression for all the words, on folded text: a word or phrase stands between
 * non-letters, its words separated by any non-letters ("temps-partiel" blocks "temps partiel").
 */
function wordFinder(words: readonly BlockedWord[]): ((text: string) => BlockedWord | undefined) | undefined {
  if (words.length === 0) return undefined;
  const byKey = new Map(words.map((word) => [word.key, word]));
  // Longest first: a phrase is found before a word it begins with.
  const alternatives = [...byKey.keys()].sort((a, b) => b.length - a.length).map((key) => key.split(' ').map(escapeRegExp).join('[^\\p{L}\\p{N}+#]+'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'u');
  return (text) => {
    const match = pattern.exec(foldText(text));
    if (!match) return undefined;
    return byKey.get(match[0].replace(WORD_SEPARATORS, ' '));
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A whole offer as the judge reads it, its text included (the worker has it; the popup does not). */
export function judgedOffer(offer: Offer): JudgedPosting {
  const text = [offer.location, ...offer.skills, ...offer.domains, ...offer.softSkills, ...offer.tags, offer.summary, offer.body].filter(Boolean).join('\n');
  return { id: offer.id, title: offer.title, organization: offer.organization, text };
}

/**
 * The judge, remembering its verdict per posting id: the popup asks again at every keystroke for
 * the same postings, whose rules and text do not change while it is open.
 */
export function memoizeJudge(judge: NoiseJudge): NoiseJudge {
  // null for "kept": one lookup answers for the postings judged already (most are kept).
  const verdicts = new Map<string, NoiseReason | null>();
  return (posting) => {
    const known = verdicts.get(posting.id);
    if (known !== undefined) return known ?? undefined;
    const verdict = judge(posting);
    verdicts.set(posting.id, verdict ?? null);
    return verdict;
  };
}

/** The rule that gave a reason, to undo it or count what it leaves out. */
export function ruleOfReason(reason: NoiseReason, offerId: string): { kind: NoiseRule['kind']; key: string } {
  if (reason.kind === 'hidden') return { kind: 'hidden', key: hiddenKey(reason.copyId ?? offerId) };
  if (reason.kind === 'organization') return { kind: 'organization', key: organizationKey(reason.name) };
  return { kind: 'word', key: wordKey(reason.word) };
}

/** How many of the postings each rule leaves out (by rule id, see ruleId), each posting counted under its first reason. */
export function countLeftOut(postings: Iterable<JudgedPosting>, judge: NoiseJudge): Map<string, number> {
  const counts = new Map<string, number>();
  for (const posting of postings) {
    const reason = judge(posting);
    if (!reason) continue;
    const id = ruleId(ruleOfReason(reason, posting.id));
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}
