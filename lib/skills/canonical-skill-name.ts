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

// Entries by input as given: every posting's skills are looked up again by name (sortByKind),
// and the same few hundred names come back. Bounded, as user input may be anything.
const entriesByInput = new Map<string, SkillDefinition | undefined>();
const MAX_REMEMBERED_INPUTS = 10_000;

function taxonomyEntry(input: string): SkillDefinition | undefined {
  if (entriesByInput.has(input)) return entriesByInput.get(input);
  skillsBySpelling ??= indexSpellings();
  const entry = skillsBySpelling.get(spellingKey(input));
  if (entriesByInput.size >= MAX_REMEMBERED_INPUTS) entriesByInput.clear();
  entriesByInput.set(input, entry);
  return entry;
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
