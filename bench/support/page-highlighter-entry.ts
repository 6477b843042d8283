/**
 * What the content script runs to highlight a page (entrypoints/content/page-session.ts), as
 * one function for bench/page.bench.ts to load into a page: compile the matcher, then scan and
 * paint a slice at a time, yielding as paintInSlices does. The same modules, nothing else; the
 * timings are taken in here.
 */
import { createHighlightPainter } from '../../lib/page/paint-highlights';
import { paintInSlices } from '../../lib/page/paint-in-slices';
import { longestSpelling } from '../../lib/page/slice-text';
import { createSkillMatcher } from '../../lib/skills/create-skill-matcher';
import type { SkillDefinition } from '../../lib/skills/types';

export interface HighlightTimings {
  /** Script time, all tasks added up. */
  scriptMs: number;
  /** The longest task: how long the page could not respond. */
  longestTaskMs: number;
  /** From the call to the end of its first task, when the page can paint the skills found so far. */
  firstTaskMs: number;
  /** From the call to the end of the last task. */
  doneMs: number;
  ranges: number;
}

/** `sliceLength`: as shipped (SLICE_LENGTH) unless told; a huge one makes a single pass. */
export async function highlight(skills: SkillDefinition[], mine: string[], sliceLength?: number): Promise<HighlightTimings> {
  const begin = performance.now();
  let taskStart = begin;
  let scriptMs = 0;
  let longestTaskMs = 0;
  let firstTaskMs = 0;
  let ranges = 0;
  const endTask = () => {
    const end = performance.now();
    scriptMs += end - taskStart;
    longestTaskMs = Math.max(longestTaskMs, end - taskStart);
    if (firstTaskMs === 0) firstTaskMs = end - begin;
  };
  const matcher = createSkillMatcher(skills);
  const set = new Set(mine);
  await paintInSlices(document, {
    matcher,
    isMine: (skill) => set.has(skill),
    painter: createHighlightPainter(document),
    longest: longestSpelling(skills),
    yieldToPage: () => {
      endTask();
      return new Promise((resolve) => setTimeout(() => {
        taskStart = performance.now();
        resolve();
      }, 0));
    },
    isCancelled: () => false,
    sliceLength,
    onSlice: (found) => void (ranges += found.ranges.length),
  });
  endTask();
  return { scriptMs, longestTaskMs, firstTaskMs, doneMs: performance.now() - begin, ranges };
}
