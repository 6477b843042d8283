import { expect, it } from 'vitest';
import { replaySavedOffers } from '../support/saved-offers-replay';

it('replays 210 generated steps over 40 real postings, 20 saved: every change of a saved offer alerted once, none twice, none lost to killed workers', async () => {
  const figures = await replaySavedOffers({ postings: 40, saved: 20, steps: 210, seed: 16, killEvery: 10 });
  console.info('saved-offers replay', figures);
  expect(figures.killedSyncs).toBe(21);
  expect(figures.killedAnnouncements).toBeGreaterThan(0);
  expect(figures.expectedAlerts).toBeGreaterThan(100);
  expect(figures.missed).toBe(0);
  expect(figures.repeated).toBe(0);
  expect(figures.alerted).toBe(figures.expectedAlerts);
  expect(figures.sameSequences).toBe(true);
}, 240_000);
