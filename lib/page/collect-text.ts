import { DOCUMENT_FRAGMENT_NODE, ELEMENT_NODE, SHOW_TEXT, TEXT_NODE } from './node-types';
import { PANEL_TAG_NAME } from './panel-tag';
import { lastAtOrBelow } from '../text/last-at-or-below';

/** A page's visible prose as one string, and where each text node sits in it. */
export interface PageText {
  text: string;
  /** The text nodes read, in document order. */
  nodes: Text[];
  /** `starts[i]` is the index in `text` of the first character of `nodes[i]`. */
  starts: number[];
}

/** What is never read: code, scripts, form fields, and Vigie's own panel. */
const SKIPPED_SELECTOR = [
  'script', 'style', 'noscript', 'template', 'code', 'textarea', 'input', 'select', 'iframe', 'object',
  PANEL_TAG_NAME.toLowerCase(), '[contenteditable]:not([contenteditable="false"])',
].join(',');

/**
 * Put between two text nodes unless they are next to each other: a skill name cannot run across
 * a block ("<li>Java</li><li>Script</li>", "Python<br>Django"). The matcher reads it as a space,
 * so that "Ruby on <a>Rails</a>" still reads "Ruby on Rails"; a word cut by inline markup
 * ("Java<b>Script</b>") is the price, rare in postings, of not asking each element for its tag.
 */
export const BLOCK_SEPARATOR = '\n';

/** The readable text nodes under a root, one at a time, in document order (see createTextReader). */
export interface TextReader {
  /** The next text node outside the skipped elements, or null at the end. It may be empty: skip those. */
  next(): Text | null;
}

/**
 * The text nodes collectText reads, without reading them: a long page can then be read a few
 * thousand characters at a time (lib/page/page-text-stream.ts), in tasks short enough to let
 * the page respond in between.
 */
export function createTextReader(root: Node, from?: Text): TextReader {
  const start = readingRoot(root);
  if (!start) return NOTHING;
  if (start.nodeType === TEXT_NODE) return readSingle(start as Text);
  if (start.nodeType !== ELEMENT_NODE && start.nodeType !== DOCUMENT_FRAGMENT_NODE) return NOTHING;
  if (isInsideSkipped(start)) return NOTHING;
  const doc = start.ownerDocument ?? (start as unknown as Document);
  const walker = from !== undefined && start.contains(from) ? walkerAt(doc, start, from) : iteratorOf(doc, start);
  // The first nodes are each checked on their own: the top of a page is read before the whole
  // page is searched for skipped elements (5 ms of a 1 MB page's first task, bench/page.bench.ts).
  let checkedAlone = start.nodeType === ELEMENT_NODE ? NODES_CHECKED_ALONE : 0;
  let skipped: Set<Node> | undefined | null = null;
  return {
    next() {
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        if (checkedAlone > 0) {
          checkedAlone--;
          if (!isInsideSkipped(node)) return node as Text;
          continue;
        }
        if (skipped === null) skipped = skippedTextNodes(doc, start as Element | DocumentFragment);
        if (skipped === undefined || !skipped.has(node)) return node as Text;
      }
      return null;
    },
  };
}

/**
 * The page's text nodes from the top, read over several tasks while the page may change: a
 * NodeIterator keeps its place when the page removes the node it stands on (a TreeWalker would
 * find itself outside the page and end the reading there).
 */
function iteratorOf(doc: Document, start: Node): { nextNode(): Node | null } {
  return doc.createNodeIterator(start, SHOW_TEXT);
}

/** From `from` itself, for a reading done within one task: the walker goes on from the node before it. */
function walkerAt(doc: Document, start: Node, from: Text): { nextNode(): Node | null } {
  const walker = doc.createTreeWalker(start, SHOW_TEXT);
  walker.currentNode = from;
  walker.currentNode = walker.previousNode() ?? start;
  return walker;
}

/**
 * Where to start reading so that `characters` of text come before `node`, a node the reader
 * returns: the node to read from, and how many characters of collectText's text come before
 * `node` from there (fewer at the top of the page). A few nodes, each checked on its own.
 */
export function textBefore(root: Node, node: Text, characters: number): { from: Text; length: number } {
  let from = node;
  let length = 0;
  const start = readingRoot(root);
  if (!start || start === node) return { from, length };
  const walker = (start.ownerDocument ?? (start as unknown as Document)).createTreeWalker(start, SHOW_TEXT);
  walker.currentNode = node;
  for (let previous = walker.previousNode(); previous !== null && length < characters; previous = walker.previousNode()) {
    const text = previous as Text;
    if (text.length === 0 || isInsideSkipped(text)) continue;
    length += text.length + (isNextTo(text, from) ? 0 : BLOCK_SEPARATOR.length);
    from = text;
  }
  return { from, length };
}

/** The index of the node holding character `position` (or the one before it, on a separator), searching forward from `from`. */
export function nodeAt(page: Pick<PageText, 'starts'>, position: number, from = 0): number {
  return lastAtOrBelow(page.starts, position, from);
}

/** Whether `node` follows `previous` with no markup between them: otherwise a separator goes between. */
export function isNextTo(previous: Text, node: Text): boolean {
  return node.previousSibling === previous;
}

const NOTHING: TextReader = { next: () => null };

/** About a screenful of text nodes: enough for the first slice of paintInSlices. */
const NODES_CHECKED_ALONE = 400;

function skippedTextNodes(doc: Document, root: Element | DocumentFragment): Set<Node> | undefined {
  const elements = root.querySelectorAll(SKIPPED_SELECTOR);
  if (elements.length === 0) return undefined;
  const nodes = new Set<Node>();
  for (const element of elements) {
    const walker = doc.createTreeWalker(element, SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) nodes.add(node);
  }
  return nodes;
}

function readSingle(node: Text): TextReader {
  let done = isInsideSkipped(node);
  return {
    next() {
      if (done) return null;
      done = true;
      return node;
    },
  };
}

/** For a scan that starts below the body (a node the page added): its ancestors may be skipped. */
function isInsideSkipped(node: Node): boolean {
  const parent = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
  return parent?.closest(SKIPPED_SELECTOR) != null;
}

/** What is read of `root`: a document's body. */
function readingRoot(root: Node): Node | null {
  return isDocument(root) ? root.body ?? root.documentElement : root;
}

function isDocument(node: Node): node is Document {
  return node.nodeType === 9;
}
