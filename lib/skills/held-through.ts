import { impliedSkills, skillKey } from './implied-skills';

/**
 * The skills a seeker has only through others they listed ("JavaScript" through "React"), each
 * with the first of theirs that implies it, keyed by the lower-cased name: the match credits
 * them (score-match.ts), so the card says where they come from rather than seem invented.
 */
export function skillsHeldThrough(mySkills: Iterable<string>): Map<string, string> {
  const listed = [...mySkills];
  const own = new Set(listed.map(skillKey));
  const through = new Map<string, string>();
  for (const skill of listed) {
    for (const implied of impliedSkills(skill)) {
      const key = skillKey(implied);
      if (!own.has(key) && !through.has(key)) through.set(key, skill);
    }
  }
  return through;
}
