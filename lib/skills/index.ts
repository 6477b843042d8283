export { SKILLS } from './taxonomy';
export { extractSkills } from './extract-skills';
export { createSkillMatcher, type SkillMatcher } from './create-skill-matcher';
export { canonicalSkillName, skillKindOf } from './canonical-skill-name';
export { skillLabel } from './skill-label';
export { matchScorer, scoreMatch, type MatchScore } from './score-match';
export { impliedSkills } from './implied-skills';
export type { SkillKind, SkillDefinition, SkillMatch } from './types';
