import { foldCodeUnits } from './fold-code-unit';
import { SKILLS } from './taxonomy';
import type { SkillDefinition, SkillKind } from './types';

let skillsBySpelling: Map<string, SkillDefinition> | undefined;

/**
 * The taxonomy's name for a skill as a person types it ("postgres", "VueJS", "rgaa"), or
 * undefined when it is not in the taxonomy. Ambiguous spellings resolve too: someone who
 * lists "Go" among their skills means the language.
 */
export function canonicalSkillName(input: string): string | undefined {
  return taxonomyEntry(input)?.name;
}

/**
 * The kind of a skill as named or typed: what the taxonomy says, and a concrete skill for a
 * name it does not know (a posting's `techno: Odoo`, a user's own "Odoo" are skills).
 */
export function skillKindOf(input: string): SkillKind {
  return taxonomyEntry(input)?.kind ?? 'skill';
}

function taxonomyEntry(input: string): SkillDefinition | undefined {
  skillsBySpelling ??= indexSpellings();
  return skillsBySpelling.get(spellingKey(input));
}

function indexSpellings(): Map<string, SkillDefinition> {
  const index = new Map<string, SkillDefinition>();
  for (const skill of SKILLS) {
    for (const spelling of [skill.name, ...skill.aliases]) index.set(spellingKey(spelling), skill);
  }
  return index;
}

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const SPACES = /\s+/g;

function spellingKey(spelling: string): string {
  return foldCodeUnits(spelling.normalize('NFC')).replace(COMBINING_MARKS, '').replace(SPACES, ' ').trim();
}
