import { countLeftOut, createNoiseJudge, type JudgedPosting } from './judge-noise';
import { activeRules, hiddenKey, ruleId, type NoiseRule } from './noise-rules';

export interface ListedRule {
  rule: NoiseRule;
  /** How many of the board's postings it leaves out now (each posting counted under its first reason). */
  leftOut: number;
  /** A hidden posting's title: kept with the rule, else found on the board (a rule that came from another browser has none). */
  title?: string;
}

/**
 * What the seeker hid and blocked, for the list where each can be undone: the rules that act,
 * newest first, each with what it leaves out of `postings` (the board's summaries).
 */
export function listNoiseRules(rules: readonly NoiseRule[], postings: readonly JudgedPosting[], anywhereHits?: ReadonlyMap<string, string>): ListedRule[] {
  const active = activeRules(rules).sort((a, b) => b.at - a.at);
  const counts = countLeftOut(postings, createNoiseJudge(active, { anywhereHits }));
  const hasUntitled = active.some((rule) => rule.kind === 'hidden' && !rule.title);
  const titles = hasUntitled ? new Map(postings.map((posting) => [hiddenKey(posting.id), posting.title])) : undefined;
  return active.map((rule) => ({
    rule,
    leftOut: counts.get(ruleId(rule)) ?? 0,
    ...(rule.kind === 'hidden' ? { title: rule.title ?? titles?.get(rule.key) } : {}),
  }));
}
