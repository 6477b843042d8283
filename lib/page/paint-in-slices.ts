import type { SkillMatcher } from '../skills/create-skill-matcher';
import { findSkillRangesBySlice, type FoundSkills, type SliceLengths } from './find-skill-ranges';
import type { HighlightPainter } from './paint-highlights';

export interface PaintInSlicesOptions {
  matcher: SkillMatcher;
  isMine: (skill: string) => boolean;
  painter: HighlightPainter;
  /** The longest spelling of the matcher's skills (lib/page/slice-text.ts's longestSpelling). */
  longest: number;
  /** Lets the page run between two tasks: a timer, through the content script's context. */
  yieldToPage: () => Promise<void>;
  /** Lets the page paint what the first slice found, before the rest is read: the next frame, then a timer. */
  yieldToFrame: () => Promise<void>;
  isCancelled: () => boolean;
  onSlice?: (found: FoundSkills) => void;
  sliceLengths?: SliceLengths;
  /** Where the first slice starts, when not at the top of the page: the top of a scrolled page's viewport. */
  startAt?: Text;
  /** Milliseconds, as performance.now() gives them. */
  now?: () => number;
}

/**
 * The first slice is a screenful of text or two (a page's navigation, then the top of the
 * posting): painted and shown before the rest of the page is even read. The others are
 * 25,000 characters, 3 to 8 ms of reading and matching each while the code is still cold, so
 * that a task can stop close to its budget.
 */
export const SLICE_LENGTHS: SliceLengths = { first: 6_000, rest: 25_000 };

/** The whole page in one slice: for painters that change the DOM they read (the fallback's wrappers). */
export const ONE_PASS: SliceLengths = { first: Number.POSITIVE_INFINITY, rest: Number.POSITIVE_INFINITY };

/**
 * How long a task may scan before letting the page in: a task stops before a slice that could
 * take it past this budget, were it twice as slow as the one before (cold code, a garbage
 * collection, a page denser in text or in nodes). Yielding after every slice instead cost a
 * 1 MB page a quarter more script and up to twice the time until painted (bench/page.bench.ts):
 * each yield waits for a timer, and the page paints once more.
 */
export const TASK_BUDGET_MS = 30;

/**
 * Scans and paints `root` a slice at a time, from the top of the page or `startAt`. The first
 * slice ends the first task, so that the page shows its highlights at the next frame; the
 * others share tasks within the budget.
 */
export async function paintInSlices(root: Node, options: PaintInSlicesOptions): Promise<void> {
  const { matcher, isMine, painter, longest, yieldToPage, yieldToFrame, isCancelled, onSlice, sliceLengths = SLICE_LENGTHS, startAt, now = () => performance.now() } = options;
  let taskStart = now();
  let sliceStart = taskStart;
  let isFirst = true;
  for (const found of findSkillRangesBySlice(root, matcher, isMine, sliceLengths, longest, startAt)) {
    painter.paint(found.ranges);
    onSlice?.(found);
    if (found.isLast) return;
    const end = now();
    const lastSlice = end - sliceStart;
    sliceStart = end;
    if (!isFirst && end - taskStart + 2 * lastSlice <= TASK_BUDGET_MS) continue;
    await (isFirst ? yieldToFrame() : yieldToPage());
    isFirst = false;
    if (isCancelled()) return;
    taskStart = sliceStart = now();
  }
}
