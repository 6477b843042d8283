import { decodeHtmlEntities } from './decode-html-entities';

// Bracketed parts exclude their own opening character so that a run of "[[[[" or "((((" is
// scanned once: posting bodies are untrusted and may hold megabyte-long lines.
const TAG = String.raw`<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>`;
const LINK = String.raw`!?\[([^[\]\n]{0,500})\]\(([^()\s]{0,2000})(?:\s[^()\n]{0,200})?\)`;
const ENTITY = String.raw`&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});`;
const INLINE_MARKUP = new RegExp(`${TAG}|${LINK}|${ENTITY}|\\*\\*|__|~~|\`+`, 'g');
const LINE_ENDING_TAGS = new Set(['br', 'p', 'div', 'li', 'ul', 'ol', 'tr', 'table', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const LINE_MARKER_SOURCE = String.raw`^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?|(?:[-*+]|\d{1,3}[.)])[ \t]+)|^[ \t]*(?:[-*_=][ \t]*){3,}$`;
const LINE_MARKERS = new RegExp(LINE_MARKER_SOURCE, 'gm');
// The same, tried (sticky) at each line's start: the global search tried every character, most of them spaces or marks it opens with.
const LINE_MARKER_AT = new RegExp(LINE_MARKER_SOURCE, 'my');
// An italic mark opening (after a line start, a space or "(", before a non-space) or closing (after a
// non-space, before a space, punctuation or the line's end). The mark comes first and what stands
// before it is looked at behind: the search then skips to each "*" or "_" instead of trying every space.
const ITALICS = /[*_](?:(?<=(?:^|[\s(])[*_])(?=\S)|(?<=\S[*_])(?=[\s).,;:!?]|$))/gm;
// Closing hashes after a space, the space kept ($1): a pattern opening on a lookbehind was tried at every character.
const CLOSING_HASHES = /([ \t])#+$/gm;
// Every run of white space that is not already one space: a run of one space, most of them in prose,
// replaced by itself cost a match each (a 3,000-character paragraph took 40 µs instead of 10).
const WHITESPACE_TO_COLLAPSE = / \s+|[^\S ]\s*/g;

/**
 * Text of Markdown with inline HTML, in one pass: tags, comments, links (→ their text), entities,
 * bold and code marks removed; line breaks, list and heading marks kept. For scanning a whole body.
 */
export function toAnalysisText(markdown: string): string {
  return withoutInlineMarkup(removeComments(markdown));
}

/** Plain text of a short Markdown fragment (title, paragraph, labeled value), on one line: every mark removed. */
export function markdownToLine(markdown: string): string {
  const text = withoutLineMarkers(toAnalysisText(markdown));
  // Each pass costs a few microseconds on a summary's source: skipped when its mark is absent.
  const withoutItalics = text.includes('*') || text.includes('_') ? text.replace(ITALICS, '') : text;
  const withoutHashes = withoutItalics.includes('#') ? withoutItalics.replace(CLOSING_HASHES, '$1') : withoutItalics;
  return withoutHashes.replace(WHITESPACE_TO_COLLAPSE, ' ').trim();
}

/** List, heading and quote marks and rules out, each line's own (no mark spans a line break). */
function withoutLineMarkers(text: string): string {
  // `^` (with the m flag) also starts a line after these, rare in a posting: the global search then.
  if (text.includes('\r') || text.includes('\u2028') || text.includes('\u2029')) return text.replace(LINE_MARKERS, '');
  let result = '';
  let kept = 0;
  for (let start = 0; ; ) {
    LINE_MARKER_AT.lastIndex = start;
    const marker = LINE_MARKER_AT.exec(text);
    if (marker) {
      result += text.slice(kept, start);
      kept = start + marker[0].length;
    }
    const newline = text.indexOf('\n', start);
    if (newline === -1) break;
    start = newline + 1;
  }
  return kept === 0 ? text : result + text.slice(kept);
}

/**
 * Each match of INLINE_MARKUP replaced, by a loop over its matches: `replace` with a function
 * took half as long again (it builds each match's arguments for the call), and every posting's
 * body goes through here twice.
 */
function withoutInlineMarkup(text: string): string {
  let result = '';
  let kept = 0;
  INLINE_MARKUP.lastIndex = 0;
  for (let match = INLINE_MARKUP.exec(text); match !== null; match = INLINE_MARKUP.exec(text)) {
    result += text.slice(kept, match.index) + replacementOf(match);
    kept = INLINE_MARKUP.lastIndex;
  }
  return kept === 0 ? text : result + text.slice(kept);
}

function replacementOf(match: RegExpExecArray): string {
  const tag = match[2];
  // Most tags are written in lower case: no lower-cased copy of those.
  if (tag !== undefined) return LINE_ENDING_TAGS.has(tag) || LINE_ENDING_TAGS.has(tag.toLowerCase()) ? '\n' : '';
  const linkText = match[3];
  if (linkText !== undefined) return linkText;
  if (match[0].startsWith('&')) return decodeHtmlEntities(match[0]);
  return '';
}

/** HTML comments (`<!--more-->`…) out, by index rather than a lazy regex, which is quadratic on "<!--<!--<!--…". */
function removeComments(text: string): string {
  let start = text.indexOf('<!--');
  if (start === -1) return text;
  let result = '';
  let kept = 0;
  while (start !== -1) {
    const end = text.indexOf('-->', start + 4);
    if (end === -1) break;
    result += `${text.slice(kept, start)} `;
    kept = end + 3;
    start = text.indexOf('<!--', kept);
  }
  return result + text.slice(kept);
}
