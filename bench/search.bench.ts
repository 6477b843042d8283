/**
 * Ranking quality on the hand-judged queries (tests/search/judged-queries.ts): recall@10 and
 * nDCG@10 of Vigie, MiniSearch and fuse.js with plain settings, over every fixture posting.
 * Then per-keystroke latency of the popup search, Vigie's index against MiniSearch and plain
 * fuse.js over the same fields, on corpora derived from the real fixtures (bench/support/corpus.ts).
 */
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { createSearchIndex, loadSearchIndex, type SearchIndex } from '../lib/search';
import { DEFAULT_FILTERS } from '../lib/board/board-filters';
import { toOfferSummary } from '../lib/board/offer-summary';
import { MatchCounter } from '../lib/board/match-counter';
import { boardMatches, resultsPage } from '../lib/board/results-page';
import { createBoardFilter, createMatchScorer } from '../lib/board/select-results';
import type { OfferSummary } from '../lib/db/records';
import type { Offer } from '../lib/postings/types';
import { generateOffers } from './support/corpus';
import { percentiles, round, type Benchmark, type BenchRow } from './support/benchmark';
import { buildEngines, loadAllFixtureOffers, mean, MINISEARCH_OPTIONS, scoreEngine, type QueryScore } from './support/relevance';

const SIZES = [1_000, 10_000, 50_000];
/** Typed one character at a time, each prefix being one search. */
const QUERIES = ['developpeur python', 'chargé de déploiement', 'data engineer', 'javscript', 'designer ux'];
/** What the popup shows. */
const LIMIT = 50;
const FUSE_KEYS = ['title', 'organization', 'skills', 'tags', 'location', 'body'];
/**
 * Vigie types every query this many times, each on a freshly loaded index, and keeps each
 * keystroke's median: the machine is shared, and one busy moment should not make the p95.
 */
const VIGIE_ROUNDS = 3;
/** fuse.js reads every body on every keystroke (seconds at 10,000 offers): it gets an even sample of the keystrokes. */
const FUSE_SAMPLES: Record<number, number> = { 1_000: Infinity, 10_000: 12, 50_000: 5 };

/**
 * Offers indexed and searched once before measuring, so that the first row does not pay for
 * compiling the code. A popup does pay it when it opens: see the "first ms" column.
 */
const WARM_UP_SIZE = 300;

const KEYSTROKES = QUERIES.flatMap((query) => Array.from(query, (_, i) => query.slice(0, i + 1)));

const benchmark: Benchmark = {
  name: 'search',
  async run() {
    const rows: BenchRow[] = measureQuality();
    measureVigie(generateOffers(WARM_UP_SIZE));
    for (const size of SIZES) {
      const offers = generateOffers(size);
      rows.push(measureFuse(offers, FUSE_SAMPLES[size] ?? Infinity));
      rows.push(measureMiniSearch(offers));
      rows.push(...measureVigie(offers));
    }
    return rows;
  },
};

export default benchmark;

function measureQuality(): BenchRow[] {
  const offers = loadAllFixtureOffers().filter((offer): offer is Offer => 'id' in offer);
  return Object.entries(buildEngines(offers)).map(([engine, search]) => {
    const scores = scoreEngine(search, offers);
    if (engine === 'vigie') printMisses(scores, offers);
    return {
      engine,
      offers: offers.length,
      'judged queries': scores.length,
      'recall@10': round(mean(scores.map((score) => score.recall)), 3),
      'nDCG@10': round(mean(scores.map((score) => score.ndcg)), 3),
    };
  });
}

/** The judged queries for which Vigie leaves out of its first ten relevant postings that would fit there, and which. */
function printMisses(scores: QueryScore[], offers: Offer[]): void {
  const pathOf = new Map(offers.map((offer) => [offer.id, offer.path]));
  console.log('Vigie: queries whose first ten miss relevant postings that would fit there');
  for (const { query, recall, ndcg, missed } of scores) {
    if (recall === 1) continue;
    console.log(`  "${query}": recall@10 ${round(recall, 2)}, nDCG@10 ${round(ndcg, 2)}; missed ${missed.map((id) => pathOf.get(id)).join(', ')}`);
  }
}

function measureVigie(offers: Offer[]): BenchRow[] {
  const build = time(() => createSearchIndex(offers));
  const json = JSON.stringify(build.result.toJSON());
  const loads = Array.from({ length: VIGIE_ROUNDS }, () => time(() => loadSearchIndex(JSON.parse(json))));
  return [
    {
      engine: 'vigie',
      offers: offers.length,
      ...typing(loads.map((load) => load.result), KEYSTROKES),
      'build ms': round(build.ms, 0),
      'serialized MB': round(json.length / 1e6, 1),
      'load ms': round(median(loads.map((load) => load.ms)), 0),
    },
    ...popupRows(offers, json),
  ];
}

