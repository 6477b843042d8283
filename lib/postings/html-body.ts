import { decodeHtmlEntities } from './decode-html-entities';

const TAG = /<[a-zA-Z][a-zA-Z0-9]*[\s/>]/;
// "&lt;p", or escaped again "&amp;lt;p": markup that still needs a pass.
const ESCAPED_TAG = /&(?:amp;)*(?:lt|#0*60|#x0*3c);\s*\/?[a-zA-Z]/i;
// Greenhouse escapes its markup once in recorded answers and twice in its documentation's example.
const MAX_DECODING_PASSES = 3;
const BLANK_LINES = /\n[^\S\n]*(?:\n[^\S\n]*)+/g;

/**
 * HTML whose markup arrived entity-escaped ("&lt;p&gt;…", or "&amp;lt;p&amp;gt;…") decoded until it
 * is markup, and no further: once a real tag shows, what remains escaped is text ("5 &lt; 6").
 * The result is as untrusted as before; it is rendered through the sanitizer like any body.
 */
export function decodeEscapedMarkup(content: string): string {
  let text = content;
  for (let pass = 0; pass < MAX_DECODING_PASSES && !TAG.test(text) && ESCAPED_TAG.test(text); pass++) {
    text = decodeHtmlEntities(text);
  }
  return text;
}

/**
 * A board's HTML description as a posting body: one HTML block (no blank line inside), so that
 * the Markdown renderer hands it whole to the sanitizer instead of reading indented lines as code.
 */
export function htmlAsBody(html: string): string {
  const compact = html.trim().replace(BLANK_LINES, '\n');
  return compact === '' ? '' : `<div>\n${compact}\n</div>`;
}
