/** A line of a text: from its first character to its "\n" or the text's end, [start, end). */
export interface LineSpan {
  start: number;
  end: number;
}

/**
 * The line holding the character at `index` (not a line break). The readers that look at the
 * lines of their matches only (digits, remote key words, cities, skills) call it once per line:
 * called again for each match of a long line, its search back to the line's start is quadratic.
 */
export function lineAt(text: string, index: number): LineSpan {
  const newline = text.indexOf('\n', index);
  return { start: text.lastIndexOf('\n', index) + 1, end: newline === -1 ? text.length : newline };
}
