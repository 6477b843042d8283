import { nameToEmoji } from 'gemoji';

/*
 * Emoji shortcodes (":slightly_smiling_face:", ":+1:") as GitHub renders them in a repository's
 * Markdown, and as posters who write in GitHub, Slack or Mattermost type them: gemoji's table,
 * GitHub's own names. Left as written inside code (`:name:`, fenced blocks), as GitHub does, and
 * where the name is no emoji's (":foo:", "12:30:45").
 */
const SHORTCODE = /(?<![\p{L}\p{N}_]):([a-z0-9_+-]{1,50}):(?![\p{L}\p{N}_])/gu;
const BACKTICK_RUN = /`+/g;

/** `markdown` with each emoji shortcode outside code replaced by its emoji. */
export function withEmojiShortcodes(markdown: string): string {
  if (!markdown.includes(':')) return markdown;
  const code = markdown.includes('`') ? codeSpans(markdown) : [];
  let span = 0;
  return markdown.replace(SHORTCODE, (whole: string, name: string, offset: number) => {
    while (span < code.length && code[span]![1] <= offset) span++;
    const inCode = span < code.length && code[span]![0] <= offset;
    return !inCode && Object.hasOwn(nameToEmoji, name) ? nameToEmoji[name]! : whole;
  });
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
