import { describe, expect, it } from 'vitest';
import { toSafeData } from '../../lib/postings/to-safe-data';

describe('toSafeData', () => {
  it('copies plain data, turning dates into ISO strings', () => {
    const source = { a: 1, b: 'x', c: [true, null, new Date('2022-01-19T00:00:00Z')], d: { e: Number.NaN } };
    expect(toSafeData(source)).toEqual({ value: { a: 1, b: 'x', c: [true, null, '2022-01-19T00:00:00.000Z'], d: { e: 'NaN' } }, truncated: false });
  });

  it('drops what is not plain data', () => {
    const source: Record<string, unknown> = { bytes: new Uint8Array(2), fn: () => 1, map: new Map(), invalid: new Date(Number.NaN) };
    Object.defineProperty(source, '__proto__', { value: { polluted: true }, enumerable: true });
    const safe = toSafeData(source);
    expect(safe).toEqual({ value: { invalid: null }, truncated: true });
    expect(Object.getPrototypeOf(safe.value)).toBe(Object.prototype);
  });

  it('bounds depth, size and string length, even for shared and cyclic values', () => {
    const shared: unknown[] = ['lol', 'lol', 'lol'];
    let bomb: unknown = shared;
    for (let level = 0; level < 20; level++) bomb = [bomb, bomb, bomb];
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const safe = toSafeData({ bomb, cyclic, long: 'x'.repeat(20_000) });
    expect(safe.truncated).toBe(true);
    expect(JSON.stringify(safe.value).length).toBeLessThan(60_000);
    expect((safe.value.long as string).length).toBe(10_000);
  });
});
