import { DOCKED_GAPS, dockedWidth } from './docked-width';

/** What a page keeps when the panel narrows it: a column of text (about 70 characters) and its margins. */
const PAGE_KEEPS = 640;

/** An HTML or SVG element: one with an inline style. */
type Styled = Element & ElementCSSInlineStyle;

/**
 * How wide the panel can be when it makes room for itself by narrowing the page to no less than
 * PAGE_KEEPS: from 896 px windows on (324 px at 1,000, 360 at 1,280); undefined below.
 */
export function roomToMake(viewportWidth: number): number | undefined {
  return dockedWidth(viewportWidth, PAGE_KEEPS);
}

/**
 * Narrows the page so that a panel `width` wide, docked on the window's right edge, covers none
 * of it, and returns what undoes it (once: called again, it does nothing). The root element takes a right margin (its inline style,
 * `!important`, so that the page's own rules do not win), which narrows what flows in it, sticky
 * bars included; the page's fixed bars that ran under the panel (a header from edge to edge) end
 * where the page now ends. Left under the panel's column: what a page fixes inside that strip
 * only (a chat button in a corner) and what it places against the window rather than an element.
 */
export function makeRoom(doc: Document, width: number): () => void {
  const root = doc.documentElement;
  const pageEnd = root.clientWidth - width - DOCKED_GAPS;
  const undo = [restyle(root, 'margin-right', `${width + DOCKED_GAPS}px`)];
  // The fixed elements that reach past the page's end from its side, probed down the window's height
  // (the panel's own host, fixed too, starts on the window's edge). One ended no longer reaches the next probe.
  for (let y = 1; y < innerHeight; y += 24) {
    for (const element of doc.elementsFromPoint(pageEnd + 1, y) as Styled[]) {
      if (getComputedStyle(element).position === 'fixed' && element.getBoundingClientRect().left < pageEnd) undo.push(endAt(element, pageEnd));
    }
  }
  return () => undo.splice(0).forEach((each) => each());
}

/** Caps a fixed bar's width where the page ends: its computed width is the box `max-width` caps, whatever its box-sizing. */
function endAt(bar: Styled, pageEnd: number): () => void {
  return restyle(bar, 'max-width', `${parseFloat(getComputedStyle(bar).width) - bar.getBoundingClientRect().right + pageEnd}px`);
}

/**
 * Sets one of an element's inline style properties, and returns what puts back the page's own
 * value (without an `!important` of its own, rare in an inline style: the page script's bytes are counted).
 */
function restyle(element: Styled, property: string, value: string): () => void {
  const { style } = element;
  const before = style.getPropertyValue(property);
  style.setProperty(property, value, 'important');
  return () => style.setProperty(property, before);
}
