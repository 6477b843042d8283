import { skillsHeldThrough } from './held-through';
import { impliedSkills, skillKey } from './implied-skills';

/** What a posting asks, as an offer or its summary holds it (lib/postings/types.ts: Offer). */
export interface AskedSkills {
  /** Every concrete skill the posting names. */
  skills: readonly string[];
  /** Lists of `skills` of which one will do. */
  skillGroups?: readonly (readonly string[])[];
  /** Skills of `skills` named without being required. */
  optionalSkills?: readonly string[];
}

/** A list of skills of which the posting asks for one, and those of them the seeker has: held when any. */
export interface SkillGroupMatch {
  members: string[];
  held: string[];
}

/** How well a seeker's skills cover a posting's: the one match the popup, the page panel and notifications show. */
export interface MatchScore {
  /**
   * Share of the skills the posting asks for that the seeker has, from 0 to 1; undefined when
   * the posting asks for no concrete skill, which shows no percentage rather than 0 %.
   */
  score?: number;
  /** How many of the skills asked the seeker has, and how many are asked, a group counting as one, an optional skill only when held: "2 sur 3". */
  held: number;
  asked: number;
  /** The skills asked for one by one that the seeker has: the posting's in its order, then the ones they imply. */
  matched: string[];
  /** The skills asked for one by one that the seeker lacks, in the same order. */
  missing: string[];
  /**
   * The skills the posting asks for only through another ("Python" through "Django"), each
   * with the first of the posting's skills that implies it: shown so, never as the posting's words.
   */
  implied: Array<[skill: string, by: string]>;
  /** The lists of which the posting asks for one skill, in its order. */
  groups: SkillGroupMatch[];
  /** The skills the posting names without requiring them that the seeker has: counted as held, never as missing. */
  optionalHeld: string[];
}

/**
 * The match, one definition for every place that shows one: the share of the skills a posting
 * asks for that the seeker has, where
 * - a posting asks for its concrete skills (Offer.skills: never its domains or soft skills), and
 *   for the ones they imply (lib/skills/implications.ts): a Django posting asks for Python too, so a Python
 *   developer who has never used Django reads 1 of 2, not 0;
 * - a list of which one will do (Offer.skillGroups: "(au moins) un framework (NodeJS, Rails,
 *   Django…)") is one skill asked, held when the seeker has any of its members; its members imply
 *   nothing: each framework's language is no more asked than the framework;
 * - a skill the posting does not require (Offer.optionalSkills: "un plus", "nice to have", "on ne
 *   s'attend pas à ce que tu les connaisses") never counts against the seeker: it counts, as held,
 *   only when the seeker has it, so that having more skills never lowers a match; it implies nothing;
 * - a seeker has the skills they listed and the ones those imply: a Django developer has Python,
 *   so reads 100 % on a Python posting and holds a list naming Django.
 * A seeker whose skills are exactly what a posting names reads 100 %: both sides imply the same.
 * Both sides hold the taxonomy's names (readSkills writes them, the options page and the worker
 * resolve what the user types, accents and aliases included), compared without case.
 */
export function scoreMatch(posting: AskedSkills, mySkills: readonly string[]): MatchScore {
  return matchScorer(mySkills)(posting);
}

/** scoreMatch for one seeker and many postings: what the seeker has is worked out once. */
export function matchScorer(mySkills: readonly string[]): (posting: AskedSkills) => MatchScore {
  const mine = new Set([...mySkills.map(skillKey), ...skillsHeldThrough(mySkills).keys()]);
  const has = (skill: string) => mine.has(skillKey(skill));
  return ({ skills, skillGroups = [], optionalSkills = [] }) => {
    const apart = new Set([...optionalSkills, ...skillGroups.flat()].map(skillKey));
    const { asked, implied } = askedSkills(skills, apart);
    const matched = asked.filter(has);
    const missing = asked.filter((skill) => !has(skill));
    const groups = skillGroups.map((members) => ({ members: [...members], held: members.filter(has) }));
    const optionalHeld = optionalSkills.filter(has);
    const held = matched.length + groups.filter((group) => group.held.length > 0).length + optionalHeld.length;
    const total = asked.length + groups.length + optionalHeld.length;
    const match = { held, asked: total, matched, missing, implied, groups, optionalHeld };
    return total === 0 ? match : { score: held / total, ...match };
  };
}

/**
 * The posting's skills asked one by one (not `apart`: optional, or in a list of which one will
 * do), once each, in its order, then the ones they imply that it does not name.
 */
function askedSkills(postingSkills: readonly string[], apart: ReadonlySet<string>): { asked: string[]; implied: Array<[string, string]> } {
  const asked: string[] = [];
  const seen = new Set(apart);
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
