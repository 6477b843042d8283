import type { MatchScore } from '../lib/skills/score-match';

type Translate = (key: string, substitutions?: string | string[]) => string;

/** A match's share in whole percent, or undefined when the posting asks for no concrete skill. */
export function matchPercent(match: MatchScore | undefined): string | undefined {
  return match?.score === undefined ? undefined : String(Math.round(match.score * 100));
}

/** What a match counts, in words: "2 sur 3 compétences demandées", "2 of 3 skills asked for" (one wording for every count). */
export function matchCountLabel(t: Translate, match: MatchScore): string {
  // One count for both wordings: "1 sur 1 compétence demandée" writes the total itself.
  return t(match.asked === 1 ? 'matchCountOne' : 'matchCount', [String(match.held), String(match.asked)]);
}
