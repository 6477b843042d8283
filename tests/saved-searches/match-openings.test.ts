import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../../lib/board/board-filters';
import { toOfferSummary } from '../../lib/board/offer-summary';
import type { OfferEvent, StoredOffer } from '../../lib/db/records';
import type { SavedSearch } from '../../lib/saved-searches/saved-search';
import { createSearchIndex } from '../../lib/search';
import { matchOpenings, type MatchingContext } from '../../lib/saved-searches/match-openings';
import { sampleOffer } from '../db/sample-offer';

const offers: StoredOffer[] = [
  { ...sampleOffer({ id: 's:py', title: 'Développeur Python', skills: ['Python'], contract: 'CDI', location: 'Lyon' }), firstSeenAt: 0, updatedAt: 0, listed: 1 },
  { ...sampleOffer({ id: 's:js', title: 'Développeuse JavaScript', skills: ['JavaScript'], contract: 'CDD', location: 'Paris' }), firstSeenAt: 0, updatedAt: 0, listed: 1 },
  { ...sampleOffer({ id: 's:ux', title: 'Designer UX', skills: ['Figma'], contract: 'CDI', location: 'Lyon' }), firstSeenAt: 0, updatedAt: 0, listed: 1 },
];

function board(): MatchingContext['board'] {
  const index = createSearchIndex();
  offers.forEach((offer) => index.add(offer));
  return { index, summaries: new Map(offers.map((offer) => [offer.id, toOfferSummary(offer)])) };
}

const opening = (seq: number, offerId: string, at = 10, baseline = false): OfferEvent => ({
  seq, type: 'opened', sourceId: 's', offerId, title: offerId, at, syncId: 'x', baseline, announce: 'pending', seen: 0,
});
const search = (id: string, query: string, filters: Partial<typeof DEFAULT_FILTERS> = {}, createdAt = 0): SavedSearch => ({
  id, name: id, query, filters: { ...DEFAULT_FILTERS, ...filters }, muted: false, createdAt,
});
const context = (overrides: Partial<MatchingContext> = {}): MatchingContext => ({
  board: board(), mySkills: [], stages: new Map(), known: () => false, leftOut: () => false, now: 0, ...overrides,
});
const pairs = (matches: ReturnType<typeof matchOpenings>) => matches.map((match) => `${match.searchId}→${match.offerId}@${match.eventSeq}`);

describe('matchOpenings', () => {
  it('matches each opening with the searches whose query and filters keep it, as the popup searches', () => {
    const openings = [opening(1, 's:py'), opening(2, 's:js'), opening(3, 's:ux')];
    const searches = [search('dev', 'developpeur'), search('lyon-cdi', '', { contract: 'CDI', location: 'lyon' }), search('rust', 'rust')];
    expect(pairs(matchOpenings(openings, searches, context()))).toEqual(['dev→s:py@1', 'dev→s:js@2', 'lyon-cdi→s:py@1', 'lyon-cdi→s:ux@3']);
  });

  it('ignores baselines, other events, openings before the search was saved, and postings it already matched', () => {
    const openings = [opening(1, 's:py', 5), opening(2, 's:js', 20, true), { ...opening(3, 's:ux', 20), type: 'updated' as const }, opening(4, 's:ux', 20)];
    const matches = matchOpenings(openings, [search('all', '', {}, 10)], context({ known: (_search, offerId) => offerId === 's:ux' }));
    expect(matches).toEqual([]);
  });

  it('gives one match per posting that opened twice, tied to its first opening', () => {
    expect(pairs(matchOpenings([opening(7, 's:py'), opening(5, 's:py')], [search('dev', 'python')], context()))).toEqual(['dev→s:py@5']);
  });

  it('never matches a posting the seeker hid or blocked', () => {
    const matches = matchOpenings([opening(1, 's:py'), opening(2, 's:js')], [search('dev', 'developpeur')], context({ leftOut: (summary) => summary.id === 's:js' }));
    expect(pairs(matches)).toEqual(['dev→s:py@1']);
  });

  it('reads the skills and stages the filters need', () => {
    const openings = [opening(1, 's:py'), opening(2, 's:js')];
    const searches = [search('mine', '', { matchesMySkills: true }), search('no-applied', '', { applications: 'hide', newOnly: true })];
    const matches = matchOpenings(openings, searches, context({ mySkills: ['Python'], stages: new Map([['s:py', 'applied']]) }));
    expect(pairs(matches)).toEqual(['mine→s:py@1', 'no-applied→s:js@2']);
  });
});
