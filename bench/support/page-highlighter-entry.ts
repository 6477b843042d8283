/**
 * What the content script runs to highlight a page (lib/page-script/page-session.ts), as
 * one function for bench/page.bench.ts to load into a page: read back the trie the worker
 * compiled (as JSON, as a message brings it), then scan and paint a slice at a time, yielding
 * as paintInSlices does. The same modules, nothing else; the
 * timings are taken in here.
 */
import { countedPainter, skillNamesOf } from '../../lib/page/counted-on-page';
import type { SkillRange } from '../../lib/page/find-skill-ranges';
import { firstVisibleText } from '../../lib/page/first-visible-text';
import { createHighlightPainter } from '../../lib/page/paint-highlights';
import { ONE_PASS, paintInSlices } from '../../lib/page/paint-in-slices';
import { matcherOfTrie } from '../../lib/skills/create-skill-matcher';
import { unpackSkillTrie, type PackedSkillTrie } from '../../lib/skills/packed-trie';

export interface HighlightTimings {
  /** Script time, all tasks added up. */
  scriptMs: number;
  /** The longest task: how long the page could not respond. */
  longestTaskMs: number;
  /** From the call to the end of its first task, when the page can paint the skills found so far. */
  firstTaskMs: number;
  /** From the call to the end of the last task. */
  doneMs: number;
  /** From the call until the frame after the first task went through, when it yielded; the top of the page is then painted. */
  firstPaintMs?: number;
  ranges: number;
  firstSliceCoversScreen: boolean;
}

/**
 * As shipped (SLICE_LENGTHS, from the top of the viewport of a scrolled page), or in one pass.
 * `firstSliceCoversScreen`: the first slice's ranges reach below the viewport, so that the
 * first frame shows every highlight of the first screen (measured after the timings).
 */
export async function highlight(trieJson: string, mine: string[], onePass = false): Promise<HighlightTimings> {
  const begin = performance.now();
  const startAt = onePass ? undefined : firstVisibleText(document);
  let firstSliceEnd: SkillRange | undefined;
  let taskStart = begin;
  let scriptMs = 0;
  let longestTaskMs = 0;
  let firstTaskMs = 0;
  let firstPaint: Promise<number> | undefined;
  let ranges = 0;
  const endTask = () => {
    const end = performance.now();
    scriptMs += end - taskStart;
    longestTaskMs = Math.max(longestTaskMs, end - taskStart);
    if (firstTaskMs !== 0) return;
    firstTaskMs = end - begin;
    firstPaint = new Promise((resolve) => afterNextFrame(() => resolve(performance.now() - begin)));
  };
  // A message's JSON is parsed in the page's isolated world too: part of what the script costs.
  const trie = JSON.parse(trieJson) as PackedSkillTrie;
  const matcher = matcherOfTrie(unpackSkillTrie(trie));
  const set = new Set(mine);
  await paintInSlices(document, {
    matcher,
    isMine: (skill) => set.has(skill),
    // Every skill found is painted (the posting's others turned on), through the roster check the script applies.
    painter: countedPainter(createHighlightPainter(document), skillNamesOf(matcher), () => true),
    longest: trie.longest,
    yieldToPage: () => {
      endTask();
      return new Promise((resolve) => setTimeout(() => {
        taskStart = performance.now();
        resolve();
      }, 0));
    },
    yieldToFrame: () => {
      endTask();
      return new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => {
        taskStart = performance.now();
        resolve();
      }, 0)));
    },
    isCancelled: () => false,
    sliceLengths: onePass ? ONE_PASS : undefined,
    startAt,
    onSlice: (found) => {
      if (ranges === 0) firstSliceEnd = found.ranges.at(-1);
      ranges += found.ranges.length;
    },
  });
  const yielded = firstPaint !== undefined;
  endTask();
  const doneMs = performance.now() - begin;
  const firstPaintMs = yielded ? await firstPaint : undefined;
  return { scriptMs, longestTaskMs, firstTaskMs, doneMs, firstPaintMs, ranges, firstSliceCoversScreen: coversScreen(firstSliceEnd) };
}

function coversScreen(range: SkillRange | undefined): boolean {
  if (!range) return false;
  const dom = document.createRange();
  dom.setStart(range.startNode, range.startOffset);
  dom.setEnd(range.endNode, range.endOffset);
  return dom.getBoundingClientRect().bottom >= innerHeight;
}

/**
 * Runs `then` once the next frame, with a layout, has gone through, ahead of the slices' timers:
 * the bench's measure of "painted" (bench/page.bench.ts), for the first task.
 */
function afterNextFrame(then: () => void): void {
  requestAnimationFrame(() => {
    document.body.getBoundingClientRect();
    const scheduler = (globalThis as { scheduler?: { postTask(task: () => void, options: { priority: string }): unknown } }).scheduler;
    if (scheduler) scheduler.postTask(then, { priority: 'user-blocking' });
    else setTimeout(then, 0);
  });
}
