import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { savedEntry, type SavedEntry } from '../../lib/favorites/sync-entry';
import { syncItemBytes } from '../../lib/favorites/sync-item-bytes';
import { decodeRecord, encodeEntry, favoriteKey, MAX_STEPS } from '../../lib/favorites/sync-record';
import { entryArbitrary, savedArbitrary } from './arbitraries';

function saved(fields: Partial<Omit<SavedEntry, 'kind'>> = {}): SavedEntry {
  return savedEntry({
    offerId: 'src-1a2b:jobs/dev.md',
    label: { title: 'Développeuse fullstack', organization: 'DINUM', url: 'https://beta.gouv.fr/recrutement/dev' },
    stage: 'applied',
    stageHistory: [{ stage: 'saved', at: 1_732_000_000_000 }, { stage: 'applied', at: 1_732_100_000_000 }],
    note: 'Relancer Anne lundi',
    noteTruncated: false,
    savedAt: 1_732_000_000_000,
    updatedAt: 1_732_100_000_000,
    ...fields,
  });
}

/** Notes up to the 5,000 characters Vigie allows, of the characters that cost the most bytes. */
const heavyNote = fc
  .tuple(fc.constantFrom('a', 'é', '職', '📌', '<', '"', '\u2028', 'Relancer '), fc.integer({ min: 0, max: 5000 }))
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));

