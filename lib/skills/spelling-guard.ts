import { SPACE, foldCodeUnit, foldCodeUnits, isWordCodeUnit } from './fold-code-unit';
import type { SkillDefinition } from './types';

/** The checks an ambiguous spelling ("Go", "Vue", "R") must pass to count as a skill. */
export interface SpellingGuard {
  /** The spelling as written in the taxonomy, compared as is when case matters. */
  exact?: string;
  /** Folded context words, one of which must be near the match. */
  context: string[];
  /** Folded phrases that make the match an ordinary word, with the match's offset in each. */
  notIn: Array<{ phrase: string; offset: number }>;
}

/** How far around a match context words are looked for: about one sentence or list. */
const CONTEXT_WINDOW = 80;

export function createSpellingGuard(skill: SkillDefinition, spelling: string): SpellingGuard | undefined {
  const hasRules = skill.caseSensitive || skill.needsContext?.length || skill.notIn?.length;
  if (!hasRules) return undefined;
  if (skill.ambiguous && !skill.ambiguous.includes(spelling)) return undefined;
  const foldedSpelling = foldCodeUnits(spelling);
  const notIn = (skill.notIn ?? []).flatMap((phrase) => {
    const folded = foldCodeUnits(phrase);
    const offset = folded.indexOf(foldedSpelling);
    return offset < 0 ? [] : [{ phrase: folded, offset }];
  });
  return {
    exact: skill.caseSensitive ? spelling : undefined,
    context: (skill.needsContext ?? []).map((word) => foldCodeUnits(word)),
    notIn,
  };
}

export function passesGuard(guard: SpellingGuard, text: string, start: number, end: number): boolean {
  if (guard.exact !== undefined && text.slice(start, end) !== guard.exact) return false;
  if (followsNumber(text, start)) return false;
  if (guard.notIn.some(({ phrase, offset }) => foldedEquals(text, start - offset, phrase))) return false;
  return guard.context.length === 0 || hasContextNear(text, start, end, guard.context);
}

/** "10 Go de RAM", with a space or a no-break space: right after a number a short word is a unit. */
function followsNumber(text: string, start: number): boolean {
  let index = start - 1;
  while (index >= 0 && foldCodeUnit(text.charCodeAt(index)) === SPACE) index--;
  const code = text.charCodeAt(index);
  return code >= 0x30 && code <= 0x39;
}

function foldedEquals(text: string, start: number, folded: string): boolean {
  if (start < 0 || start + folded.length > text.length) return false;
  for (let index = 0; index < folded.length; index++) {
    if (foldCodeUnit(text.charCodeAt(start + index)) !== folded.charCodeAt(index)) return false;
  }
  return true;
}

function hasContextNear(text: string, start: number, end: number, words: string[]): boolean {
  // The match itself is left out, so that "Go" is not its own context.
  const before = foldCodeUnits(text, start - CONTEXT_WINDOW, start);
  const after = foldCodeUnits(text, end, end + CONTEXT_WINDOW);
  const window = `${before} ${after}`;
  return words.some((word) => containsWord(window, word));
}

function containsWord(haystack: string, word: string): boolean {
  for (let index = haystack.indexOf(word); index >= 0; index = haystack.indexOf(word, index + 1)) {
    const before = haystack.charCodeAt(index - 1);
    const after = haystack.charCodeAt(index + word.length);
    const startsWord = index === 0 || !isWordCodeUnit(before);
    const endsWord = index + word.length === haystack.length || !isWordCodeUnit(after);
    if (startsWord && endsWord) return true;
  }
  return false;
}
