import { describe, expect, it } from 'vitest';
import { matchesOf } from '../../lib/text/matches-of';

const asPairs = (matches: Iterable<RegExpMatchArray>) => [...matches].map((match) => [match.index, ...match]);

describe('matchesOf', () => {
  it.each([
    [/t[ée]l[ée]travail|remote/gi, 'Télétravail partiel, remote possible ; REMOTE-first'],
    [/(\d+)\s?(k)?€/g, '45k€ - 55 k€, 600€'],
    // Empty matches move one code unit on, or one code point with the u flag.
    [/x*/g, 'axxb😀c'],
    [/x*/gu, 'axxb😀c'],
    [/(?:^|\n)(?=#)/g, '# A\ntext\n# B'],
    [/\p{Lu}+/gu, 'ÉCOLE et DINUM'],
  ])('finds what matchAll finds: %s in %j', (pattern, text) => {
    expect(asPairs(matchesOf(pattern, text))).toEqual(asPairs(text.matchAll(new RegExp(pattern))));
  });

  it('is undisturbed by the same pattern used inside its loop', () => {
    const word = /\w+/g;
    const seen: string[] = [];
    for (const match of matchesOf(word, 'one two three')) {
      seen.push(`${match[0]}:${[...matchesOf(word, 'a b')].length}:${word.test('zzz') ? 'z' : ''}`);
    }
    expect(seen).toEqual(['one:2:z', 'two:2:z', 'three:2:z']);
  });

  it('refuses a pattern without the g flag, as matchAll does, rather than finding its first match forever', () => {
    expect(() => [...matchesOf(/a/, 'aaa')]).toThrow(TypeError);
  });
});
