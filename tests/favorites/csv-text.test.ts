import { describe, expect, it } from 'vitest';
import { csvText, listSeparatorOf } from '../../lib/favorites/csv-text';

describe('csvText', () => {
  it('quotes cells holding the separator, quotes or line breaks, with either separator', () => {
    expect(csvText([['a,b', 'c;d', 'say "hi"', 'two\nlines']])).toBe('"a,b",c;d,"say ""hi""","two\nlines"\r\n');
    expect(csvText([['a,b', 'c;d']], ';')).toBe('a,b;"c;d"\r\n');
  });

  it('keeps a spreadsheet from running a cell as a formula', () => {
    expect(csvText([['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)', 'Développeuse']], ';')).toBe(`"'=HYPERLINK(""http://x"")";'+1;'-2;'@SUM(A1);Développeuse\r\n`);
  });

  it('takes ; where a comma is the decimal mark', () => {
    expect(listSeparatorOf(',')).toBe(';');
    expect(listSeparatorOf('.')).toBe(',');
  });
});
