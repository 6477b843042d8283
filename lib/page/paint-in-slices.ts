import type { SkillMatcher } from '../skills/create-skill-matcher';
import { findSkillRangesBySlice, type FoundSkills } from './find-skill-ranges';
import type { HighlightPainter } from './paint-highlights';

export interface PaintInSlicesOptions {
  matcher: SkillMatcher;
  isMine: (skill: string) => boolean;
  painter: HighlightPainter;
  /** The longest spelling of the matcher's skills (lib/page/slice-text.ts's longestSpelling). */
  longest: number;
  /** Lets the page run between two slices: a timer, through the content script's context. */
  yieldToPage: () => Promise<void>;
  isCancelled: () => boolean;
  onSlice?: (found: FoundSkills) => void;
  sliceLength?: number;
  /** Milliseconds, as performance.now() gives them. */
  now?: () => number;
}

/**
 * About 100,000 characters a slice: a few milliseconds of matching each, so that a task that
 * has used its budget stops soon after, and the top of the page (the posting) is scanned first.
 */
export const SLICE_LENGTH = 100_000;

/**
 * How long a task scans before letting the page in. Yielding after every slice cost a 1 MB page
 * a quarter more script and up to twice the time until painted (bench/page.bench.ts): each yield
 * waits for a timer, and the page paints the highlights so far once more. A page scanned within
 * the budget is painted in one task; on a longer one, each task stops at the first slice past it.
 */
export const TASK_BUDGET_MS = 30;

/** Scans and paints `root` a slice at a time, from the top of the page, yielding once a task has used its budget. */
export async function paintInSlices(root: Node, options: PaintInSlicesOptions): Promise<void> {
  const { matcher, isMine, painter, longest, yieldToPage, isCancelled, onSlice, sliceLength = SLICE_LENGTH, now = () => performance.now() } = options;
  let taskStart = now();
  for (const found of findSkillRangesBySlice(root, matcher, isMine, sliceLength, longest)) {
    painter.paint(found.ranges);
    onSlice?.(found);
    if (now() - taskStart < TASK_BUDGET_MS) continue;
    await yieldToPage();
    if (isCancelled()) return;
    taskStart = now();
  }
}
