#!/usr/bin/env node
// `npm test`: every level in turn, then one line totalling them all. Each test level counts its
// tests (from vitest's JSON report); typecheck and builds count as one check each. Any level that
// fails makes the exit code 1; the journeys are not run on a build that failed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const REPORTS = join(process.cwd(), 'node_modules', '.cache', 'vigie-test-reports');

/** Levels, in order; `needs` names a level that must have passed first. */
const LEVELS = [
  { name: 'typecheck', command: ['npx', 'tsc', '--noEmit'] },
  { name: 'unit', vitest: 'unit' },
  { name: 'build (Chrome)', command: ['npx', 'wxt', 'build'] },
  { name: 'build (Firefox)', command: ['npx', 'wxt', 'build', '-b', 'firefox', '--mv3'] },
  { name: 'journeys', vitest: 'e2e', needs: ['build (Chrome)', 'build (Firefox)'] },
];

rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });
const results = [];
for (const level of LEVELS) {
  const blocked = (level.needs ?? []).filter((name) => !results.find((result) => result.name === name)?.ok);
  if (blocked.length > 0) {
    results.push({ name: level.name, ok: false, passed: 0, failed: 1, seconds: 0, note: `not run: ${blocked.join(', ')} failed` });
    continue;
  }
  console.log(`\n▶ ${level.name}`);
  const started = performance.now();
  const report = level.vitest && join(REPORTS, `${level.vitest}.json`);
  const command = level.vitest
    ? ['npx', 'vitest', 'run', '--project', level.vitest, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]
    : level.command;
  const run = spawnSync(command[0], command.slice(1), { stdio: 'inherit' });
  const seconds = (performance.now() - started) / 1000;
  const ok = run.status === 0;
  const counts = report ? countTests(report) : { passed: ok ? 1 : 0, failed: ok ? 0 : 1 };
  // A runner that crashed before reporting still fails its level.
  if (!ok && counts.failed === 0) counts.failed = 1;
  results.push({ name: level.name, ok, ...counts, seconds });
}

const passed = results.reduce((sum, result) => sum + result.passed, 0);
const failed = results.reduce((sum, result) => sum + result.failed, 0);
console.log('');
for (const result of results) {
  console.log(`${result.ok ? '✓' : '✗'} ${result.name}: ${result.passed} passed, ${result.failed} failed, ${result.seconds.toFixed(0)} s${result.note ? ` (${result.note})` : ''}`);
}
console.log(`\nAll levels: ${passed} passed, ${failed} failed`);
process.exit(results.every((result) => result.ok) ? 0 : 1);

function countTests(path) {
  try {
    const report = JSON.parse(readFileSync(path, 'utf8'));
    return { passed: report.numPassedTests ?? 0, failed: (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0) };
  } catch {
    return { passed: 0, failed: 0 };
  }
}
