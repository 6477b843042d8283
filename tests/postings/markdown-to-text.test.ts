import { describe, expect, it } from 'vitest';
import { markdownToLine } from '../../lib/postings/markdown-to-text';

describe('markdownToLine', () => {
  it.each([
    ['one space kept', 'Un poste à Lyon', 'Un poste à Lyon'],
    ['runs of spaces, tabs and line breaks as one space', '  Un \t poste\n\n à\u00a0\u00a0Lyon \n', 'Un poste à Lyon'],
    ['a lone tab or no-break space as a space', 'Un\tposte\u00a0ouvert', 'Un poste ouvert'],
    ['italics opened after a space or "(" and closed before punctuation', 'Un *poste* (_ouvert_), enfin _vraiment_.', 'Un poste (ouvert), enfin vraiment.'],
    ['italics at the start and end of lines', '*Poste*\n_ouvert_', 'Poste ouvert'],
    ['underscores inside words and lone marks kept', 'post_date et snake_case * rien _ ici', 'post_date et snake_case * rien _ ici'],
    ['closing hashes of a heading, not a C#', '## Profil ##\nC# et F#', 'Profil C# et F#'],
    ['list, quote and heading marks and rules, on every line', '- un\n  * deux\n> trois\n3. quatre\n---\n### cinq', 'un deux trois quatre cinq'],
    ['line marks after a carriage return or a line separator too', 'un\r- deux\u2028> trois', 'un deux trois'],
    ['line-ending HTML tags in any case', 'Un<BR>poste<P>ouvert</p>', 'Un poste ouvert'],
  ])('reads %s', (_case, markdown, line) => {
    expect(markdownToLine(markdown)).toBe(line);
  });
});
