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

describe('the first screen copied for the popup', () => {
  it('reads back what the worker stored: the front page, the rules and the words they found', () => {
    const copy = structuredClone(frontPageSnapshotOf({ record: RECORD, rules: RULES, wordHits: HITS }));
    expect(readFrontPageSnapshot(copy)).toEqual({ record: RECORD, rules: RULES, wordHits: HITS });
  });

  it('reads no copy made for summaries of another shape (an older Vigie)', () => {
    const copy = JSON.stringify({ record: RECORD, rules: [], wordHits: [], summaryVersion: OFFER_SUMMARY_VERSION - 1 });
    expect(readFrontPageSnapshot(copy)).toBeUndefined();
  });

  it('reads no copy stored as an object, as Vigie stored it before keeping it as text', () => {
    expect(readFrontPageSnapshot({ record: RECORD, rules: [], wordHits: [], summaryVersion: OFFER_SUMMARY_VERSION })).toBeUndefined();
  });

  it('is text: the browser hands it over as one string', () => {
    expect(typeof frontPageSnapshotOf({ record: RECORD, rules: RULES, wordHits: HITS })).toBe('string');
  });

  it.each([
    ['nothing stored', undefined],
    ['text that is not JSON', 'popupFrontPage'],
    ['JSON that is not an object', '"popupFrontPage"'],
    ['no record', { summaryVersion: OFFER_SUMMARY_VERSION, rules: [] }],
    ['summaries not a list', { summaryVersion: OFFER_SUMMARY_VERSION, record: { ...RECORD, summaries: { 0: SUMMARY } } }],
    ['no date of storing', { summaryVersion: OFFER_SUMMARY_VERSION, record: { ...RECORD, updatedAt: '2026-12-07' } }],
    ['a count that is not a number', { summaryVersion: OFFER_SUMMARY_VERSION, record: { ...RECORD, total: Number.NaN } }],
    ['a summary without a title', { summaryVersion: OFFER_SUMMARY_VERSION, record: { ...RECORD, summaries: [{ ...SUMMARY, title: undefined }] } }],
    ['skills that are not names', { summaryVersion: OFFER_SUMMARY_VERSION, record: { ...RECORD, summaries: [{ ...SUMMARY, skills: [{ name: 'Python' }] }] } }],
    ['a list of skills that is not a list of names', { summaryVersion: OFFER_SUMMARY_VERSION, record: { ...RECORD, summaries: [{ ...SUMMARY, skillGroups: ['Django, Flask'] }] } }],
    ['optional skills that are not names', { summaryVersion: OFFER_SUMMARY_VERSION, record: { ...RECORD, summaries: [{ ...SUMMARY, optionalSkills: 'Elm' }] } }],
    ['an organization that is markup in an object', { summaryVersion: OFFER_SUMMARY_VERSION, record: { ...RECORD, summaries: [{ ...SUMMARY, organization: { __html: '<img onerror=alert(1)>' } }] } }],
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
