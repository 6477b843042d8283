import { createSkillMatcher, type SkillMatcher } from './create-skill-matcher';
import { SKILLS } from './taxonomy';
import type { SkillMatch } from './types';

let taxonomyMatcher: SkillMatcher | undefined;

/** Skills of the taxonomy found in `text`, by first occurrence, with their ranges in `text`. */
export function extractSkills(text: string): SkillMatch[] {
  // Compiled on first use only: importing this module must stay free for code that never extracts.
  taxonomyMatcher ??= createSkillMatcher(SKILLS);
  return taxonomyMatcher.find(text);
}
