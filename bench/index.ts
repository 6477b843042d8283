/**
 * `npm run bench`: runs every benchmark listed here, in this process, and prints a table.
 * Each benchmark compares Vigie's code with a baseline run in the same session, so the
 * ratios hold on any machine; absolute times are for this machine only.
 */
import type { Benchmark } from './support/benchmark';

const benchmarks: Array<() => Promise<{ default: Benchmark }>> = [
  () => import('./parse.bench'),
  () => import('./hostile.bench'),
  () => import('./skills.bench'),
  () => import('./search.bench'),
  () => import('./sync.bench'),
  () => import('./popup.bench'),
  () => import('./page.bench'),
  () => import('./quality.bench'),
  () => import('./history.bench'),
  () => import('./alerts.bench'),
  () => import('./duplicates.bench'),
];

const only = process.argv[2];
for (const load of benchmarks) {
  const { default: benchmark } = await load();
  if (only && benchmark.name !== only) continue;
  console.log(`\n## ${benchmark.name}\n`);
  const rows = await benchmark.run();
  console.table(rows);
}
