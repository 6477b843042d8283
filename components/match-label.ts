import type { MatchScore } from '../lib/skills/score-match';

type Translate = (key: string, substitutions?: string | string[]) => string;

/** A match's share in whole percent, or undefined when the posting asks for no concrete skill. */
export function matchPercent(match: MatchScore | undefined): string | undefined {
  return match?.score === undefined ? undefined : String(Math.round(match.score * 100));
}

/** What a match counts, in words: "2 sur 3 compétences demandées", "2 of 3 skills asked for" (one wording for every count). */
export function matchCountLabel(t: Translate, match: MatchScore): string {
  const matched = String(match.matched.length);
  const total = match.matched.length + match.missing.length;
  return total === 1 ? t('matchCountOne', [matched]) : t('matchCount', [matched, String(total)]);
}
