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
    context: foldedContext(skill.needsContext ?? []),
    notIn,
  };
}

// Folded context lists by their words. The taxonomy gives most ambiguous skills the same list
// of eighty words, and the content script receives copies of it (as JSON): folded once, it
// costs the first compile 4 ms less (bench/page.bench.ts), and its index is built once too.
const foldedContexts = new Map<string, string[]>();

function foldedContext(words: readonly string[]): string[] {
  const key = words.join('\n');
  let folded = foldedContexts.get(key);
  if (!folded) foldedContexts.set(key, (folded = words.map((word) => foldCodeUnits(word))));
  return folded;
}

// Context words by their first code unit, built on first use: compiling a matcher creates a
// guard for each ambiguous spelling, and most are never checked.
const contextIndexes = new WeakMap<string[], Map<number, string[]>>();

function contextIndex(words: string[]): Map<number, string[]> {
  let index = contextIndexes.get(words);
  if (index) return index;
  index = new Map();
  for (const word of words) {
    const sameFirst = index.get(word.charCodeAt(0));
    if (sameFirst) sameFirst.push(word);
    else index.set(word.charCodeAt(0), [word]);
  }
  contextIndexes.set(words, index);
  return index;
}

export function passesGuard(guard: SpellingGuard, text: string, start: number, end: number): boolean {
  const { exact } = guard;
  if (exact !== undefined && !(end - start === exact.length && text.startsWith(exact, start))) return false;
  if (followsNumber(text, start)) return false;
  if (guard.notIn.some(({ phrase, offset }) => foldedEquals(text, start - offset, phrase))) return false;
  return guard.context.length === 0 || hasContextNear(text, start, end, guard.context);
}

/**
 * The folded text on either side of a match, joined by a space. The match itself is left out,
 * so that "Go" is not its own context. Built as one flat string: joined pieces would make V8
 * walk a rope for each character read.
 */
function foldedWindow(text: string, start: number, end: number): string {
  const codes: number[] = [];
  for (let index = Math.max(0, start - CONTEXT_WINDOW); index < start; index++) codes.push(foldCodeUnit(text.charCodeAt(index)));
  codes.push(SPACE);
  for (let index = end; index < Math.min(text.length, end + CONTEXT_WINDOW); index++) codes.push(foldCodeUnit(text.charCodeAt(index)));
  return String.fromCharCode(...codes);
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
  // An empty word is found next to anything.
  if (words.includes('')) return true;
  const byFirst = contextIndex(words);
  const window = foldedWindow(text, start, end);
  // Each place where a word may start is tried against the few words starting with its code
  // unit, rather than each of the eighty words of CODE_CONTEXT searched through the window.
  for (let index = 0; index < window.length; index++) {
    if (index > 0 && isWordCodeUnit(window.charCodeAt(index - 1))) continue;
    for (const word of byFirst.get(window.charCodeAt(index)) ?? []) {
      const wordEnd = index + word.length;
      if (window.startsWith(word, index) && (wordEnd === window.length || !isWordCodeUnit(window.charCodeAt(wordEnd)))) return true;
    }
  }
  return false;
}
