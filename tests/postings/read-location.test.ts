import { describe, expect, it } from 'vitest';
import { readLocation } from '../../lib/postings/read-location';

describe('readLocation', () => {
  it.each([
    { case: 'a declared city', declared: 'Lyon 3e', labeled: [], text: '', location: 'Lyon' },
    { case: 'a labeled city with its country', declared: undefined, labeled: ['Paris, France (75011)'], text: '', location: 'Paris' },
    { case: 'an address', declared: undefined, labeled: ['Avenue des terroirs de France Paris 12° et en télétravail.'], text: '', location: 'Paris' },
    { case: 'an accent left out', declared: 'Orleans', labeled: [], text: '', location: 'Orléans' },
    { case: 'a phrase, not a place', declared: undefined, labeled: ['télétravail encouragé ; nombreux déplacements'], text: '', location: undefined },
    { case: 'a place not in the list', declared: 'Near Redruth, Cornwall, UK', labeled: [], text: '', location: 'Redruth' },
    { case: 'a US city and its state', declared: 'Iowa City, IA', labeled: [], text: '', location: 'Iowa City' },
    { case: 'a known city after a district', declared: 'Sheung Wan, Hong Kong', labeled: [], text: '', location: 'Hong Kong' },
    { case: 'remote within a country', declared: 'Remote, UK-only', labeled: [], text: '', location: undefined },
    { case: 'anywhere in a country', declared: undefined, labeled: ['Anywhere in the U.S. (remote)'], text: 'Based in London.', location: undefined },
    { case: 'a city one travels to', declared: undefined, labeled: [], text: 'Des déplacements occasionnels à Ottawa pourraient être nécessaires.', location: undefined },
    { case: 'a team member’s city', declared: undefined, labeled: [], text: "L'équipe :\n* Marie : intrapreneure, basée à Marseille\n", location: undefined },
    { case: 'a city in an English body', declared: undefined, labeled: [], text: 'While our home base is in Ottawa, we work across Canada.', location: 'Ottawa' },
    { case: 'a city in the body', declared: undefined, labeled: [], text: 'Nous travaillons au 20 avenue de Ségur à Paris.', location: 'Paris' },
    { case: 'a city at the start of a sentence', declared: undefined, labeled: [], text: 'À Nantes, bien sûr.', location: 'Nantes' },
    { case: 'an adjective', declared: undefined, labeled: [], text: 'dans nos bureaux parisiens', location: 'Paris' },
    { case: 'a city that is a word', declared: undefined, labeled: [], text: 'à tours de rôle, une nice idée', location: undefined },
    { case: 'a city named without a preposition', declared: undefined, labeled: [], text: "L'École d'économie de Paris", location: undefined },
  ])('reads $case', ({ declared, labeled, text, location }) => {
    expect(readLocation(declared, labeled, text)).toBe(location);
  });
});

describe('readLocation on a long line of cities (hostile input: timed in a scratch script, not here)', () => {
  it.each([
    // Every city on the long line is a place to travel to; the post's city stands on the last line.
    ['déplacements à Paris, '.repeat(3000) + '\nPoste basé à Lyon', 'Lyon'],
    ['déplacements à Paris, '.repeat(3000), undefined],
    // A travel word further back than its 30 characters leaves the city the post's.
    ['Des déplacements sont prévus de temps en temps ; le poste est basé à Lyon', 'Lyon'],
  ])('%#: → %s', (text, location) => {
    expect(readLocation(undefined, [], text)).toBe(location);
  });
});
