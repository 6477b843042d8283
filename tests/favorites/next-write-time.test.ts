import { describe, expect, it } from 'vitest';
import { nextWriteTime, recentWritesOnly, WRITE_CEILINGS } from '../../lib/favorites/next-write-time';

const NOW = 10_000_000;
const MINUTE = 60_000;

describe('nextWriteTime: storage.sync allows 120 writes a minute and 1,800 an hour', () => {
  it('stays under Chrome\'s limits, with a margin', () => {
    expect(WRITE_CEILINGS.perMinute).toBeLessThan(120);
    expect(WRITE_CEILINGS.perHour).toBeLessThan(1800);
  });

  it('allows a write at once when there is room', () => {
    expect(nextWriteTime([], NOW)).toBe(NOW);
    expect(nextWriteTime([NOW - 1000, NOW - 500], NOW, 2)).toBe(NOW);
  });

  it('waits for the oldest write of a full minute to age out', () => {
    const writes = Array.from({ length: WRITE_CEILINGS.perMinute }, (_, index) => NOW - 50_000 + index * 10);
    expect(nextWriteTime(writes, NOW)).toBe(NOW - 50_000 + MINUTE);
    // Two operations (remove, then set) need two writes to age out.
    expect(nextWriteTime(writes, NOW, 2)).toBe(NOW - 50_000 + 10 + MINUTE);
  });

  it('waits for room in the hour even when the last minute was quiet', () => {
    const writes = Array.from({ length: WRITE_CEILINGS.perHour }, (_, index) => NOW - 59 * MINUTE + index);
    expect(nextWriteTime(writes, NOW)).toBe(NOW + MINUTE);
  });

  it('forgets writes older than an hour', () => {
    expect(recentWritesOnly([NOW - 61 * MINUTE, NOW - 59 * MINUTE, NOW], NOW)).toEqual([NOW - 59 * MINUTE, NOW]);
  });
});
