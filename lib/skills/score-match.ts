import { foldText } from '../text/fold';
import { canonicalSkillName } from './canonical-skill-name';

export interface MatchScore {
  /** Share of the posting's skills that the user has, from 0 to 1 (0 when the posting lists none). */
  score: number;
  /** The posting's skills the user has, in the posting's order. */
  matched: string[];
  /** The posting's skills the user lacks, in the posting's order. */
  missing: string[];
}

/**
 * How well a user's skills cover a posting's. Both sides go through the taxonomy's aliases,
 * so a user who typed "postgres" or "VueJS" matches a posting asking for "PostgreSQL" or
 * "Vue.js"; skills outside the taxonomy are compared as typed, ignoring case and accents.
 */
export function scoreMatch(postingSkills: string[], userSkills: string[]): MatchScore {
  const userKeys = new Set(userSkills.map(skillKey));
  const matched: string[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  for (const skill of postingSkills) {
    const key = skillKey(skill);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    (userKeys.has(key) ? matched : missing).push(skill);
  }
  const total = matched.length + missing.length;
  return { score: total === 0 ? 0 : matched.length / total, matched, missing };
}

function skillKey(skill: string): string {
  return foldText(canonicalSkillName(skill) ?? skill.trim());
}
