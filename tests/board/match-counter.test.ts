import { describe, expect, it } from 'vitest';
import { MatchCounter, type MatchCount, type OfferJudge } from '../../lib/board/match-counter';
import { boardMatches, resultsPage } from '../../lib/board/results-page';
import type { OfferSummary } from '../../lib/db/records';
import { createSearchIndex } from '../../lib/search';
import { makeOffer } from '../search/make-offer';
import { mulberry32 } from '../support/mulberry32';

/** A generated board: offer ids with holes (removed offers), what the seeker's filters and noise say of each, jobs seen twice or more. */
interface GeneratedBoard {
  offerIds: Array<string | undefined>;
  judge: OfferJudge;
}

function generateBoard(seed: number, size: number): GeneratedBoard {
  const random = mulberry32(seed);
  const offerIds = Array.from({ length: size }, (_, i) => (random() < 0.1 ? undefined : `offer-${i}`));
  const kept = new Set(offerIds.filter((id) => id !== undefined && random() < 0.6));
  const noise = new Set(offerIds.filter((id) => id !== undefined && random() < 0.2));
  // Offers the filters would keep once closed postings are shown too (some of them also kept now: the judge is not asked of those).
  const keptWithClosed = new Set(offerIds.filter((id) => id !== undefined && random() < 0.5));
  // Jobs seen in several places: some keyed by an object (as lib/duplicates does), some by one member's own id.
  const posting = new Map<string, unknown>();
  const live = offerIds.filter((id): id is string => id !== undefined);
  for (let group = 0; group < size / 8; group++) {
    const members = Array.from({ length: 2 + Math.floor(random() * 3) }, () => live[Math.floor(random() * live.length)]!);
    const key = random() < 0.5 ? { group } : members[0]!;
    for (const member of members) posting.set(member, key);
  }
  return {
    offerIds,
    judge: { filter: (id) => kept.has(id), isNoise: (id) => noise.has(id), postingOf: (id) => posting.get(id) ?? id, keptWithClosed: (id) => keptWithClosed.has(id) },
  };
}

/** Some ordinals of the board, each once, in any order. */
function someOrdinals(random: () => number, size: number): number[] {
  const ordinals = Array.from({ length: size }, (_, i) => i).filter(() => random() < 0.7);
  return ordinals.sort(() => random() - 0.5);
}

/** The counts written the plain way: the matching ids listed, then a set of their postings. */
function countByHand({ offerIds, judge }: GeneratedBoard, ordinals: number[], showNoise: boolean): MatchCount {
  const live = ordinals.map((ordinal) => offerIds[ordinal]).filter((id): id is string => id !== undefined);
  const ids = live.filter((id) => judge.filter(id));
  const listed = ids.filter((id) => showNoise || !judge.isNoise!(id));
  const noise = ids.filter((id) => judge.isNoise!(id));
  const closed = live.filter((id) => !judge.filter(id) && judge.keptWithClosed!(id) && (showNoise || !judge.isNoise!(id)));
  return {
    listed: new Set(listed.map(judge.postingOf)).size,
    listedOffers: listed.length,
    noise: new Set(noise.map(judge.postingOf)).size,
    closed: new Set(closed.map(judge.postingOf)).size,
  };
}

describe('MatchCounter', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('counts offers and postings as a plain count does, on generated board %i', (seed) => {
    const size = 50 + seed * 37;
    const board = generateBoard(seed, size);
    const counter = new MatchCounter(board.judge);
    const random = mulberry32(seed * 1000);
    for (let query = 0; query < 6; query++) {
      const ordinals = someOrdinals(random, size);
      for (const showNoise of [false, true]) {
        expect(counter.count(board.offerIds, Int32Array.from(ordinals), showNoise)).toEqual(countByHand(board, ordinals, showNoise));
      }
    }
  });

  it('asks the judge once per offer, whatever the number of counts, and again for another list', () => {
    const asked: string[] = [];
    const counter = new MatchCounter({ filter: (id) => (asked.push(id), true), postingOf: (id) => id });
    const ids = ['a', 'b', undefined, 'c'];
    for (let i = 0; i < 5; i++) expect(counter.count(ids, [0, 1, 2, 3], false)).toEqual({ listed: 3, listedOffers: 3, noise: 0, closed: 0 });
    expect(asked).toEqual(['a', 'b', 'c']);
    expect(counter.count(['d'], [0], false).listed).toBe(1);
    expect(asked).toEqual(['a', 'b', 'c', 'd']);
  });

  it('counts a job once when its own offer and a copy naming it both match', () => {
    const counter = new MatchCounter({ filter: () => true, postingOf: (id) => (id === 'copy' ? 'original' : id) });
    expect(counter.count(['original', 'copy', 'other'], [1, 0, 2], false)).toEqual({ listed: 2, listedOffers: 3, noise: 0, closed: 0 });
    expect(counter.count(['original', 'copy', 'other'], [1, 2], false)).toEqual({ listed: 2, listedOffers: 2, noise: 0, closed: 0 });
  });
});

describe('resultsPage counts on a real index', () => {
  const WORDS = ['python', 'django', 'designer', 'data', 'engineer', 'lyon', 'paris', 'développeur', 'chargé', 'déploiement'];
  const random = mulberry32(13);
  const pick = () => WORDS[Math.floor(random() * WORDS.length)]!;
  const offers = Array.from({ length: 300 }, (_, i) =>
    makeOffer(`o${i}`, { title: `${pick()} ${pick()}`, body: `${pick()} ${pick()} ${pick()}`, status: random() < 0.3 ? 'open' : 'closed' }),
  );
  const index = createSearchIndex(offers);
  for (let i = 0; i < 300; i += 7) index.remove(`o${i}`);
  const summaries = new Map(offers.map((offer): [string, OfferSummary] => [offer.id, { id: offer.id, sourceId: 's', title: offer.title, status: offer.status, contract: 'unknown', remote: 'unknown', skills: [], tags: [], firstSeenAt: 0 }]));
  const open = (id: string) => summaries.get(id)?.status === 'open';
  const hidden = (id: string) => Number(id.slice(1)) % 5 === 0;
  const sameJob = (id: string) => `job-${Number(id.slice(1)) % 120}`;

  it.each(['', 'python', 'pyth', 'data engineer', 'développeur lyon', 'chargé de déploiement', 'zzzz', 'd'])(
    'quotes as many postings as the unlimited search finds, filtered and set aside by hand: "%s"',
    (query) => {
      const counter = new MatchCounter({ filter: open, isNoise: hidden, postingOf: sameJob });
      const found = index.search(query).map((hit) => hit.id).filter(open);
      for (const showNoise of [false, true]) {
        const page = resultsPage(boardMatches({ index, summaries }, query)!, { counter, showNoise, size: 10 });
        const listed = found.filter((id) => showNoise || !hidden(id));
        expect(page.total).toBe(new Set(listed.map(sameJob)).size);
        expect(page.noise).toBe(new Set(found.filter(hidden).map(sameJob)).size);
      }
    },
  );
});
