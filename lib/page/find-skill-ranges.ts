import type { SkillMatcher } from '../skills/create-skill-matcher';
import type { SkillMatch } from '../skills/types';
import { collectText, createTextReader, type PageText } from './collect-text';
import { readTextWindows } from './page-text-stream';
import { contextAfter, findInSlice } from './slice-text';

export type SkillKind = 'match' | 'missing';

/** One occurrence of a skill in the page, as DOM boundary points (it may span several text nodes). */
export interface SkillRange {
  skill: string;
  kind: SkillKind;
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

export interface FoundSkills {
  ranges: SkillRange[];
  /** Canonical names found, by first occurrence. */
  skills: string[];
}

/** How long the slices of findSkillRangesBySlice are, in characters. */
export interface SliceLengths {
  first: number;
  rest: number;
}

/**
 * DOM → text nodes → ranges: the skills that `matcher` finds under `root`, each occurrence
 * mapped back to the text nodes it covers. `isMine` tells the user's skills ("match") from
 * the posting's others ("missing"). Pure over the DOM: it reads, never writes.
 */
export function findSkillRanges(root: Node, matcher: SkillMatcher, isMine: (skill: string) => boolean): FoundSkills {
  const page = collectText(root);
  if (page.text.length === 0) return { ranges: [], skills: [] };
  const matches = matcher.find(page.text);
  return { ranges: toRanges(page, matches, isMine), skills: matches.map((match) => match.name) };
}

/**
 * findSkillRanges a slice of text at a time, for a long page: the caller paints each and lets
 * the page breathe in between. The text is read as the slices need it (page-text-stream.ts),
 * from the top of the page, so that the first slice costs little even on a 1 MB page.
 * Together the slices give what one pass gives; `longest` is the longest spelling of the skills.
 */
export function* findSkillRangesBySlice(root: Node, matcher: SkillMatcher, isMine: (skill: string) => boolean, lengths: SliceLengths, longest: number): Generator<FoundSkills & { isLast: boolean }> {
  const windows = readTextWindows(createTextReader(root), (index) => (index === 0 ? lengths.first : lengths.rest), contextAfter(longest));
  for (const window of windows) {
    const matches = findInSlice(matcher, window.text, window.slice, longest);
    yield { ranges: toRanges(window, matches, isMine), skills: matches.map((match) => match.name), isLast: window.isLast };
  }
}

function toRanges(page: PageText, matches: SkillMatch[], isMine: (skill: string) => boolean): SkillRange[] {
  const occurrences: Array<{ skill: string; kind: SkillKind; start: number; end: number }> = [];
  for (const match of matches) {
    const kind: SkillKind = isMine(match.name) ? 'match' : 'missing';
    for (const [start, end] of match.ranges) occurrences.push({ skill: match.name, kind, start, end });
  }
  // In text order, so that the node lookup below only moves forward.
  occurrences.sort((a, b) => a.start - b.start);
  const ranges: SkillRange[] = [];
  let cursor = 0;
  for (const { skill, kind, start, end } of occurrences) {
    cursor = nodeAt(page, start, cursor);
    const last = nodeAt(page, end - 1, cursor);
    const startNode = page.nodes[cursor]!;
    const endNode = page.nodes[last]!;
    ranges.push({ skill, kind, startNode, startOffset: start - page.starts[cursor]!, endNode, endOffset: end - page.starts[last]! });
  }
  return ranges;
}

/** The index of the node holding character `position`, searching forward from `from`. */
function nodeAt(page: PageText, position: number, from: number): number {
  const { starts } = page;
  // Most occurrences are in the same node as the previous one or a few further: look there first.
  let index = from;
  for (let step = 0; step < 8 && index + 1 < starts.length && starts[index + 1]! <= position; step++) index++;
  if (index + 1 >= starts.length || starts[index + 1]! > position) return index;
  let low = index;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= position) low = middle;
    else high = middle - 1;
  }
  return low;
}
