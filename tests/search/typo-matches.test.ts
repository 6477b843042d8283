import { describe, expect, it } from 'vitest';
import { createSearchIndex, type SearchIndex } from '../../lib/search';
import { editDistance } from '../../lib/text/edit-distance';
import { makeOffer } from './make-offer';

const ids = (index: SearchIndex, query: string) => index.search(query).map((hit) => hit.id);

describe('edit distance', () => {
  it.each([
    ['devops', 'devops', 0],
    ['devosp', 'devops', 1],
    ['pyhton', 'python', 1],
    ['kubernets', 'kubernetes', 1],
    ['devops', 'dehors', 2],
    ['developeur', 'developpeurs', 2],
  ])('%s → %s: %i', (word, term, expected) => {
    expect(editDistance(word, term, 2)).toBe(expected);
  });

  it('gives up past the limit', () => {
    expect(editDistance('devops', 'marketing', 2)).toBe(3);
  });

  it('measures a word being typed against the start of a term', () => {
    expect(editDistance('javs', 'javascript', 1, true)).toBe(1);
    expect(editDistance('javs', 'javascript', 1)).toBe(2);
  });
});

describe('typo tolerance', () => {
  // "dehors" ("outside") is in more postings than "devops", and two edits from it.
  const outdoors = Array.from({ length: 6 }, (_, i) =>
    makeOffer(`outdoors-${i}`, { title: 'Animateur nature', body: 'Le travail se fait souvent dehors.' }),
  );
  const index = createSearchIndex([
    makeOffer('devops-k8s', { title: 'Ingénieur DevOps', skills: ['Kubernetes'], body: 'Plateforme Kubernetes.' }),
    makeOffer('devops', { title: 'DevOps', body: 'Intégration continue.' }),
    makeOffer('k8s-outdoors', { title: 'Administrateur Kubernetes', body: 'Réunions dehors, parfois.' }),
    makeOffer('js', { title: 'Développeur JavaScript', body: 'Front-end et API.' }),
    ...outdoors,
  ]);

  it('does not take a known word for a typo of a more common distant one ("devops" is not "dehors")', () => {
    expect(ids(index, 'devops').slice(0, 2).sort()).toEqual(['devops', 'devops-k8s']);
    const ranked = ids(index, 'devops kubernetes');
    expect(ranked[0]).toBe('devops-k8s');
    expect(ranked.slice(1).sort()).toEqual(['devops', 'k8s-outdoors']);
    for (const hit of index.search('devops kubernetes')) expect(hit.matchedTerms).not.toContain('dehors');
  });

  it('still finds real typos', () => {
    expect(ids(index, 'devosp kubernets')[0]).toBe('devops-k8s');
    expect(ids(index, 'developeur javscript')[0]).toBe('js');
  });

  it('ranks a word as typed above one typo, and one typo above two', () => {
    const index = createSearchIndex([
      makeOffer('two-typos', { title: 'Designeuse' }),
      makeOffer('one-typo', { title: 'Designers' }),
      makeOffer('exact', { title: 'Designer' }),
    ]);
    expect(ids(index, 'designer')).toEqual(['exact', 'one-typo', 'two-typos']);
  });

  it('does not change a first letter for a typo, but swaps the first two', () => {
    const index = createSearchIndex([makeOffer('uber', { title: 'Chauffeur Uber' }), makeOffer('python', { title: 'Python' })]);
    expect(ids(index, 'kuber')).toEqual([]);
    expect(ids(index, 'ypthon')).toEqual(['python']);
  });

  it('never takes the other number of a technology name for a typo of it: French "vues" (views) is no Vue.js', () => {
    const index = createSearchIndex([
      makeOffer('views', { title: 'Développeuse Python', body: 'Développement de vues back-end en Django.' }),
      makeOffer('vuejs', { title: 'Développeur front', skills: ['Vue.js'] }),
      makeOffer('rail', { title: 'Ingénieur ferroviaire', body: 'Maintenance du rail.' }),
      makeOffer('rails', { title: 'Développeur Ruby', skills: ['Rails'] }),
    ]);
    expect(ids(index, 'vuejs')).toEqual(['vuejs']);
    expect(ids(index, 'rails')).toEqual(['rails']);
    // A slip in a word naming no technology is still forgiven.
    expect(ids(index, 'maintenanc')).toEqual(['rail']);
  });
});
