import { describe, expect, it } from 'vitest';
import { readLocation } from '../../lib/postings/read-location';

describe('readLocation', () => {
  it.each([
    { case: 'a declared city', declared: 'Lyon 3e', labeled: [], text: '', location: 'Lyon' },
    { case: 'a labeled city with its country', declared: undefined, labeled: ['Paris, France (75011)'], text: '', location: 'Paris' },
    { case: 'an address', declared: undefined, labeled: ['Avenue des terroirs de France Paris 12° et en télétravail.'], text: '', location: 'Paris' },
    { case: 'an accent left out', declared: 'Orleans', labeled: [], text: '', location: 'Orléans' },
    { case: 'an unknown place', declared: undefined, labeled: ['télétravail encouragé ; nombreux déplacements'], text: '', location: 'télétravail encouragé' },
    { case: 'a city in the body', declared: undefined, labeled: [], text: 'Nous travaillons au 20 avenue de Ségur à Paris.', location: 'Paris' },
    { case: 'a city at the start of a sentence', declared: undefined, labeled: [], text: 'À Nantes, bien sûr.', location: 'Nantes' },
    { case: 'an adjective', declared: undefined, labeled: [], text: 'dans nos bureaux parisiens', location: 'Paris' },
    { case: 'a city that is a word', declared: undefined, labeled: [], text: 'à tours de rôle, une nice idée', location: undefined },
    { case: 'a city named without a preposition', declared: undefined, labeled: [], text: "L'École d'économie de Paris", location: undefined },
  ])('reads $case', ({ declared, labeled, text, location }) => {
    expect(readLocation(declared, labeled, text)).toBe(location);
  });
});
