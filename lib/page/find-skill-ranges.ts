import type { SkillMatcher } from '../skills/create-skill-matcher';
import type { SkillMatch } from '../skills/types';
import { createTextReader, nodeAt, textBefore, type PageText, type TextReader } from './collect-text';
import { collectText, readTextWindows, type TextWindow } from './page-text-stream';
import { CONTEXT_BEFORE, contextAfter, findInSlice } from './slice-text';

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
 * from the top of the page, so that the first slice costs little even on a 1 MB page; from
 * `startAt` when given (the top of a scrolled page's viewport), then the whole page without
 * what that first slice found. Together the slices give what one pass gives, each range once;
 * `longest` is the longest spelling of the skills.
 */
export function* findSkillRangesBySlice(
  root: Node,
  matcher: SkillMatcher,
  isMine: (skill: string) => boolean,
  lengths: SliceLengths,
  longest: number,
  startAt?: Text,
): Generator<FoundSkills & { isLast: boolean }> {
  const after = contextAfter(longest);
  const find = (window: TextWindow, isDone: (range: SkillRange) => boolean = () => false) => {
    const matches = findInSlice(matcher, window.text, window.slice, longest);
    return { ranges: toRanges(window, matches, isMine).filter((range) => !isDone(range)), skills: matches.map((match) => match.name), isLast: window.isLast };
  };
  const first = startAt === undefined ? null : firstNonEmpty(createTextReader(root, startAt));
  let isDone: ((range: SkillRange) => boolean) | undefined;
  if (first) {
    const before = textBefore(root, first, CONTEXT_BEFORE);
    const [window] = readTextWindows(createTextReader(root, before.from), () => lengths.first, after, before.length);
    if (window) {
      yield { ...find(window), isLast: false };
      isDone = isInSlice(window);
    }
  }
  const windows = readTextWindows(createTextReader(root), (index) => (index === 0 && !isDone ? lengths.first : lengths.rest), after);
  for (const window of windows) yield find(window, isDone);
}

/** Whether a range starts in `window`'s slice, told by DOM position: the test stays valid once the window is gone. */
function isInSlice(window: TextWindow): (range: SkillRange) => boolean {
  const { nodes, starts, slice } = window;
  const firstNode = nodeAt(window, slice.start, 0);
  const lastNode = nodeAt(window, Math.max(slice.start, slice.end - 1), firstNode);
  const endOffset = slice.end - starts[lastNode]!;
  const endNode = nodes[lastNode];
  const inside = new Set(nodes.slice(firstNode, lastNode + 1));
  return (range) => inside.has(range.startNode) && (range.startNode !== endNode || range.startOffset < endOffset);
}

function firstNonEmpty(reader: TextReader): Text | null {
  for (let node = reader.next(); node !== null; node = reader.next()) if (node.length > 0) return node;
  return null;
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
