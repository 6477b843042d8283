import { describe, expect, it } from 'vitest';
import { MatchCounter, type OfferJudge } from '../../lib/board/match-counter';
import { boardMatches, resultsPage, type PageOptions } from '../../lib/board/results-page';
import type { Board } from '../../lib/board/read-board';
import type { OfferSummary } from '../../lib/db/records';
import { indexGroups } from '../../lib/duplicates/merge-duplicates';
import { createSearchIndex } from '../../lib/search';
import { makeOffer } from '../search/make-offer';

// 40 Python postings; every fifth is open, and the titles vary so that the ranking does.
const OFFERS = Array.from({ length: 40 }, (_, i) =>
  makeOffer(`p${i}`, { title: i % 3 === 0 ? 'Développeur Python' : 'Data engineer', skills: i % 2 === 0 ? ['Python'] : [], body: 'Python au quotidien.', status: i % 5 === 0 ? 'open' : 'closed' }),
);
const summaries = new Map(OFFERS.map((offer): [string, OfferSummary] => [offer.id, { id: offer.id, sourceId: 's', title: offer.title, status: offer.status, contract: 'unknown', remote: 'unknown', skills: offer.skills, tags: [], firstSeenAt: 0 }]));
const board: Board = { index: createSearchIndex(OFFERS), summaries };
const everything = () => true;
const itself = (id: string) => id;
type Overrides = Partial<OfferJudge> & Partial<Omit<PageOptions, 'counter'>>;
const options = ({ filter = everything, isNoise, postingOf = itself, keptWithClosed, showNoise = false, size = 10 }: Overrides): PageOptions => ({
  counter: new MatchCounter({ filter, isNoise, postingOf, keptWithClosed }),
  showNoise,
  size,
});
const postingOfGroups = (groups: ReturnType<typeof indexGroups>) => (id: string) => groups.get(id) ?? id;

describe('resultsPage', () => {
  const matches = boardMatches(board, 'python')!;

  it('ranks only the results shown, the first of the whole ranking, and counts them all', () => {
    const whole = board.index!.search('python').map((hit) => hit.id);
    expect(whole).toHaveLength(40);
    const page = resultsPage(matches, options({ size: 10 }));
    expect(page.hits.map((hit) => hit.id)).toEqual(whole.slice(0, 10));
    expect(page).toMatchObject({ total: 40, noise: 0 });
  });

  it('counts what the filters keep, and ranks only that', () => {
    const open = (id: string) => summaries.get(id)!.status === 'open';
    const page = resultsPage(matches, options({ filter: open, size: 3 }));
    expect(page.total).toBe(8);
    expect(page.hits).toHaveLength(3);
    expect(page.hits.every((hit) => open(hit.id))).toBe(true);
  });

  it('counts, while open postings are listed, the closed ones "open postings only" hides', () => {
    const open = (id: string) => summaries.get(id)!.status === 'open';
    const page = resultsPage(matches, options({ filter: open, keptWithClosed: everything, size: 3 }));
    expect(page).toMatchObject({ total: 8, closed: 32 });
    // The seeker's other filters still hold: only the closed postings they keep are counted.
    const withSkill = (id: string) => summaries.get(id)!.skills.length > 0;
    const narrowed = resultsPage(matches, options({ filter: (id) => open(id) && withSkill(id), keptWithClosed: withSkill, size: 3 }));
    expect(narrowed).toMatchObject({ total: 4, closed: 16 });
    // Hidden and blocked closed postings are not quoted unless shown.
    const isNoise = (id: string) => id === 'p1' || id === 'p2';
    expect(resultsPage(matches, options({ filter: open, keptWithClosed: everything, isNoise, size: 3 })).closed).toBe(30);
    expect(resultsPage(matches, options({ filter: open, size: 3 })).closed).toBe(0);
  });

  it('sets hidden and blocked postings aside, counted, and lists them when asked', () => {
    const hidden = new Set(['p1', 'p2', 'p3', 'p4', 'p5']);
    const isNoise = (id: string) => hidden.has(id);
    const aside = resultsPage(matches, options({ isNoise, size: 100 }));
    expect(aside).toMatchObject({ total: 35, noise: 5 });
    expect(aside.hits.some((hit) => hidden.has(hit.id))).toBe(false);
    const shown = resultsPage(matches, options({ isNoise, showNoise: true, size: 100 }));
    expect(shown).toMatchObject({ total: 40, noise: 5 });
    expect(shown.hits).toHaveLength(40);
  });

  it('lists a job seen in several places once, its best-ranked copy, and still fills the page', () => {
    const whole = board.index!.search('python').map((hit) => hit.id);
    // The best result and four below it are one job; so are the third and the last.
    const groups = indexGroups([
      [whole[0]!, whole[5]!, whole[6]!, whole[7]!, whole[8]!].map((id) => ({ id, sourceId: 's', title: 't' })),
      [whole[2]!, whole[39]!].map((id) => ({ id, sourceId: 's', title: 't' })),
    ]);
    const page = resultsPage(matches, options({ postingOf: postingOfGroups(groups), size: 6 }));
    expect(page.total).toBe(35);
    expect(page.hits.map((hit) => hit.id)).toEqual([whole[0], whole[1], whole[2], whole[3], whole[4], whole[9]]);
  });

  it('answers from the front page, in its order, while the index loads; nothing for another query', () => {
    const front: Board = { summaries: new Map([...summaries].slice(0, 12).reverse()), answers: '' };
    const page = resultsPage(boardMatches(front, '')!, options({ size: 5 }));
    expect(page.hits.map((hit) => hit.id)).toEqual(['p11', 'p10', 'p9', 'p8', 'p7']);
    expect(page.total).toBe(12);
    expect(boardMatches(front, 'python')).toBeUndefined();
  });
});
