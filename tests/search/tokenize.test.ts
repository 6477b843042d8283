import { describe, expect, it } from 'vitest';
import { tokenize, tokenizeQuery } from '../../lib/search/tokenize';

describe('tokenize', () => {
  it.each([
    ['Développeuse FULLSTACK', ['developpeuse', 'fullstack']],
    ['Chargé·e de déploiement', ['charge', 'e', 'chargee', 'de', 'deploiement']],
    ['full-stack Vue.js', ['full', 'stack', 'fullstack', 'vue', 'js', 'vuejs']],
    ['C++, C# et .NET', ['cpp', 'csharp', 'et', 'dotnet']],
    ['Cœur de métier', ['coeur', 'de', 'metier']],
    ['voir https://gist.github.com/x/0123abcd et www.beta.gouv.fr', ['voir', 'et']],
    ['fin de phrase. Suite', ['fin', 'de', 'phrase', 'suite']],
  ])('%s', (text, terms) => {
    expect(tokenize(text)).toEqual(terms);
  });

  it('drops French and English stopwords only when asked (for bodies)', () => {
    expect(tokenize('La mission de la team and the product', { dropStopwords: true })).toEqual([
      'mission',
      'team',
      'product',
    ]);
    expect(tokenize('Chargé de mission')).toEqual(['charge', 'de', 'mission']);
  });

  it('skips runs too long to be words', () => {
    expect(tokenize(`id ${'a1'.repeat(40)} fin`)).toEqual(['id', 'fin']);
  });
});

describe('tokenizeQuery', () => {
  it('keeps a compound as one word, in the joined form the index also holds', () => {
    expect(tokenizeQuery('Vue.js full-stack développeur·se')).toEqual(['vuejs', 'fullstack', 'developpeurse']);
  });
});