describe('encodeEntry / decodeRecord', () => {
  it('carries the offer id in the key, and the label, stage, dated history, note and dates in the value', () => {
    const entry = saved();
    const record = encodeEntry(entry)!;
    expect(record.key).toBe('fav:src-1a2b:jobs/dev.md');
    expect(record.value).toEqual({
      t: 'Développeuse fullstack', o: 'DINUM', u: 'https://beta.gouv.fr/recrutement/dev', s: 'applied',
      h: [[0, 1_732_000_000_000], [1, 1_732_100_000_000]], n: 'Relancer Anne lundi', a: 1_732_000_000_000, m: 1_732_100_000_000,
    });
    expect(decodeRecord(record.key, record.value)).toEqual(entry);
  });

  it('keeps an unsave as its date only', () => {
    const record = encodeEntry({ kind: 'removed', offerId: 'src-1a2b:jobs/dev.md', updatedAt: 1_732_200_000_000 })!;
    expect(record.value).toEqual({ x: 1_732_200_000_000 });
    expect(decodeRecord(record.key, record.value)).toEqual({ kind: 'removed', offerId: 'src-1a2b:jobs/dev.md', updatedAt: 1_732_200_000_000 });
  });

  it('carries the contact and the dates the seeker gave the steps, in a form an older Vigie still reads', () => {
    const stageHistory = [{ stage: 'saved' as const, at: 1_732_000_000_000 }, { stage: 'applied' as const, at: 1_732_100_000_000, on: 1_731_900_000_000 }];
    const entry = saved({ contact: 'Léa Martin', stageHistory });
    const record = encodeEntry(entry)!;
    expect(record.value).toMatchObject({ k: 'Léa Martin', h: [[0, 1_732_000_000_000], [1, 1_732_100_000_000, 1_731_900_000_000]] });
    expect(decodeRecord(record.key, record.value)).toEqual(entry);
    // An older Vigie's record, and a malformed date, read as steps without the seeker's date.
    const older = decodeRecord(record.key, { ...record.value, k: undefined, h: [[0, 1_732_000_000_000], [1, 1_732_100_000_000, 'soon']] }) as SavedEntry;
    expect(older.stageHistory).toEqual([{ stage: 'saved', at: 1_732_000_000_000 }, { stage: 'applied', at: 1_732_100_000_000 }]);
    expect(older.contact).toBeUndefined();
    // A cleared contact travels as such, unlike one never given.
    const cleared = encodeEntry(saved({ contact: '' }))!;
    expect(cleared.value).toMatchObject({ k: '' });
    expect(decodeRecord(cleared.key, cleared.value)).toMatchObject({ contact: '' });
    expect(encodeEntry(saved())!.value).not.toHaveProperty('k');
  });

  it('sends a 5,000-character note whole when it fits 8 KB', () => {
    const note = 'Relancer. '.repeat(500);
    const record = encodeEntry(saved({ note }))!;
    expect(record).toMatchObject({ noteCut: false, value: { n: note } });
    expect(record.value).not.toHaveProperty('c');
  });

  it('cuts, and says so, a note that cannot fit 8 KB in UTF-8', () => {
    const note = '面接の準備をする。'.repeat(555);
    const record = encodeEntry(saved({ note }))!;
    expect(record.bytes).toBeLessThanOrEqual(8192);
    expect(record.bytes).toBeGreaterThan(8192 - 8);
    expect(record.noteCut).toBe(true);
    const decoded = decodeRecord(record.key, record.value) as SavedEntry;
    expect(decoded.noteTruncated).toBe(true);
    expect(note.startsWith(decoded.note)).toBe(true);
    expect(decoded.note.length).toBeGreaterThan(2000);
  });

  it('never cuts an emoji in half', () => {
    const record = encodeEntry(saved({ note: '📌'.repeat(5000) }))!;
    const { n } = record.value as { n: string };
    expect(n).toBe('📌'.repeat(n.length / 2));
  });

  it('cuts a long title, leaves out an address too long to be useful cut, and keeps the last stage changes', () => {
    const stageHistory = Array.from({ length: 80 }, (_, index) => ({ stage: index % 2 ? ('applied' as const) : ('interview' as const), at: 1_732_000_000_000 + index }));
    const entry = saved({ label: { title: 'T'.repeat(400), url: `https://example.org/${'x'.repeat(600)}` }, stage: 'applied', stageHistory });
    const value = encodeEntry(entry)!.value as { t: string; u?: string; h: unknown[] };
    expect(value.t).toHaveLength(120);
    expect(value.u).toBeUndefined();
    expect(value.h).toHaveLength(MAX_STEPS);
  });

  it('refuses what is not a record of Vigie\'s, and addresses that are not web pages', () => {
    expect(decodeRecord('other:key', { t: 'x', s: 'saved', h: [], a: 1, m: 1 })).toBeUndefined();
    expect(decodeRecord('fav:', { t: 'x', s: 'saved', h: [], a: 1, m: 1 })).toBeUndefined();
    expect(decodeRecord('fav:a', { t: 'x', s: 'hired', h: [], a: 1, m: 1 })).toBeUndefined();
    expect(decodeRecord('fav:a', { t: 'x', s: 'saved', h: [] })).toBeUndefined();
    expect(decodeRecord('fav:a', { x: 'yesterday' })).toBeUndefined();
    expect(decodeRecord('fav:a', [1, 2])).toBeUndefined();
    const decoded = decodeRecord('fav:a', { t: 'x', u: 'javascript:alert(1)', s: 'saved', h: [[9, 1], 'x', [1, -5]], n: 'n'.repeat(9000), a: 1, m: 1 }) as SavedEntry;
    expect(decoded.label.url).toBeUndefined();
    expect(decoded.stageHistory).toEqual([{ stage: 'saved', at: 1 }]);
    expect(decoded.note).toHaveLength(5000);
  });

  it('fits every entry in one item, counted as Chrome counts', () => {
    const anyEntry = fc.oneof(entryArbitrary(), fc.tuple(savedArbitrary(), heavyNote).map(([entry, note]) => savedEntry({ ...entry, note })));
    fc.assert(
      fc.property(anyEntry, (entry) => {
        const record = encodeEntry(entry)!;
        expect(record.bytes).toBe(syncItemBytes(favoriteKey(entry.offerId), record.value));
        expect(record.bytes).toBeLessThanOrEqual(8192);
      }),
      { numRuns: 300 },
    );
  });

  it('encodes a decoded record back to the same bytes: two browsers never overwrite each other in turn', () => {
    const anyEntry = fc.oneof(entryArbitrary(), fc.tuple(savedArbitrary(), heavyNote).map(([entry, note]) => savedEntry({ ...entry, note })));
    fc.assert(
      fc.property(anyEntry, (entry) => {
        const record = encodeEntry(entry)!;
        const again = encodeEntry(decodeRecord(record.key, JSON.parse(JSON.stringify(record.value)))!)!;
        expect(again.value).toEqual(record.value);
      }),
      { numRuns: 300 },
    );
  });
});
