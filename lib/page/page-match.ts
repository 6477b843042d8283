import { scoreMatch, type MatchScore } from '../skills/score-match';
import type { PageContext } from './page-context';

/**
 * The match on a page Vigie knows no posting for: the concrete skills seen on it, scored as
 * a posting's are (lib/skills/score-match.ts). The domains and qualities it names are painted
 * but, as in a posting, never counted.
 */
export function pageMatch(found: Iterable<string>, context: Pick<PageContext, 'trie' | 'mySkills'>): MatchScore {
  const kinds = new Map(context.trie.skills.map(({ name, kind }) => [name, kind]));
  return scoreMatch([...found].filter((name) => kinds.get(name) === 'skill'), context.mySkills);
}
