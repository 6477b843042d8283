import { describe, expect, it } from 'vitest';
import { offerFromBoardPosting, type BoardPosting } from '../../lib/postings/board-posting';

const NOW = new Date('2026-11-10T12:00:00Z');
const posting = (overrides: Partial<BoardPosting>): BoardPosting => ({ id: '1', title: 'Backend Developer', departments: [], ...overrides });

describe('a job board posting: deadline and language', () => {
  it.each([
    { case: "the board's closing date", given: { closesAt: '2026-12-01T23:59:00-05:00' }, deadline: '2026-12-01', status: 'open' },
    { case: 'a closing date in the description', given: { text: 'We are hiring. Applications close on November 30, 2026.' }, deadline: '2026-11-30', status: 'open' },
    { case: 'no date', given: { text: 'We are hiring.' }, deadline: undefined, status: 'open' },
    { case: "the board's closing date, passed", given: { closesAt: '2026-11-09' }, deadline: '2026-11-09', status: 'closed' },
    // Boards extend deadlines without editing the text: a listed posting stays open.
    { case: 'a passed date in the description', given: { text: 'Applications close on November 1, 2026.' }, deadline: '2026-11-01', status: 'open' },
    { case: 'a passed French date limite', given: { text: 'Date limite de candidature : 15 octobre 2026.' }, deadline: '2026-10-15', status: 'open' },
  ])('$case', ({ given, deadline, status }) => {
    expect(offerFromBoardPosting(posting(given), { path: '1', sourceId: 'board' }, NOW)).toMatchObject({ deadline, status });
  });

  it('is identified by its source and path', () => {
    expect(offerFromBoardPosting(posting({}), { path: 'jobs/42', sourceId: 'board' }, NOW).id).toBe('board:jobs/42');
  });

  it.each([
    { text: 'You will join the team that builds our platform and you will work with us.', language: 'en' },
    { text: 'Vous rejoindrez une équipe qui construit la plateforme de nos clients.', language: 'fr' },
  ])('reads $language', ({ text, language }) => {
    expect(offerFromBoardPosting(posting({ text }), { path: '1', sourceId: 'board' }, NOW).language).toBe(language);
  });
});
