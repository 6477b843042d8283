import { foldText } from '../text/fold';
import { canonicalSkillName } from './canonical-skill-name';
import { SKILLS } from './taxonomy';

/** English names of the taxonomy's French-named entries, by their name. */
let englishNames: Map<string, string> | undefined;
/** The same entries' names, by their English name folded. */
let namesByEnglish: Map<string, string> | undefined;

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

/**
 * The taxonomy's name of a skill as a seeker types it: one of its spellings ("postgres" →
 * "PostgreSQL"), or the English name the English interface shows it by ("IT security" →
 * "Sécurité informatique"), which its spellings may lack. Kept as typed, that name would
 * count in no match. Undefined for a name the taxonomy does not know.
 */
export function skillNameTyped(typed: string): string | undefined {
  namesByEnglish ??= new Map(SKILLS.flatMap((skill) => (skill.en ? [[foldText(skill.en), skill.name] as const] : [])));
  return canonicalSkillName(typed) ?? namesByEnglish.get(foldText(typed.trim().replace(/\s+/g, ' ')));
}
