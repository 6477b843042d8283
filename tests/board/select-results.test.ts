import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, sanitizeFilters } from '../../lib/board/board-filters';
import type { OfferSummary } from '../../lib/db/records';
import { createBoardFilter, createMatchScorer, orderResults, type SeekerMarks } from '../../lib/board/select-results';

function summary(id: string, skills: string[]): OfferSummary {
  return { id, sourceId: 'test', title: id, status: 'open', contract: 'unknown', remote: 'unknown', skills, tags: [], firstSeenAt: 0 };
}

describe('createMatchScorer', () => {
  it.each([
    // React and Vue.js are written in JavaScript, which TypeScript gives the seeker: 3 of 5.
    { mine: ['TypeScript', 'Vue.js'], skills: ['typescript', 'React', 'Vue.js', 'SQL'], score: 0.6 },
    { mine: ['Développement web'], skills: ['développement Web'], score: 1 },
    { mine: ['Go'], skills: ['Rust'], score: 0 },
    { mine: ['Go'], skills: [], score: undefined },
  ])('scores $skills against $mine as $score', ({ mine, skills, score }) => {
    expect(createMatchScorer(mine)(summary('a', skills))?.score).toBe(score);
  });

  it('tells what it counts', () => {
    expect(createMatchScorer(['Python', 'Django'])(summary('a', ['Python', 'Django', 'Docker']))).toEqual({
      score: 2 / 3,
      held: 2,
      asked: 3,
      matched: ['Python', 'Django'],
      missing: ['Docker'],
      implied: [],
      groups: [],
      optionalHeld: [],
    });
  });

  it('reads the lists of which one will do and the optional skills the summary carries', () => {
    const held = createMatchScorer(['Django'])({ ...summary('a', ['Django', 'Flask', 'Docker']), skillGroups: [['Django', 'Flask']], optionalSkills: ['Docker'] });
    expect([held?.held, held?.asked]).toEqual([1, 1]);
  });

  it('gives no match at all when the user listed no skill', () => {
    expect(createMatchScorer([])(summary('a', ['Rust', 'Go']))).toBeUndefined();
  });
});

describe('sorting and filtering by match', () => {
  const summaries = new Map([
    ['none', summary('none', [])],
    ['zero', summary('zero', ['Rust'])],
    ['half', summary('half', ['Python', 'Rust'])],
    ['all', summary('all', ['Python'])],
  ]);
  const matchOf = createMatchScorer(['Python']);
  const hits = [...summaries.keys()].map((id) => ({ id, score: 1, matchedTerms: [] }));

  it('puts the best match first, and postings that ask for no concrete skill after 0 %', () => {
    expect(orderResults(hits, summaries, 'match', matchOf, '2022-07-04').map((result) => result.summary.id)).toEqual(['all', 'half', 'zero', 'none']);
  });

  it('keeps, under "matches my skills", the postings that ask for at least one of them', () => {
    const filter = createBoardFilter(summaries, { ...DEFAULT_FILTERS, openOnly: false, matchesMySkills: true }, matchOf, 0);
    expect([...summaries.keys()].filter(filter)).toEqual(['half', 'all']);
  });

  it('keeps under "matches my skills" a posting the seeker matches only through a list of which one will do, or a plus', () => {
    const withLists = new Map([
      ['group', { ...summary('group', ['React', 'Python', 'Rust']), skillGroups: [['React', 'Python']] }],
      ['plus', { ...summary('plus', ['Rust', 'Python']), optionalSkills: ['Python'] }],
      ['other-group', { ...summary('other-group', ['React', 'Vue.js']), skillGroups: [['React', 'Vue.js']] }],
    ]);
    const filter = createBoardFilter(withLists, { ...DEFAULT_FILTERS, openOnly: false, matchesMySkills: true }, matchOf, 0);
    // The card of each says "1 sur 2" for the first two: the filter keeps what the card counts.
    expect([matchOf(withLists.get('group')!)?.held, matchOf(withLists.get('plus')!)?.held]).toEqual([1, 1]);
    expect([...withLists.keys()].filter(filter)).toEqual(['group', 'plus']);
  });
});

describe('orderResults by deadline', () => {
  it('lists the deadlines ahead soonest first, then the passed ones, then postings without one in relevance order', () => {
    const postings: Array<[string, string | undefined]> = [
      ['none-best', undefined], ['far', '2022-09-01'], ['passed', '2022-06-30'], ['soon', '2022-07-06'], ['none-next', undefined], ['today', '2022-07-04'],
    ];
    const summaries = new Map(postings.map(([id, deadline]) => [id, { ...summary(id, []), deadline }]));
    const hits = postings.map(([id], rank) => ({ id, score: 10 - rank, matchedTerms: [] }));
    const ordered = orderResults(hits, summaries, 'deadline', () => undefined, '2022-07-04');
    expect(ordered.map((result) => result.summary.id)).toEqual(['today', 'soon', 'far', 'passed', 'none-best', 'none-next']);
  });
});

describe('filters on what the seeker did', () => {
  const summaries = new Map(['fresh', 'seen', 'saved', 'applied', 'rejected'].map((id) => [id, summary(id, [])]));
  const marks = { newIds: new Set(['fresh', 'applied']), stages: new Map([['saved', 'saved'], ['applied', 'applied'], ['rejected', 'rejected']] as const) };
  const keep = (filters: Partial<typeof DEFAULT_FILTERS>, given: SeekerMarks = marks) =>
    [...summaries.keys()].filter(createBoardFilter(summaries, { ...DEFAULT_FILTERS, ...filters }, () => undefined, 0, given));

  it('keeps only the postings not seen yet under "new only"', () => {
    expect(keep({ newOnly: true })).toEqual(['fresh', 'applied']);
    expect(keep({ newOnly: true }, {})).toEqual([]);
  });

  it('leaves out applied and rejected postings, never a posting merely saved', () => {
    expect(keep({ applications: 'hide' })).toEqual(['fresh', 'seen', 'saved']);
    expect(keep({ applications: 'show' })).toHaveLength(5);
  });
});

describe('sanitizeFilters', () => {
  it('keeps valid filters as they are', () => {
    const filters = { ...DEFAULT_FILTERS, contract: 'CDD' as const, location: 'Lyon', postedWithinDays: 30, newOnly: true, applications: 'hide' as const, sort: 'date' as const };
    expect(sanitizeFilters(filters)).toEqual(filters);
  });

  it('takes the defaults for what is missing or malformed', () => {
    expect(sanitizeFilters({ contract: 'permanent', remote: 3, postedWithinDays: -1, sourceId: '', sort: 'random', applications: 'maybe', openOnly: 'yes' })).toEqual(DEFAULT_FILTERS);
    expect(sanitizeFilters(null)).toEqual(DEFAULT_FILTERS);
  });
});
