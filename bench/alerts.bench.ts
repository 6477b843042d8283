import { ISSUE_15_SEEKER, replayAlerts } from '../tests/support/replay-alerts';
import type { Benchmark } from './support/benchmark';

/**
 * Issue #15's figure: the replay tests/saved-searches/replay-alerts.test.ts asserts (ISSUE_15_SEEKER,
 * over the seven publishers' real folders), for today's Vigie (one mention per opening) and for the
 * seeker with saved searches and a blocked organization. Runs in Node (fake-indexeddb).
 */
const benchmark: Benchmark = {
  name: 'alerts',
  async run() {
    const started = performance.now();
    const result = await replayAlerts({ ...ISSUE_15_SEEKER, withToday: true });
    const { today, searches } = result;
    const missed = searches.expected.filter((alert) => !searches.announced.includes(alert)).length;
    const repeated = searches.announced.length - new Set(searches.announced).size;
    const unexpected = searches.announced.filter((alert) => !searches.expected.includes(alert)).length;
    return [
      { measure: 'history steps (open / edit / close / reopen)', value: `${result.steps} (${['open', 'edit', 'close', 'reopen'].map((kind) => result.stepKinds[kind] ?? 0).join(' / ')})` },
      { measure: "today's Vigie: openings / postings named in notifications / notifications", value: `${today?.expected} / ${today?.announced} / ${today?.notifications}` },
      { measure: 'saved searches: alerts expected / announced (missed, repeated, unexpected)', value: `${searches.expected.length} / ${searches.announced.length} (${missed}, ${repeated}, ${unexpected})` },
      { measure: 'saved searches: notifications / postings named', value: `${searches.notifications} / ${searches.postingsNamed}` },
      { measure: "blocked organization's openings the searches would have announced / named", value: `${searches.blockedWouldAlert} / ${searches.blockedNamed}` },
      { measure: 'replay time, s', value: Math.round((performance.now() - started) / 100) / 10 },
    ];
  },
};

export default benchmark;
