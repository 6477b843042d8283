import { HISTORY_BUDGET } from '../lib/history/history-budget';
import { replaySavedOffers } from '../tests/support/saved-offers-replay';
import type { Benchmark } from './support/benchmark';

const POSTINGS = 40;
const SAVED = 20;
const AT_SCALE = 10_000;

/**
 * Saved offers' alerts over a generated history of real postings (tests/support/saved-offers-replay.ts):
 * how many changes were alerted, missed, repeated, with workers killed mid-sync; and what the
 * history costs in bytes, per posting and for 10,000 postings changing at the same rate.
 */
const benchmark: Benchmark = {
  name: 'history',
  async run() {
    const figures = await replaySavedOffers({ postings: POSTINGS, saved: SAVED, steps: 210, seed: 16, killEvery: 10 });
    const unsavedAtScale = figures.bytesPerUnsavedPosting * AT_SCALE;
    return [
      { measure: 'generated steps / killed syncs / killed announcements', value: `${figures.steps} / ${figures.killedSyncs} / ${figures.killedAnnouncements}` },
      { measure: `changes of the ${SAVED} saved offers (expected alerts)`, value: figures.expectedAlerts },
      { measure: 'alerted / missed / repeated', value: `${figures.alerted} / ${figures.missed} / ${figures.repeated}` },
      { measure: 'every saved offer alerted in the generator’s order', value: String(figures.sameSequences) },
      { measure: 'history bytes per saved posting (all its versions kept)', value: `${figures.bytesPerSavedPosting} (${figures.versionsPerSavedPosting} versions)` },
      { measure: 'history bytes per unsaved posting (budget: 10 versions, 4 KiB)', value: figures.bytesPerUnsavedPosting },
      { measure: `history of ${AT_SCALE.toLocaleString('en')} unsaved postings at this rate of change`, value: `${(unsavedAtScale / 1024 / 1024).toFixed(1)} MiB` },
      { measure: `upper bound for ${AT_SCALE.toLocaleString('en')} unsaved postings (every one at its budget)`, value: `${((HISTORY_BUDGET.bytes * AT_SCALE) / 1024 / 1024).toFixed(1)} MiB` },
    ];
  },
};

export default benchmark;
