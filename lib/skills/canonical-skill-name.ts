import { foldCodeUnits } from './fold-code-unit';
import { SKILLS } from './taxonomy';

let namesBySpelling: Map<string, string> | undefined;

/**
 * The taxonomy's name for a skill as a person types it ("postgres", "VueJS", "rgaa"), or
 * undefined when it is not in the taxonomy. Ambiguous spellings resolve too: someone who
 * lists "Go" among their skills means the language.
 */
export function canonicalSkillName(input: string): string | undefined {
  namesBySpelling ??= indexSpellings();
  return namesBySpelling.get(spellingKey(input));
}

function indexSpellings(): Map<string, string> {
  const index = new Map<string, string>();
  for (const skill of SKILLS) {
    for (const spelling of [skill.name, ...skill.aliases]) index.set(spellingKey(spelling), skill.name);
  }
  return index;
}

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const SPACES = /\s+/g;

function spellingKey(spelling: string): string {
  return foldCodeUnits(spelling.normalize('NFC')).replace(COMBINING_MARKS, '').replace(SPACES, ' ').trim();
}
