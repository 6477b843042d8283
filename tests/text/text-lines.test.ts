import { describe, expect, it } from 'vitest';
import { allLines, lineEnd, lineStartsOf } from '../../lib/text/text-lines';

describe('text lines', () => {
  it.each([
    ['', [0]],
    ['one', [0]],
    ['one\ntwo\n', [0, 4, 8]],
    ['\n\nx', [0, 1, 2]],
  ])('start at 0 and after each line break: %j', (text, starts) => {
    expect(lineStartsOf(text)).toEqual(starts);
  });

  it('end at their line break, the last at the text’s end, and are all read by default', () => {
    const text = 'one\ntwo\n\nfour';
    const lines = allLines(text);
    expect(lines.read).toEqual([0, 1, 2, 3]);
    expect(lines.read.map((index) => text.slice(lines.starts[index], lineEnd(lines.starts, index, text)))).toEqual(text.split('\n'));
  });
});
