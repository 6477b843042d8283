import { skillsHeldThrough } from './held-through';
import { impliedSkills, skillKey } from './implied-skills';

/** How well a seeker's skills cover a posting's: the one match the popup, the page panel and notifications show. */
export interface MatchScore {
  /**
   * Share of the skills the posting asks for that the seeker has, from 0 to 1; undefined when
   * the posting asks for no concrete skill, which shows no percentage rather than 0 %.
   */
  score?: number;
  /** The skills asked for that the seeker has: the posting's in its order, then the ones they imply. */
  matched: string[];
  /** The skills asked for that the seeker lacks, in the same order. */
  missing: string[];
  /**
   * The skills the posting asks for only through another ("Python" through "Django"), each
   * with the first of the posting's skills that implies it: shown so, never as the posting's words.
   */
  implied: Array<[skill: string, by: string]>;
}

/**
 * The match, one definition for every place that shows one: the share of the skills a posting
 * asks for that the seeker has, where
 * - a posting asks for its concrete skills (Offer.skills: never its domains or soft skills) and
 *   for the ones they imply (lib/skills/implications.ts): a Django posting asks for Python
 *   too, so a Python developer who has never used Django reads 1 of 2, not 0;
 * - a seeker has the skills they listed and the ones those imply: a Django developer has Python,
 *   so reads 100 % on a Python posting.
 * A seeker whose skills are exactly what a posting names reads 100 %: both sides imply the same.
 * Both sides hold the taxonomy's names (readSkills writes them, the options page and the worker
 * resolve what the user types, accents and aliases included), compared without case.
 */
export function scoreMatch(postingSkills: readonly string[], mySkills: readonly string[]): MatchScore {
  return matchScorer(mySkills)(postingSkills);
}

/** scoreMatch for one seeker and many postings: what the seeker has is worked out once. */
export function matchScorer(mySkills: readonly string[]): (postingSkills: readonly string[]) => MatchScore {
  const mine = new Set([...mySkills.map(skillKey), ...skillsHeldThrough(mySkills).keys()]);
  return (postingSkills) => {
    const matched: string[] = [];
    const missing: string[] = [];
    const { asked, implied } = askedSkills(postingSkills);
    for (const skill of asked) (mine.has(skillKey(skill)) ? matched : missing).push(skill);
    const total = matched.length + missing.length;
    return total === 0 ? { matched, missing, implied } : { score: matched.length / total, matched, missing, implied };
  };
}

/** The posting's skills once each, in its order, then the ones they imply that it does not name. */
function askedSkills(postingSkills: readonly string[]): { asked: string[]; implied: Array<[string, string]> } {
  const asked: string[] = [];
  const seen = new Set<string>();
  for (const skill of postingSkills) {
    const key = skillKey(skill);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    asked.push(skill);
  }
  const implied: Array<[string, string]> = [];
  for (const by of asked.slice()) {
    for (const skill of impliedSkills(by)) {
      const key = skillKey(skill);
      if (seen.has(key)) continue;
      seen.add(key);
      asked.push(skill);
      implied.push([skill, by]);
    }
  }
  return { asked, implied };
}
