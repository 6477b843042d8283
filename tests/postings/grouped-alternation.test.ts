import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupedAlternation } from '../../lib/postings/grouped-alternation';

describe('groupedAlternation', () => {
  // Words that open others ("parisien", "parisienne"), share openings ("dur[ée]", "d[ée]ta") or are written alike.
  const ALTERNATIVES = ['parisien', 'parisienne', 'parisiens', 'p[aà]ris', 'dur[ée]e', 'd[ée]ta', 'CDI', 'cdd', 'en p', String.raw`\/j`, 'e'];
  const WORDS = ['parisien', 'Parisienne', 'parisiens', 'pàris', 'durée', 'DUREE', 'détachement', 'cdi', 'CDD', 'en p', '/j', 'e', ' ', 'x', '\n'];
  const texts = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 3 })), { maxLength: 20 }).map((parts) => parts.join(''));

  it('groups by opening units', () => {
    expect(groupedAlternation(['cdi', 'cont', 'dur[ée]', 'd[ée]ta'])).toBe('c(?:di|ont)|d(?:ur[ée]|[ée]ta)');
    expect(groupedAlternation(['parisien', 'parisienne'])).toBe('parisien(?:ne)?');
    expect(groupedAlternation(['stag', 'st'], { shortest: true })).toBe('st');
  });

  it.each(['i', ''])('whole words: the same word at each position (flags "%s")', (flags) => {
    const whole = (source: string) => new RegExp(`(?:${source})(?![a-zà-ÿ])`, `y${flags}`);
    const plain = whole(ALTERNATIVES.join('|'));
    const grouped = whole(groupedAlternation(ALTERNATIVES, { ignoreCase: flags === 'i' }));
    fc.assert(
      fc.property(texts, (text) => {
        for (let index = 0; index < text.length; index++) {
          plain.lastIndex = index;
          grouped.lastIndex = index;
          expect(grouped.exec(text)?.[0]).toBe(plain.exec(text)?.[0]);
        }
      }),
    );
  });

  it.each(['i', ''])('shortest: an alternative starts at the same positions (flags "%s")', (flags) => {
    const plain = new RegExp(ALTERNATIVES.join('|'), `y${flags}`);
    const grouped = new RegExp(groupedAlternation(ALTERNATIVES, { ignoreCase: flags === 'i', shortest: true }), `y${flags}`);
    fc.assert(
      fc.property(texts, (text) => {
        for (let index = 0; index < text.length; index++) {
          plain.lastIndex = index;
          grouped.lastIndex = index;
          expect(grouped.test(text)).toBe(plain.test(text));
        }
      }),
    );
  });

  it('refuses what is not made of characters and plain classes', () => {
    expect(() => groupedAlternation(['a+b'])).toThrow(/not made of/);
  });
});
