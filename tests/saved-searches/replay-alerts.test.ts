import { expect, it } from 'vitest';
import { ISSUE_15_SEEKER, replayAlerts } from '../support/replay-alerts';

/**
 * Issue #15's figure, asserted: a history of 220 steps over the seven publishers' real postings,
 * a seeker with two saved searches (one by folder, one by a word) and one blocked organization.
 * bench/alerts.bench.ts prints the same replay's figures, beside today's Vigie without saved searches
 * (whose one announcement per opening tests/notify/replay-history.test.ts checks).
 */
it('announces every new match of the saved searches once, at its first opening, and nothing else', async () => {
  const result = await replayAlerts({ ...ISSUE_15_SEEKER, withToday: false });
  // The history holds every kind of step, as real folders change.
  expect(result.steps).toBe(ISSUE_15_SEEKER.steps);
  for (const kind of ['open', 'edit', 'close', 'reopen']) expect(result.stepKinds[kind]).toBeGreaterThan(10);
  // The seeker's searches: exactly the expected alerts, none missed, none repeated.
  expect(result.searches.expected.length).toBeGreaterThan(10);
  expect(result.searches.announced.sort()).toEqual(result.searches.expected.sort());
  // The blocked organization opened postings the searches would have announced: none was.
  expect(result.searches.blockedWouldAlert).toBeGreaterThan(0);
  expect(result.searches.blockedNamed).toBe(0);
  console.info(JSON.stringify({ ...result, searches: { ...result.searches, expected: result.searches.expected.length, announced: result.searches.announced.length } }));
}, 240_000);
