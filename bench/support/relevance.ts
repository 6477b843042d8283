import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { parsePosting, type Offer } from '../../lib/postings';
import { createSearchIndex } from '../../lib/search';
import { PUBLISHERS } from '../../tests/quality/posting-labels';
import { JUDGED_QUERIES, resolveJudgedIds } from '../../tests/search/judged-queries';

const FIXTURES = new URL('../../../shared/fixtures/', import.meta.url).pathname;
/** Ranks judged: the popup's first screen holds about ten rows. */
export const CUTOFF = 10;

/**
 * Every posting of every publisher in the fixtures, in a stable order, each read under its
 * publisher's real source id (as a sync gives it), never under the fixture folder's name.
 */
export function loadAllFixtureOffers(): Offer[] {
  return readdirSync(FIXTURES)
    .sort()
    .flatMap((folder) => {
      const sourceId = PUBLISHERS.find((publisher) => publisher.folder === folder)?.sourceId;
      if (sourceId === undefined) throw new Error(`No source id for the fixture folder ${folder} (tests/quality/posting-labels.ts)`);
      return readdirSync(join(FIXTURES, folder))
        .sort()
        .map((path) => parsePosting(readFileSync(join(FIXTURES, folder, path)), { path, sourceId }));
    });
}

export type Engine = (query: string) => string[];

/** MiniSearch's plain settings: BM25, fuzzy 0.2, prefix, title and skills boosted. */
export const MINISEARCH_OPTIONS = {
  fields: ['title', 'organization', 'skillsText', 'tagsText', 'location', 'body'],
  extractField: (offer: Offer, field: string) =>
    field === 'skillsText' ? offer.skills.join(' ') : field === 'tagsText' ? offer.tags.join(' ') : String((offer as unknown as Record<string, unknown>)[field] ?? ''),
  searchOptions: { boost: { title: 2, skillsText: 1.5 }, fuzzy: 0.2, prefix: true },
};

/** The engines compared, each built over the same offers. */
export function buildEngines(offers: Offer[]): Record<'vigie' | 'minisearch' | 'fuse.js', Engine> {
  const vigie = createSearchIndex(offers);
  const miniSearch = new MiniSearch<Offer>(MINISEARCH_OPTIONS);
  miniSearch.addAll(offers);
  const fuse = new Fuse(offers, { keys: ['title', 'organization', 'skills', 'tags', 'location', 'body'] });
  return {
    vigie: (query) => vigie.search(query, { limit: CUTOFF }).map((hit) => hit.id),
    minisearch: (query) => miniSearch.search(query).slice(0, CUTOFF).map((result) => String(result.id)),
    'fuse.js': (query) => fuse.search(query, { limit: CUTOFF }).map((result) => result.item.id),
  };
}

/** Share of the relevant offers in the first ten, out of as many as ten places can hold. */
export function recallAt(ranked: string[], relevant: ReadonlySet<string>, cutoff = CUTOFF): number {
  const found = ranked.slice(0, cutoff).filter((id) => relevant.has(id)).length;
  return found / Math.min(cutoff, relevant.size);
}

/** Normalized discounted cumulative gain of the first ten, relevance being yes or no. */
export function ndcgAt(ranked: string[], relevant: ReadonlySet<string>, cutoff = CUTOFF): number {
  const gain = (rank: number) => 1 / Math.log2(rank + 2);
  const dcg = ranked.slice(0, cutoff).reduce((sum, id, rank) => sum + (relevant.has(id) ? gain(rank) : 0), 0);
  let ideal = 0;
  for (let rank = 0; rank < Math.min(cutoff, relevant.size); rank++) ideal += gain(rank);
  return dcg / ideal;
}

export interface QueryScore {
  query: string;
  recall: number;
  ndcg: number;
  /** Relevant offers missing from the first ten. */
  missed: string[];
}

/** Each judged query run through an engine, with its recall@10 and nDCG@10. */
export function scoreEngine(engine: Engine, offers: Offer[]): QueryScore[] {
  return JUDGED_QUERIES.map(({ query, relevant }) => {
    const relevantIds = new Set(resolveJudgedIds(relevant, offers));
    const ranked = engine(query);
    const top = new Set(ranked.slice(0, CUTOFF));
    return {
      query,
      recall: recallAt(ranked, relevantIds),
      ndcg: ndcgAt(ranked, relevantIds),
      missed: [...relevantIds].filter((id) => !top.has(id)),
    };
  });
}

export function mean(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}
