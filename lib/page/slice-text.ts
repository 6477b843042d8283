import { SPACE, foldCodeUnit } from '../skills/fold-code-unit';
import type { SkillMatcher } from '../skills/create-skill-matcher';
import type { SkillDefinition, SkillMatch } from '../skills/types';

/** Characters read around a slice: more than the matcher's context window (80) for its guards. */
const MARGIN = 120;
/** How far back a window may reach to start at a word boundary (the matcher looks that far for URLs). */
const LONGEST_TOKEN = 300;

/** How much text before a slice findInSlice reads, at most. */
export const CONTEXT_BEFORE = MARGIN + LONGEST_TOKEN;

/** How much text after a slice findInSlice needs, for skills whose longest spelling is `longest`. */
export function contextAfter(longest: number): number {
  return longest + MARGIN + LONGEST_TOKEN;
}

export interface TextSlice {
  start: number;
  end: number;
}

/**
 * The matches that start in `slice`, at their place in `text`. The matcher reads the slice with
 * `longest` + a margin of text on each side, from a space: its guards, word starts and URL
 * checks see what they would see in the whole text, so slice by slice finds exactly what one
 * pass finds (tests/page/slice-text.test.ts checks it on the real postings), wherever the
 * slices are cut. `text` may itself be a window of a longer text, as long as it holds
 * CONTEXT_BEFORE characters before the slice and contextAfter(longest) after it, or the
 * longer text's own start and end.
 */
export function findInSlice(matcher: SkillMatcher, text: string, slice: TextSlice, longest: number): SkillMatch[] {
  // The whole text (one pass): no offset to shift, no match to leave out.
  if (slice.start === 0 && slice.end === text.length) return matcher.find(text);
  const from = spaceBefore(text, slice.start - MARGIN);
  const to = slice.end >= text.length ? text.length : spaceAfter(text, slice.end + longest + MARGIN);
  const matches: SkillMatch[] = [];
  for (const match of matcher.find(text.slice(from, to))) {
    const ranges = match.ranges
      .map(([start, end]): [number, number] => [start + from, end + from])
      .filter(([start]) => start >= slice.start && start < slice.end);
    if (ranges.length > 0) matches.push({ ...match, ranges });
  }
  return matches;
}

/** Merges slices' matches, in slice order: skills by first occurrence, as one pass gives them. */
export function mergeMatches(into: Map<string, SkillMatch>, matches: SkillMatch[]): void {
  for (const match of matches) {
    const known = into.get(match.name);
    if (known) known.ranges.push(...match.ranges);
    else into.set(match.name, { ...match, ranges: [...match.ranges] });
  }
}

function spaceBefore(text: string, position: number): number {
  if (position <= 0) return 0;
  const floor = Math.max(0, position - LONGEST_TOKEN);
  for (let index = position; index > floor; index--) {
    if (foldCodeUnit(text.charCodeAt(index - 1)) === SPACE) return index;
  }
  return floor;
}

function spaceAfter(text: string, position: number): number {
  for (let index = position; index < text.length; index++) {
    if (foldCodeUnit(text.charCodeAt(index)) === SPACE) return index;
  }
  return text.length;
}

/** The longest spelling of `skills`, in code units: how far past a slice a match may run. */
export function longestSpelling(skills: readonly SkillDefinition[]): number {
  let longest = 0;
  for (const skill of skills) for (const spelling of [skill.name, ...skill.aliases]) longest = Math.max(longest, spelling.length);
  return longest;
}
