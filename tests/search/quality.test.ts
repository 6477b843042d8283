import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { loadFixtureOffers } from '../../bench/support/corpus';
import { createSearchIndex } from '../../lib/search';
import type { Offer } from '../../lib/postings/types';
import { foldText } from '../../lib/text/fold';

/**
 * Vigie against plain fuse.js over the same fields of the real fixture postings. An offer
 * is relevant to a query when its folded text holds, for each group, one of the group's
 * spellings: what a reader would accept, independent of either engine.
 */
const QUERIES: Array<[query: string, relevant: string[][]]> = [
  ['designer', [['designer']]],
  ['chargé de déploiement', [['charge'], ['deploiement']]],
  ['developpeur', [['developpeu']]],
  ['developeur javscript', [['developpeu'], ['javascript']]],
  ['devlopeur', [['developpeu']]],
  ['developpeuse', [['developpeu']]],
  ['deploiement', [['deploiement']]],
  ['fullstack', [['fullstack', 'full-stack', 'full stack']]],
  ['data engineer', [['data'], ['engineer']]],
  ['django', [['django']]],
  ['vuejs', [['vue.js', 'vuejs']]],
  ['postgres', [['postgres']]],
  ['ecobalyse', [['ecobalyse']]],
  ['python django', [['python'], ['django']]],
  ['django python', [['python'], ['django']]],
];
/** Fuse's first results that Vigie must also rank high. */
const FUSE_TOP = 3;
const VIGIE_TOP = 10;

const offers = loadFixtureOffers();
const byId = new Map(offers.map((offer) => [offer.id, offer]));
const vigie = createSearchIndex(offers);
const fuse = new Fuse(offers, { keys: ['title', 'organization', 'skills', 'tags', 'location', 'body'] });

const shortFields = (offer: Offer) => [offer.title, offer.organization, ...offer.skills, ...offer.tags, offer.location];
const holdsAll = (texts: Array<string | undefined>, groups: string[][]) => {
  const text = foldText(texts.join(' '));
  return groups.every((spellings) => spellings.some((spelling) => text.includes(spelling)));
};

describe('quality against plain fuse.js on the fixtures', () => {
  it.each(QUERIES)('%s', (query, groups) => {
    const isRelevant = (id: string) => holdsAll([...shortFields(byId.get(id)!), byId.get(id)!.body], groups);
    const fuseIds = fuse.search(query).map((result) => result.item.id);
    const vigieIds = vigie.search(query).map((hit) => hit.id);
    const vigieTop = vigieIds.slice(0, VIGIE_TOP);

    // Vigie finds every relevant offer fuse finds.
    expect(fuseIds.filter(isRelevant).filter((id) => !vigieIds.includes(id))).toEqual([]);
    // Its first page holds at least as many relevant offers.
    expect(vigieTop.filter(isRelevant).length).toBeGreaterThanOrEqual(fuseIds.slice(0, VIGIE_TOP).filter(isRelevant).length);
    // Fuse's best relevant results are on Vigie's first page, unless that page is made only
    // of offers matching in their title, organization, skills, tags or location, which Vigie
    // then orders by status and date.
    const pageMatchesShortFields = vigieTop.every((id) => holdsAll(shortFields(byId.get(id)!), groups));
    const fuseBest = fuseIds.slice(0, FUSE_TOP).filter(isRelevant);
    if (!pageMatchesShortFields) expect(fuseBest.filter((id) => !vigieTop.includes(id))).toEqual([]);
    expect(vigieTop.length).toBeGreaterThan(0);
  });
});
