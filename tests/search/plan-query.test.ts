import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../lib/search/parse-query';
import { planQuery } from '../../lib/search/plan-query';
import { findSynonyms } from '../../lib/search/synonyms';
import { adjacentPairs } from '../../lib/search/tokenize';

describe('synonyms', () => {
  it('finds one-word and several-word expressions, in French and English', () => {
    const [internship] = findSynonyms(['internship']);
    expect(internship?.alternatives).toEqual(expect.arrayContaining([['stage'], ['stagiaire']]));
    const [productOwner] = findSynonyms(['senior', 'product', 'owner']);
    expect(productOwner).toMatchObject({ from: 1, to: 2 });
    expect(productOwner?.alternatives).toEqual(expect.arrayContaining([['po'], ['chef', 'produit']]));
  });

  it('gives each word of a phrase the phrase’s synonyms, and a city its adjectives', () => {
    const plans = planQuery(parseQuery('chef de produit lyon'));
    expect(plans.map((plan) => plan.word.text)).toEqual(['chef', 'de', 'produit', 'lyon']);
    expect(plans[0]!.synonyms).toContainEqual(['product', 'owner']);
    expect(plans[2]!.synonyms).toContainEqual(['po']);
    expect(plans[1]!.synonyms).toEqual([]);
    expect(plans[3]).toMatchObject({ city: true, synonyms: expect.arrayContaining([['lyonnais']]) });
  });
});

describe('adjacentPairs', () => {
  it('pairs the words of a title that stand together, stopwords skipped, compounds by each form', () => {
    expect(adjacentPairs('Chargé·e de déploiement').sort()).toEqual(['charge deploiement', 'chargee deploiement']);
    expect(adjacentPairs('Développeur·euse full-stack')).toEqual(
      expect.arrayContaining(['developpeuse fullstack', 'developpeur full', 'full stack']),
    );
  });
});