/**
 * The popup's keystroke, default filters on: every match counted (the tab, "show more", what the
 * filters and the hidden postings leave out) and the 50 shown ranked (lib/board/results-page.ts),
 * against what the popup did before, rank every match and cut. The popup asks its filters about
 * every offer once, when it opens or a filter changes (MatchCounter): that is timed apart, with
 * the empty query's page the popup opens on.
 */
function popupRows(offers: Offer[], json: string): BenchRow[] {
  const summaries = new Map(offers.map((offer): [string, OfferSummary] => [offer.id, toOfferSummary({ ...offer, firstSeenAt: 0, updatedAt: 0, listed: 1 })]));
  const filter = createBoardFilter(summaries, DEFAULT_FILTERS, createMatchScorer([]), Date.now());
  const openings: number[] = [];
  const page = (index: SearchIndex): Searchable => {
    const counter = new MatchCounter({ filter, postingOf: (id) => id });
    const search = (query: string, size: number) => resultsPage(boardMatches({ index, summaries }, query)!, { counter, showNoise: false, size }).hits;
    openings.push(time(() => search('', LIMIT)).ms);
    return { search: (query, { limit }) => search(query, limit) };
  };
  const everyMatch = (index: SearchIndex): Searchable => ({ search: (query, { limit }) => index.search(query, { filter }).slice(0, limit) });
  const indexes = () => Array.from({ length: VIGIE_ROUNDS }, () => loadSearchIndex(JSON.parse(json)));
  return [
    {
      engine: 'vigie, popup: all counted, 50 ranked',
      offers: offers.length,
      ...typing(indexes().map(page), KEYSTROKES),
      'opening ms': round(median(openings)),
    },
    { engine: 'vigie, popup before: every match ranked', offers: offers.length, ...typing(indexes().map(everyMatch), KEYSTROKES) },
  ];
}

function measureFuse(offers: Offer[], samples: number): BenchRow {
  const build = time(() => new Fuse(offers, { keys: FUSE_KEYS }));
  const json = JSON.stringify(build.result.getIndex().toJSON());
  const load = time(() => new Fuse(offers, { keys: FUSE_KEYS }, Fuse.parseIndex(JSON.parse(json))));
  return {
    engine: 'fuse.js',
    offers: offers.length,
    ...typing([load.result], evenSample(KEYSTROKES, samples)),
    'build ms': round(build.ms, 0),
    'serialized MB': round(json.length / 1e6, 1),
    'load ms': round(load.ms, 0),
  };
}

function measureMiniSearch(offers: Offer[]): BenchRow {
  const build = time(() => {
    const index = new MiniSearch<Offer>(MINISEARCH_OPTIONS);
    index.addAll(offers);
    return index;
  });
  const json = JSON.stringify(build.result);
  const load = time(() => MiniSearch.loadJSON<Offer>(json, MINISEARCH_OPTIONS));
  const searchable: Searchable = { search: (query, { limit }) => load.result.search(query).slice(0, limit) };
  return {
    engine: 'minisearch',
    offers: offers.length,
    ...typing([searchable], KEYSTROKES),
    'build ms': round(build.ms, 0),
    'serialized MB': round(json.length / 1e6, 1),
    'load ms': round(load.ms, 0),
  };
}

type Searchable = { search(query: string, options: { limit: number }): unknown[] };

/**
 * Latency of each keystroke, typed in order on indexes nothing has searched yet, one round
 * per index; per keystroke, the median of the rounds. The host is shared: each keystroke's CPU
 * time (the process's, its garbage collector's threads included) is kept too, the least of the
 * rounds, which other programs' load inflates far less than the wall-clock time.
 */
function typing(indexes: Searchable[], keystrokes: string[]): BenchRow {
  const rounds = indexes.map((index) => keystrokes.map((prefix) => time(() => index.search(prefix, { limit: LIMIT }))));
  const samples = keystrokes.map((_, i) => median(rounds.map((round) => round[i]!.ms)));
  const cpuSamples = keystrokes.map((_, i) => Math.min(...rounds.map((round) => round[i]!.cpuMs)));
  const { median: middle, p95 } = percentiles(samples);
  const cpu = percentiles(cpuSamples);
  return {
    rounds: indexes.length,
    keystrokes: samples.length,
    'median ms': round(middle),
    'p95 ms': round(p95),
    'max ms': round(Math.max(...samples)),
    'first ms': round(samples[0]!),
    'CPU median ms': round(cpu.median),
    'CPU p95 ms': round(cpu.p95),
  };
}

function median(values: number[]): number {
  return percentiles(values).median;
}

function evenSample<T>(items: T[], count: number): T[] {
  if (count >= items.length) return items;
  return Array.from({ length: count }, (_, i) => items[Math.floor(((i + 0.5) * items.length) / count)]!);
}

function time<T>(run: () => T): { result: T; ms: number; cpuMs: number } {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const result = run();
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  return { result, ms, cpuMs: (cpu.user + cpu.system) / 1000 };
}
