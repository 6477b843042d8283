import { ELEMENT_NODE, SHOW_TEXT, TEXT_NODE } from './node-types';

/** Caret hit-testing, in Chrome 128 and Firefox; older browsers read from the top of the page. */
interface CaretDocument {
  caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
}

/** Heights, as shares of the viewport, where a text is looked for: the top first, then lower. */
const PROBED_HEIGHTS = [0.02, 0.1, 0.2, 0.35, 0.5];

/**
 * The text node at the top of the viewport of a scrolled page, where the user is reading: the
 * first slice is read from there (paintInSlices's `startAt`). Undefined at the top of the page
 * (the first slice starts there anyway) or when the browser cannot tell.
 */
export function firstVisibleText(doc: Document): Text | undefined {
  const view = doc.defaultView;
  if (!view || view.scrollY <= 0) return undefined;
  for (const share of PROBED_HEIGHTS) {
    const text = textAt(doc, view.innerWidth / 2, view.innerHeight * share);
    if (text) return text;
  }
  return undefined;
}

/**
 * Inside a fixed or sticky bar (a site's header, a cookie banner): its text comes early in the
 * page, far from what the user reads below it.
 */
function isPinned(node: Node): boolean {
  const view = node.ownerDocument?.defaultView;
  for (let element = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement; element && view; element = element.parentElement) {
    const { position } = view.getComputedStyle(element);
    if (position === 'fixed' || position === 'sticky') return true;
  }
  return false;
}

function textAt(doc: Document, x: number, y: number): Text | undefined {
  const position = (doc as unknown as CaretDocument).caretPositionFromPoint?.(x, y);
  const node = position?.offsetNode;
  if (!node || !doc.body?.contains(node) || isPinned(node)) return undefined;
  if (node.nodeType === TEXT_NODE) return node as Text;
  // Between two children of an element: the first text from there on (or from the element's start:
  // reading a little above the screen changes nothing of what is found).
  const child = node.childNodes[position.offset];
  if (child?.nodeType === TEXT_NODE) return child as Text;
  const walker = doc.createTreeWalker(doc.body, SHOW_TEXT);
  walker.currentNode = child ?? node;
  return (walker.nextNode() as Text | null) ?? undefined;
}
