import { PANEL_TAG_NAME } from './panel-tag';

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

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const SHOW_TEXT = 4;

/**
 * Reads the text under `root` (a Document reads its body). On a 1 MB page the cost is the calls
 * into the DOM, so the walk is a native TreeWalker over text nodes only (three calls per node),
 * and the skipped elements are found by one native querySelectorAll, their text set aside first.
 */
export function collectText(root: Node): PageText {
  const start = isDocument(root) ? root.body ?? root.documentElement : root;
  const result: PageText = { text: '', nodes: [], starts: [] };
  if (!start) return result;
  if (start.nodeType === TEXT_NODE) return readSingle(start as Text, result);
  if (start.nodeType !== ELEMENT_NODE && start.nodeType !== 11) return result;
  if (isInsideSkipped(start)) return result;
  const doc = start.ownerDocument ?? (start as unknown as Document);
  const skipped = skippedTextNodes(doc, start as Element | DocumentFragment);
  const walker = doc.createTreeWalker(start, SHOW_TEXT);
  const parts: string[] = [];
  let length = 0;
  let previous: Node | null = null;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (skipped !== undefined && skipped.has(node)) continue;
    const data = (node as Text).data;
    if (data.length === 0) continue;
    if (length > 0 && node.previousSibling !== previous) {
      parts.push(BLOCK_SEPARATOR);
      length += BLOCK_SEPARATOR.length;
    }
    result.nodes.push(node as Text);
    result.starts.push(length);
    parts.push(data);
    length += data.length;
    previous = node;
  }
  result.text = parts.join('');
  return result;
}

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

function readSingle(node: Text, result: PageText): PageText {
  if (isInsideSkipped(node)) return result;
  return { text: node.data, nodes: [node], starts: [0] };
}

/** For a scan that starts below the body (a node the page added): its ancestors may be skipped. */
function isInsideSkipped(node: Node): boolean {
  const parent = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
  return parent?.closest(SKIPPED_SELECTOR) != null;
}

function isDocument(node: Node): node is Document {
  return node.nodeType === 9;
}
