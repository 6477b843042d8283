import { foldText } from '../text/fold';

/** How well a seeker's skills cover a posting's: the one match the popup, the page panel and notifications show. */
export interface MatchScore {
  /**
   * Share of the posting's skills the seeker has, from 0 to 1; undefined when the posting asks
   * for no concrete skill, which shows no percentage rather than 0 %.
   */
  score?: number;
  /** The posting's skills the seeker has, in the posting's order. */
  matched: string[];
  /** The posting's skills the seeker lacks, in the posting's order. */
  missing: string[];
}

/**
 * The share of a posting's concrete skills (Offer.skills: never its domains or soft skills)
 * that the seeker has: a seeker whose skills are exactly what a posting asks for reads 100 %.
 * Both sides hold the taxonomy's names (readSkills writes them, the options page and the
 * worker resolve what the user types), compared without case or accents; this module keeps
 * clear of the taxonomy so that the popup and the content script can use it.
 */
export function scoreMatch(postingSkills: readonly string[], mySkills: readonly string[]): MatchScore {
  const mine = new Set(mySkills.map(foldText));
  const matched: string[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  for (const skill of postingSkills) {
    const key = foldText(skill.trim());
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    (mine.has(key) ? matched : missing).push(skill);
  }
  const total = matched.length + missing.length;
  return total === 0 ? { matched, missing } : { score: matched.length / total, matched, missing };
}
