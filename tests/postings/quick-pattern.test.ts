import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leadingUnits, quickPattern } from '../../lib/postings/quick-pattern';

describe('leadingUnits', () => {
  it.each([
    [String.raw`\bCDI\b`, 'CDI'],
    [String.raw`\bstages?\b`, 'stag'],
    ['auto-?entrepreneu', 'auto'],
    [String.raw`d[ée]tachement`, 'd[ée]ta'],
    [String.raw`\/\s?(?:jour|an)`, String.raw`\/`],
    ['par (?:jour|an|mois)', 'par '],
    [String.raw`\d{4}`, ''],
    ['(?:a|b)c', ''],
  ])('%s → %s', (alternative, prefix) => {
    expect(leadingUnits(alternative)).toBe(prefix);
  });
});

describe('quickPattern', () => {
  const ALTERNATIVES = [
    String.raw`\bCDI\b`,
    String.raw`dur[ée]e ind[ée]termin[ée]e`,
    String.raw`\bstages?\b`,
    String.raw`\bstagiaires?\b`,
    'auto-?entrepreneu',
    String.raw`d[ée]tachement`,
    String.raw`\/\s?(?:jour|j)\b`,
    // A prefix ("st") that others ("stag") open with: the search for the prefixes keeps the shorter.
    String.raw`\bst\b`,
  ];
  // As in read-location.ts: the alternatives of a group, itself between lookarounds.
  const SOURCE = `(${ALTERNATIVES.slice(0, 2).join('|')})|(?<![a-z])(${ALTERNATIVES.slice(2).join('|')})(?![a-z])`;
  const WORDS = ['CDI', 'cdi', 'durée indéterminée', 'DUREE INDETERMINEE', 'stage', 'Stages', 'stagiaire', 'auto-entrepreneur', 'autoentrepreneuse', 'détachement', 'xdétachement', '/ jour', '/j', '/', 'st', 'St', ' ', 'é', 'a', '-', '\n'];
  const texts = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 3 })), { maxLength: 30 }).map((parts) => parts.join(''));

  it.each(['i', ''])('finds what String#matchAll finds (flags "%s")', (flags) => {
    const quick = quickPattern(SOURCE, ALTERNATIVES, flags);
    const global = new RegExp(SOURCE, `g${flags}`);
    const summary = (matches: RegExpExecArray[]) => matches.map((match) => [match.index, ...match]);
    fc.assert(
      fc.property(texts, (text) => {
        expect(summary(quick.matchAll(text))).toEqual(summary([...text.matchAll(global)]));
      }),
    );
  });

  it('refuses an alternative with no fixed start, which would be tried everywhere', () => {
    expect(() => quickPattern(String.raw`CDI|\d+ ans`, ['CDI', String.raw`\d+ ans`])).toThrow(/no fixed text/);
  });
});
