export type BenchRow = Record<string, string | number>;

export interface Benchmark {
  /** Short name, also accepted as `npm run bench -- NAME` to run only this one. */
  name: string;
  run(): Promise<BenchRow[]>;
}

/** Median and 95th percentile of a list of durations in milliseconds. */
export function percentiles(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { median: at(0.5), p95: at(0.95) };
}

export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
