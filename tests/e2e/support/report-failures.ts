import { beforeEach } from 'vitest';
import { describeLiveSessions } from './extension';

// The e2e project's setup file: a failed journey prints what the browsers showed when it failed
// (shown in the run's log, as vitest prints a failed test's console output only).
beforeEach(({ onTestFailed }) => {
  onTestFailed(async () => {
    const described = await describeLiveSessions();
    if (described) console.info(`What the extension showed when the test failed:\n${described}`);
  });
});
