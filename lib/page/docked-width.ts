/** The page panel's width when docked in a page's margin: narrower, it would not hold its lines. */
export const DOCKED_WIDTH = { min: 220, max: 360 } as const;
/** Between the text and the panel (a column's own padding is often about this), and between the panel and the window's edge. */
const TEXT_GAP = 24;
const EDGE_GAP = 12;
/** What a docked panel takes beside its width: the page's text ends this far left of the panel's left edge plus its width. */
export const DOCKED_GAPS = TEXT_GAP + EDGE_GAP;

/**
 * How wide the panel can be, docked between the end of the page's text column and the window's
 * edge (`viewportWidth`, without the scrollbar), or undefined when that margin is too narrow:
 * the panel then makes room for itself (make-room.ts) or waits folded to a tab, so that it never
 * covers the text it is about.
 */
export function dockedWidth(viewportWidth: number, textEnd: number): number | undefined {
  const room = viewportWidth - Math.max(0, textEnd) - DOCKED_GAPS;
  return room >= DOCKED_WIDTH.min ? Math.min(Math.floor(room), DOCKED_WIDTH.max) : undefined;
}
