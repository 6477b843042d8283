import { skillKindOf } from './canonical-skill-name';
import type { SkillKind } from './types';

/** Skill names sorted by kind, as an offer keeps them: only `skills` counts in a match. */
export interface SkillsByKind {
  skills: string[];
  domains: string[];
  softSkills: string[];
}

// A role has no field: "Product Owner" is the posting's title or a colleague's job, not something asked.
const FIELD_OF_KIND: Record<SkillKind, keyof SkillsByKind | undefined> = { skill: 'skills', domain: 'domains', soft: 'softSkills', role: undefined };

/** Each name once (ignoring case), in the order given, under its kind in the taxonomy; a name it does not know is a skill; roles left out. */
export function sortByKind(names: Iterable<string>): SkillsByKind {
  const sorted: SkillsByKind = { skills: [], domains: [], softSkills: [] };
  const seen = new Set<string>();
  for (const name of names) {
    const key = name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const field = FIELD_OF_KIND[skillKindOf(name)];
    if (field) sorted[field].push(name);
  }
  return sorted;
}
