import { describe, expect, it } from 'vitest';
import { lineAt } from '../../lib/text/line-at';

describe('lineAt', () => {
  it.each([
    ['a text with no line break', 'abc', 1, { start: 0, end: 3 }],
    ['the first line', 'ab\ncd', 0, { start: 0, end: 2 }],
    ['a line at the very end, with no line break after it', 'ab\ncd', 4, { start: 3, end: 5 }],
    ['a line between two others', 'ab\ncde\nf', 5, { start: 3, end: 6 }],
    ['a line after a blank one', 'ab\n\ncd\n', 4, { start: 4, end: 6 }],
    ['a CRLF line, its "\\r" kept (parsing has made every line end "\\n")', 'ab\r\ncd\r\n', 0, { start: 0, end: 3 }],
  ])('%s', (_case, text, index, line) => {
    expect(lineAt(text, index)).toEqual(line);
  });
});
