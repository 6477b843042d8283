import { describe, expect, it } from 'vitest';
import { allLines, lineEnd, lineStartsOf, replaceReadLines } from '../../lib/text/text-lines';

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

  it('replace only the lines read, each by its index, and give the text itself back when none changes', () => {
    const text = 'un\ndeux\ntrois\nquatre';
    const lines = { starts: lineStartsOf(text), read: [1, 3] };
    expect(replaceReadLines(text, lines, (line, index) => `${index}:${line.toUpperCase()}`)).toBe('un\n1:DEUX\ntrois\n3:QUATRE');
    expect(replaceReadLines(text, allLines(text), (line, index) => (index === 0 ? 'UN' : line))).toBe('UN\ndeux\ntrois\nquatre');
    const unchanged = replaceReadLines(text, allLines(text), (line) => line);
    expect(unchanged).toBe(text);
  });
});
