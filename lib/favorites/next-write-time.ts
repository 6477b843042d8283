import { SYNC_QUOTAS } from './sync-quotas';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/**
 * Vigie's own ceilings, a sixth under Chrome's MAX_WRITE_OPERATIONS_PER_MINUTE / _PER_HOUR: Chrome
 * counts in its own time buckets, not in the sliding windows counted here.
 */
export const WRITE_CEILINGS = {
  perMinute: Math.floor((SYNC_QUOTAS.writesPerMinute * 5) / 6),
  perHour: Math.floor((SYNC_QUOTAS.writesPerHour * 5) / 6),
} as const;

/**
 * The earliest time at which `operations` more writes (each set() or remove() call is one) stay
 * under the ceilings, given the times of the recent ones.
 */
export function nextWriteTime(recentWrites: readonly number[], now: number, operations = 1, ceilings = WRITE_CEILINGS): number {
  const sorted = [...recentWrites].sort((a, b) => a - b);
  return Math.max(now, freeAt(sorted, now, MINUTE_MS, ceilings.perMinute, operations), freeAt(sorted, now, HOUR_MS, ceilings.perHour, operations));
}

/** The write times still worth remembering: those of the last hour. */
export function recentWritesOnly(writes: readonly number[], now: number): number[] {
  return writes.filter((at) => now - at < HOUR_MS);
}

/** When enough of the window's writes have aged out of it to leave room for `operations`. */
function freeAt(sorted: readonly number[], now: number, windowMs: number, ceiling: number, operations: number): number {
  const inWindow = sorted.filter((at) => now - at < windowMs);
  const excess = inWindow.length + operations - ceiling;
  if (excess <= 0) return now;
  const agingOut = inWindow[excess - 1];
  return agingOut === undefined ? Number.POSITIVE_INFINITY : agingOut + windowMs;
}
