import { LIMITS } from './limits';
import { markdownToLine } from './markdown-to-text';

const MORE = '<!--more-->';
// Blocks that say nothing of the job: headings, rules, images, comments, tables.
const NOT_PROSE = /^\s*(?:#{1,6}\s|(?:[-*_]\s*){3,}$|!\[|<!--|\|)/;
const BLANK_LINE = /\n[^\S\n]*\n/g;
// Enough Markdown to give LIMITS.maxSummary characters of text once marks are removed.
const MAX_SOURCE = LIMITS.maxSummary * 10;

/**
 * The plain text of the posting's opening: what precedes `<!--more-->` (beta.gouv.fr's excerpt
 * mark) when there is any, else the first paragraph of prose; at most LIMITS.maxSummary characters.
 */
export function summarize(body: string): string {
  const more = body.indexOf(MORE);
  const excerpt = more > 0 ? markdownToLine(body.slice(0, Math.min(more, MAX_SOURCE))) : '';
  return truncate(excerpt || firstParagraph(body));
}

function firstParagraph(body: string): string {
  BLANK_LINE.lastIndex = 0;
  let start = 0;
  while (start < body.length && start < LIMITS.maxAnalyzedText) {
    const blank = BLANK_LINE.exec(body);
    const end = blank ? blank.index : body.length;
    const block = body.slice(start, Math.min(end, start + MAX_SOURCE));
    const text = NOT_PROSE.test(block) ? '' : markdownToLine(block);
    if (text !== '') return text;
    start = blank ? BLANK_LINE.lastIndex : body.length;
  }
  return '';
}

function truncate(text: string): string {
  if (text.length <= LIMITS.maxSummary) return text;
  const cut = text.slice(0, LIMITS.maxSummary - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > LIMITS.maxSummary / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
