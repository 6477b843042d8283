
// Sites that escape their description twice show "<p>" once decoded: read it once more.
const STILL_HTML = /<\/?(?:p|br|li|ul|ol|div|strong|em|b|i|h[1-6]|span)\b[^>]*>/i;

/**
 * The text of an HTML fragment from a page, one paragraph per block. Parsed in an inert document
 * (`createHTMLDocument` has no browsing context): its scripts never run and its images are
 * never fetched, whatever the fragment holds.
 */
export function htmlToText(html: string, doc: Document = document): string {
  let text = readOnce(html, doc);
  if (STILL_HTML.test(text)) text = readOnce(text, doc);
  return tidy(text);
}

function readOnce(html: string, doc: Document): string {
  // A document without a browsing context: its scripts never run and its images never load,
  // so untrusted markup can be parsed here and only its text read back.
  const inert = doc.implementation.createHTMLDocument('');
  inert.body.innerHTML = html;
  const parts: string[] = [];
  readBlocks(inert.body, parts);
  return parts.join('');
}

/** Elements that start and end a block of text (lib/page/counted-on-page.ts reads lines by them too). */
export const BLOCKS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'td', 'th', 'tr', 'ul',
]);
const SKIPPED = new Set(['script', 'style', 'template', 'noscript']);

/** Text with a line break around each block: a fragment is small, so a plain recursive walk does. */
function readBlocks(node: Node, parts: string[]): void {
  for (let child = node.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === 3) parts.push((child as Text).data);
    if (child.nodeType !== 1) continue;
    const name = (child as Element).localName;
    if (SKIPPED.has(name)) continue;
    const block = BLOCKS.has(name);
    if (block) parts.push('\n');
    readBlocks(child, parts);
    if (block) parts.push('\n');
  }
}

function tidy(text: string): string {
  return text
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n[\s]*/g, '\n')
    // One block, one paragraph: the body is shown as Markdown, where a single line break joins lines.
    .replace(/\n/g, '\n\n')
    .trim();
}
