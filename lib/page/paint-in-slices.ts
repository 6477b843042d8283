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
}

/**
 * About 100,000 characters a slice: a few milliseconds of matching each, so that a 1 MB page
 * never holds the main thread for long, and its top (the posting, read first) is painted first.
 */
export const SLICE_LENGTH = 100_000;

/** Scans and paints `root` one slice per task, from the top of the page. */
export async function paintInSlices(root: Node, options: PaintInSlicesOptions): Promise<void> {
  const { matcher, isMine, painter, longest, yieldToPage, isCancelled, onSlice, sliceLength = SLICE_LENGTH } = options;
  const slices = findSkillRangesBySlice(root, matcher, isMine, sliceLength, longest);
  for (;;) {
    const next = slices.next();
    if (next.done) return;
    painter.paint(next.value.ranges);
    onSlice?.(next.value);
    await yieldToPage();
    if (isCancelled()) return;
  }
}
