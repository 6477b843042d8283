import { decodeHtmlEntities } from '../postings/decode-html-entities';
import { decodeEscapedMarkup } from '../postings/html-body';
import { LINE_ELEMENTS } from './line-elements';

const TAG = /<[a-z][a-z0-9]*[\s/>]/i;
// Their text is no posting's: a script, a style sheet. `[^<]*`: each is scanned once, whatever the description holds.
const SKIPPED_ELEMENT = /<(script|style|template|noscript)\b[^<>]*>[^<]*<\/\1\s*>/gi;
// Bounded: a heading with no end is read at most 300 characters on.
const HEADING_ELEMENT = /<h([1-6])(?:\s[^<>]{0,200})?>([^]{0,300}?)<\/h\1\s*>/gi;
// A paragraph in bold alone, as applicant-tracking pages write a heading: "<p><strong>About Acme:</strong></p>".
// One run of spaces before the colon, the other only after one: two runs side by side would share
// each space every way before failing, a time growing with the square of the spaces a page declares.
const BOLD_PARAGRAPH = /<p(?:\s[^<>]{0,200})?>\s*<(strong|b)(?:\s[^<>]{0,200})?>([^<]{2,100})<\/\1\s*>\s*(?:(:)\s*)?<\/p\s*>/gi;
const LIST_ITEM = /<li(?:\s[^<>]{0,200})?>/gi;
// Headings too: one HEADING_ELEMENT leaves whole (no end within its bound) still ends a line.
// The page script's list (lib/page/line-elements.ts): a description is read in lines as a page is.
const BLOCK_TAG = new RegExp(String.raw`<\/?(?:${[...LINE_ELEMENTS].join('|')})(?:[\s/][^<>]*)?>`, 'gi');
const ANY_TAG = /<\/?[a-z][^<>]*>/gi;
const SPACES = /[^\S\n]+/g;
const LINE_BREAKS = / ?\n\s*/g;

/**
 * A JobPosting's description as a posting body, in Markdown as posting files write theirs. Pages
 * declare it as HTML (sometimes escaped once more, lib/postings/html-body.ts) or as text. Its
 * headings stay headings ("<h2>Le Contexte : La Fabrique Numérique</h2>" → "## Le Contexte : La
 * Fabrique Numérique", "<p><strong>About Acme:</strong></p>" → "**About Acme:**"): the skills
 * reader then leaves out the parts presenting the organization, its team or how to apply, as it
 * does in a posting file (lib/text/body-sections.ts). Every other block is a paragraph, a list item
 * a "- " line; the rest of the markup goes, its entities read.
 */
export function descriptionBody(description: string): string {
  const html = decodeEscapedMarkup(description);
  if (!TAG.test(html)) return paragraphs(decodeHtmlEntities(html));
  const markdown = html
    .replace(SKIPPED_ELEMENT, '')
    .replace(HEADING_ELEMENT, (_heading, level: string, words: string) => `\n${'#'.repeat(Number(level))} ${words.replace(ANY_TAG, '').replace(/\s+/g, ' ')}\n`)
    .replace(BOLD_PARAGRAPH, '\n**$2**$3\n')
    .replace(LIST_ITEM, '\n- ')
    .replace(BLOCK_TAG, '\n')
    .replace(ANY_TAG, '');
  return paragraphs(decodeHtmlEntities(markdown));
}

/** One paragraph per line of `text`, spaces collapsed. */
function paragraphs(text: string): string {
  return text.replace(SPACES, ' ').trim().replace(LINE_BREAKS, '\n\n');
}
