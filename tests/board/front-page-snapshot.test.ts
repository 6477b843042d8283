import { describe, expect, it } from 'vitest';
import { frontPageSnapshotOf, isOfferSummary, readFrontPageSnapshot } from '../../lib/board/front-page-snapshot';
import { OFFER_SUMMARY_VERSION } from '../../lib/board/offer-summary';
import type { FrontPageRecord, OfferSummary } from '../../lib/db/records';

const SUMMARY: OfferSummary = {
  id: 'beta:jobs/dev.md', sourceId: 'beta', title: 'Développeur·se Python', organization: 'DINUM', status: 'open', contract: 'CDI', remote: 'partial',
  location: 'Paris', skills: ['Python'], tags: ['python'], postedAt: '2026-11-30', firstSeenAt: 1_700_000_000_000, deadline: '2026-12-31',
};
const RECORD: FrontPageRecord = { id: 'current', summaries: [SUMMARY, { ...SUMMARY, id: 'beta:jobs/b.md', organization: undefined, location: undefined, postedAt: undefined, deadline: undefined }], total: 542, updatedAt: 1_765_000_000_000 };
const RULES = [{ kind: 'organization', key: 'dinum', name: 'DINUM', at: 3 }];
const HITS = [['beta:jobs/c.md', 'stage']];

const FAVORITES = [{ offerId: 'beta:jobs/dev.md', stage: 'applied' as const }, { offerId: 'beta:jobs/gone.md', stage: 'saved' as const }];
const SAVED = [['beta:jobs/dev.md', 'applied'], ['beta:jobs/gone.md', 'saved']];

describe('the first screen copied for the popup', () => {
  it('reads back what the worker stored: the front page, the rules, the words they found and the saved offers with their stages', () => {
    const copy = structuredClone(frontPageSnapshotOf({ record: RECORD, rules: RULES, wordHits: HITS }, FAVORITES, 2));
    expect(readFrontPageSnapshot(copy)).toEqual({ record: RECORD, rules: RULES, wordHits: HITS, saved: SAVED, savedPostings: 2 });
  });

  it('reads no copy made for summaries of another shape (an older Vigie)', () => {
    const copy = JSON.stringify({ record: RECORD, rules: [], wordHits: [], summaryVersion: OFFER_SUMMARY_VERSION - 1 });
    expect(readFrontPageSnapshot(copy)).toBeUndefined();
  });

  it('reads no copy stored as an object, as Vigie stored it before keeping it as text', () => {
    expect(readFrontPageSnapshot({ record: RECORD, rules: [], wordHits: [], summaryVersion: OFFER_SUMMARY_VERSION })).toBeUndefined();
  });

  it('is text: the browser hands it over as one string', () => {
    expect(typeof frontPageSnapshotOf({ record: RECORD, rules: RULES, wordHits: HITS }, FAVORITES, 2)).toBe('string');
  });

  it.each([
    ['nothing stored', undefined],
    ['text that is not JSON', 'popupFrontPage'],
    ['JSON that is not an object', '"popupFrontPage"'],
    ['no record', { summaryVersion: OFFER_SUMMARY_VERSION, rules: [] }],
    ['summaries not a list', { summaryVersion: OFFER_SUMMARY_VERSION, record: { ...RECORD, summaries: { 0: SUMMARY } }, saved: SAVED, savedPostings: 2 }],
    ['no date of storing', { summaryVersion: OFFER_SUMMARY_VERSION, record: { ...RECORD, updatedAt: '2026-12-07' }, saved: SAVED, savedPostings: 2 }],
    ['a count that is not a number', { summaryVersion: OFFER_SUMMARY_VERSION, record: { ...RECORD, total: Number.NaN }, saved: SAVED, savedPostings: 2 }],
    ['a summary without a title', { summaryVersion: OFFER_SUMMARY_VERSION, record: { ...RECORD, summaries: [{ ...SUMMARY, title: undefined }] }, saved: SAVED, savedPostings: 2 }],
    ['skills that are not names', { summaryVersion: OFFER_SUMMARY_VERSION, record: { ...RECORD, summaries: [{ ...SUMMARY, skills: [{ name: 'Python' }] }] }, saved: SAVED, savedPostings: 2 }],
    ['a list of skills that is not a list of names', { summaryVersion: OFFER_SUMMARY_VERSION, record: { ...RECORD, summaries: [{ ...SUMMARY, skillGroups: ['Django, Flask'] }] }, saved: SAVED, savedPostings: 2 }],
    ['optional skills that are not names', { summaryVersion: OFFER_SUMMARY_VERSION, record: { ...RECORD, summaries: [{ ...SUMMARY, optionalSkills: 'Elm' }] }, saved: SAVED, savedPostings: 2 }],
    ['an organization that is markup in an object', { summaryVersion: OFFER_SUMMARY_VERSION, record: { ...RECORD, summaries: [{ ...SUMMARY, organization: { __html: '<img onerror=alert(1)>' } }] }, saved: SAVED, savedPostings: 2 }],
    ['no saved offers', { summaryVersion: OFFER_SUMMARY_VERSION, record: RECORD, rules: [], wordHits: [] }],
    ['a saved offer at no known stage', { summaryVersion: OFFER_SUMMARY_VERSION, record: RECORD, saved: [['beta:jobs/dev.md', 'hired']], savedPostings: 1 }],
    ['no count of the saved postings (a copy made before they were counted)', { summaryVersion: OFFER_SUMMARY_VERSION, record: RECORD, saved: SAVED }],
    ['a count of the saved postings that is text', { summaryVersion: OFFER_SUMMARY_VERSION, record: RECORD, saved: SAVED, savedPostings: '2' }],
    ['a saved offer without its stage', { summaryVersion: OFFER_SUMMARY_VERSION, record: RECORD, saved: [['beta:jobs/dev.md']] }],
    ['saved offers that are not a list', { summaryVersion: OFFER_SUMMARY_VERSION, record: RECORD, saved: { 'beta:jobs/dev.md': 'applied' } }],
  ])('reads no copy from %s: the popup reads the database instead', (_case, stored) => {
    expect(readFrontPageSnapshot(typeof stored === 'object' ? JSON.stringify(stored) : stored)).toBeUndefined();
  });

  it('tells a summary from what only looks like one', () => {
    expect(isOfferSummary(SUMMARY)).toBe(true);
    expect(isOfferSummary([SUMMARY])).toBe(false);
    expect(isOfferSummary({ ...SUMMARY, firstSeenAt: '1700000000000' })).toBe(false);
    expect(isOfferSummary({ ...SUMMARY, deadline: null })).toBe(false);
    expect(isOfferSummary({ ...SUMMARY, skillGroups: [['Django', 'Flask']], optionalSkills: ['Elm'] })).toBe(true);
  });
});
