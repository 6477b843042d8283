import { SKILLS } from './taxonomy';

/** English names of the taxonomy's French-named entries, by their name. */
let englishNames: Map<string, string> | undefined;

/**
 * How a skill, domain or quality is shown in an interface speaking `language`: its English name
 * in English where the taxonomy has one, else the name as stored (a posting's own skill, a
 * product name, a name already English).
 */
export function skillLabel(name: string, language: string): string {
  if (language !== 'en') return name;
  englishNames ??= new Map(SKILLS.flatMap((skill) => (skill.en ? [[skill.name, skill.en] as const] : [])));
  return englishNames.get(name) ?? name;
}
