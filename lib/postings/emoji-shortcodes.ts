import { nameToEmoji } from 'gemoji';

/*
 * Emoji shortcodes (":slightly_smiling_face:", ":+1:") as GitHub renders them in a repository's
 * Markdown, and as posters who write in GitHub, Slack or Mattermost type them: gemoji's table,
 * GitHub's own names. Left as written inside code (`:name:`, fenced blocks, blocks indented by four
 * spaces), as GitHub does, and where the name is no emoji's (":foo:", "12:30:45").
 */
// Tried (sticky) at each ":" of the text: a global search tried every position, and cost more than the colons.
const SHORTCODE_AT = /(?<![\p{L}\p{N}_]):([a-z0-9_+-]{1,50}):(?![\p{L}\p{N}_])/uy;
const BACKTICK_RUN = /`+/g;
// A list item's marker and the spaces after it: its content starts at the match's end.
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?: +|$)/;
const HEADING = /^ {0,3}#/;
// Four columns: four spaces, or a tab after up to three (the tab runs to the fourth).
const INDENTED_LINE = /^(?: {4}| {0,3}\t)/m;

/** `markdown` with each emoji shortcode outside code replaced by its emoji. */
export function withEmojiShortcodes(markdown: string): string {
  if (!markdown.includes(':')) return markdown;
  const code = markdown.includes('`') ? codeSpans(markdown) : [];
  // Indented code is looked for once a shortcode names an emoji: most bodies hold none.
  let indented: Array<[number, number]> | undefined;
  let span = 0;
  let block = 0;
  let result = '';
  let kept = 0;
  for (let colon = markdown.indexOf(':'); colon !== -1; colon = markdown.indexOf(':', colon + 1)) {
    SHORTCODE_AT.lastIndex = colon;
    const match = SHORTCODE_AT.exec(markdown);
    if (!match) continue;
    // Shortcodes do not overlap: the search goes on after this one's closing colon.
    const end = colon + match[0].length;
    const name = match[1]!;
    colon = end - 1;
    if (!Object.hasOwn(nameToEmoji, name)) continue;
    while (span < code.length && code[span]![1] <= match.index) span++;
    if (span < code.length && code[span]![0] <= match.index) continue;
    indented ??= INDENTED_LINE.test(markdown) ? indentedCode(markdown) : [];
    while (block < indented.length && indented[block]![1] <= match.index) block++;
    if (block < indented.length && indented[block]![0] <= match.index) continue;
    result += markdown.slice(kept, match.index) + nameToEmoji[name]!;
    kept = end;
  }
  return kept === 0 ? markdown : result + markdown.slice(kept);
}

/**
 * Where `markdown`'s indented code blocks are, [start, end) in order, as CommonMark reads them: lines
 * indented by four columns more than the text around (a list item's content, in a list) after a blank
 * line, a heading or the start, up to a line indented less. A paragraph's indented line continues it,
 * and so does a list item's ("- item\n\n    more of the item" is no code).
 */
function indentedCode(markdown: string): Array<[number, number]> {
  const blocks: Array<[number, number]> = [];
  let opens = true;
  let listContent = 0;
  let codeColumn = -1;
  for (let start = 0; start <= markdown.length; ) {
    const newline = markdown.indexOf('\n', start);
    const end = newline === -1 ? markdown.length : newline;
    const line = markdown.slice(start, end);
    const column = indentation(line);
    if (column < 0) opens = true;
    else if (codeColumn >= 0 && column >= codeColumn) blocks.at(-1)![1] = end;
    else if (opens && column >= listContent + 4) {
      codeColumn = listContent + 4;
      blocks.push([start, end]);
    } else {
      codeColumn = -1;
      const item = LIST_ITEM.exec(line);
      if (item) listContent = item[0].length;
      else if (column === 0 && opens) listContent = 0;
      opens = HEADING.test(line);
    }
    start = end + 1;
  }
  return blocks;
}

/** The column a line's text starts at (a tab to the next multiple of four), or -1 for a blank line. */
function indentation(line: string): number {
  let column = 0;
  for (const character of line) {
    if (character === ' ') column++;
    else if (character === '\t') column += 4 - (column % 4);
    else return column;
  }
  return -1;
}

/**
 * Where `markdown`'s code is, [start, end) in order: from a run of backticks to the next run of the
 * same length, as CommonMark closes a code span (a fence's ``` too); a run that no later one closes
 * is plain text. Each run looks up the next of its length once: a lazy `(`+)[^]*?\1` scanned the
 * rest of the text for every run no later one closes, minutes for a hostile file of 1 MB.
 */
function codeSpans(markdown: string): Array<[number, number]> {
  const runs = [...markdown.matchAll(BACKTICK_RUN)].map((run) => [run.index, run[0].length] as const);
  const nextOfItsLength = new Array<number>(runs.length);
  const laterByLength = new Map<number, number>();
  for (let index = runs.length - 1; index >= 0; index--) {
    const length = runs[index]![1];
    nextOfItsLength[index] = laterByLength.get(length) ?? -1;
    laterByLength.set(length, index);
  }
  const spans: Array<[number, number]> = [];
  for (let index = 0; index < runs.length; ) {
    const close = nextOfItsLength[index]!;
    if (close === -1) {
      index++;
      continue;
    }
    spans.push([runs[index]![0], runs[close]![0] + runs[close]![1]]);
    index = close + 1;
  }
  return spans;
}
