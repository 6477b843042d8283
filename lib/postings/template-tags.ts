/**
 * A site's template tags, which its build replaces and its source files keep: Jekyll sites' postings
 * hold Liquid ("{% include job/apply_button.html %}", "{{ page.title }}", comment blocks of notes for
 * the site's editors). Read or shown as written, they are code in the middle of a posting.
 */
const COMMENT_OPENER = /\{%-?[ \t]*comment\b[^%\n]{0,300}%\}/g;
const COMMENT_CLOSER = /\{%-?[ \t]*endcomment\b[^%\n]{0,300}%\}/g;
const TAG = /\{%[^%\n]{0,300}%\}/g;
const OUTPUT = /\{\{-?[ \t]*([^{}\n]{0,300}?)[ \t]*-?\}\}/g;
const PAGE_KEY = /^page\.([A-Za-z_][\w-]{0,60})$/;

/**
 * The body without its template tags: a comment block goes whole, with its notes; any other tag
 * goes; "{{ page.KEY }}" becomes the front matter's text for KEY (what the site would show), any
 * other output nothing. A comment left open keeps the rest of the text, tags removed.
 */
export function removeTemplateTags(body: string, pageText: (key: string) => string | undefined): string {
  if (!body.includes('{%') && !body.includes('{{')) return body;
  return removeComments(body)
    .replace(TAG, '')
    .replace(OUTPUT, (_, expression: string) => {
      const key = PAGE_KEY.exec(expression)?.[1];
      return (key === undefined ? undefined : pageText(key)) ?? '';
    });
}

/** Comment blocks out, each closer searched once from its opener: linear, where a lazy pattern would not be. */
function removeComments(text: string): string {
  let result = '';
  let kept = 0;
  for (;;) {
    COMMENT_OPENER.lastIndex = kept;
    const opener = COMMENT_OPENER.exec(text);
    if (!opener) break;
    COMMENT_CLOSER.lastIndex = opener.index + opener[0].length;
    const closer = COMMENT_CLOSER.exec(text);
    if (!closer) break;
    result += text.slice(kept, opener.index);
    kept = closer.index + closer[0].length;
  }
  return result + text.slice(kept);
}
