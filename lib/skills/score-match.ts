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
 * worker resolve what the user types, accents and aliases included), compared without case.
 * No taxonomy and no folding tables here: the popup and the content script use it too, and
 * the content script must stay under 15 KiB.
 */
export function scoreMatch(postingSkills: readonly string[], mySkills: readonly string[]): MatchScore {
  const mine = new Set(mySkills.map(skillKey));
  const matched: string[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  for (const skill of postingSkills) {
    const key = skillKey(skill);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    (mine.has(key) ? matched : missing).push(skill);
  }
  const total = matched.length + missing.length;
  return total === 0 ? { matched, missing } : { score: matched.length / total, matched, missing };
}

function skillKey(name: string): string {
  return name.trim().toLowerCase();
}
