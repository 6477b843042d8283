import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeEntry, mergeEntryLists } from '../../lib/favorites/merge-entries';
import { savedEntry, type SavedEntry, type SyncEntry } from '../../lib/favorites/sync-entry';
import { entryArbitrary, sideArbitrary } from './arbitraries';

const ID = 'src-1a2b:jobs/dev.md';
const sameOffer = fc.constant(ID);

function saved(fields: Partial<Omit<SavedEntry, 'kind'>> = {}): SavedEntry {
  return savedEntry({
    offerId: ID,
    label: { title: 'Développeuse fullstack', organization: 'DINUM' },
    stage: 'saved',
    stageHistory: [{ stage: 'saved', at: 1000 }],
    note: '',
    noteTruncated: false,
    savedAt: 1000,
    updatedAt: 1000,
    ...fields,
  });
}

const removed = (updatedAt: number): SyncEntry => ({ kind: 'removed', offerId: ID, updatedAt });

describe('mergeEntry: one favorite, two browsers', () => {
  it('keeps the date the seeker gave a step in the newer version, whichever side it comes from', () => {
    const history = [{ stage: 'saved' as const, at: 1000 }, { stage: 'applied' as const, at: 2000 }];
    const here = saved({ stage: 'applied', stageHistory: history, updatedAt: 2000 });
    const redated = saved({ stage: 'applied', stageHistory: [history[0]!, { ...history[1]!, on: 500 }], updatedAt: 3000 });
    for (const merged of [mergeEntry(here, redated), mergeEntry(redated, here)]) {
      expect(merged).toMatchObject({ stage: 'applied', stageHistory: [{ stage: 'saved', at: 1000 }, { stage: 'applied', at: 2000, on: 500 }] });
    }
    const sameTime = saved({ stage: 'applied', stageHistory: history, updatedAt: 3000 });
    expect(mergeEntry(sameTime, redated)).toEqual(mergeEntry(redated, sameTime));
  });

  it('keeps the contact of the last change', () => {
    expect(mergeEntry(saved({ contact: 'Léa', updatedAt: 2000 }), saved({ contact: 'Léa Martin', updatedAt: 3000 }))).toMatchObject({ contact: 'Léa Martin' });
    expect(mergeEntry(saved({ contact: 'Léa', updatedAt: 3000 }), saved({ updatedAt: 2000 }))).toMatchObject({ contact: 'Léa' });
  });

  it("keeps the step dates and the contact when an older Vigie rewrites the record without them", () => {
    const history = [{ stage: 'saved' as const, at: 1000 }, { stage: 'applied' as const, at: 2000, on: 500 }];
    const here = saved({ stage: 'applied', stageHistory: history, contact: 'Léa', updatedAt: 3000 });
    // An older Vigie reads the record and writes it back: same last change, no third step element, no contact.
    const rewritten = saved({ stage: 'applied', stageHistory: history.map(({ stage, at }) => ({ stage, at })), updatedAt: 3000 });
    for (const merged of [mergeEntry(here, rewritten), mergeEntry(rewritten, here)]) {
      expect(merged).toMatchObject({ contact: 'Léa', stageHistory: history });
    }
    // A real edit there (a note) keeps what it did not know about.
    const edited = saved({ stage: 'applied', stageHistory: history.map(({ stage, at }) => ({ stage, at })), note: 'Relancer', updatedAt: 4000 });
    for (const merged of [mergeEntry(here, edited), mergeEntry(edited, here)]) {
      expect(merged).toMatchObject({ note: 'Relancer', contact: 'Léa', stageHistory: history });
    }
  });

  it('lets a cleared contact win over an older one', () => {
    for (const [a, b] of [[saved({ contact: 'Léa', updatedAt: 2000 }), saved({ contact: '', updatedAt: 3000 })]] as const) {
      expect(mergeEntry(a, b)).toMatchObject({ contact: '' });
      expect(mergeEntry(b, a)).toMatchObject({ contact: '' });
    }
  });

  it('keeps the note of the last change', () => {
    const merged = mergeEntry(saved({ note: 'ancienne', updatedAt: 2000 }), saved({ note: 'nouvelle', updatedAt: 3000 }));
    expect(merged).toMatchObject({ kind: 'saved', note: 'nouvelle', updatedAt: 3000 });
  });

  it('lets an unsave win over an older save, and a newer save win over an unsave', () => {
    expect(mergeEntry(saved({ updatedAt: 2000 }), removed(3000))).toEqual(removed(3000));
    expect(mergeEntry(removed(3000), saved({ updatedAt: 4000 }))).toMatchObject({ kind: 'saved', updatedAt: 4000 });
  });

  it('keeps the offer when a save and an unsave happen in the same millisecond', () => {
    expect(mergeEntry(removed(2000), saved({ updatedAt: 2000 }))).toMatchObject({ kind: 'saved' });
  });

  it('keeps both a stage changed in one browser and a note written later in the other', () => {
    const here = saved({ stage: 'applied', stageHistory: [{ stage: 'saved', at: 1000 }, { stage: 'applied', at: 2000 }], updatedAt: 2000 });
    const there = saved({ note: 'Appeler Léa', updatedAt: 2500 });
    const merged = mergeEntry(here, there);
    expect(merged).toMatchObject({ stage: 'applied', note: 'Appeler Léa', updatedAt: 2500 });
    expect((merged as SavedEntry).stageHistory).toEqual([{ stage: 'saved', at: 1000 }, { stage: 'applied', at: 2000 }]);
  });

  it('lets a note cut to fit storage.sync give way to the whole note it begins', () => {
    const whole = saved({ note: '面接の準備'.repeat(100), updatedAt: 2000 });
    const cutThere = saved({ note: '面接の準備'.repeat(40), noteTruncated: true, stage: 'interview', updatedAt: 3000 });
    expect(mergeEntry(whole, cutThere)).toMatchObject({ note: whole.note, noteTruncated: false, stage: 'interview', updatedAt: 3000 });
  });

  it('lets a note rewritten in the other browser replace the whole one', () => {
    const whole = saved({ note: 'Relancer lundi, puis mardi', updatedAt: 2000 });
    const rewritten = saved({ note: 'Refus reçu', updatedAt: 3000 });
    expect(mergeEntry(whole, rewritten)).toMatchObject({ note: 'Refus reçu' });
  });
});

describe('mergeEntry: properties', () => {
  const pair = fc.tuple(entryArbitrary(sameOffer), entryArbitrary(sameOffer));

  it('is commutative', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        expect(mergeEntry(a, b)).toEqual(mergeEntry(b, a));
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent: merging again with either side changes nothing', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const merged = mergeEntry(a, b);
        expect(mergeEntry(a, a)).toEqual(a);
        expect(mergeEntry(merged, b)).toEqual(merged);
        expect(mergeEntry(a, merged)).toEqual(merged);
        expect(mergeEntry(merged, merged)).toEqual(merged);
      }),
      { numRuns: 2000 },
    );
  });

  it('loses no favorite, no stage change and no note of the last change', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const merged = mergeEntry(a, b);
        const saves = [a, b].filter((entry): entry is SavedEntry => entry.kind === 'saved');
        const lastUnsave = Math.max(-1, ...[a, b].filter((entry) => entry.kind === 'removed').map((entry) => entry.updatedAt));
        if (!saves.some((entry) => entry.updatedAt >= lastUnsave)) return;
        expect(merged.kind).toBe('saved');
        const result = merged as SavedEntry;
        const lastSave = saves.filter((entry) => entry.updatedAt >= lastUnsave).sort((x, y) => y.updatedAt - x.updatedAt)[0]!;
        if (lastSave.updatedAt > Math.max(...saves.filter((entry) => entry !== lastSave).map((entry) => entry.updatedAt), -1)) {
          // The newest note, or the whole note it is the cut beginning of.
          expect(result.note.startsWith(lastSave.note)).toBe(true);
          if (result.note !== lastSave.note) expect(lastSave.noteTruncated).toBe(true);
        }
        if (lastSave.updatedAt > lastUnsave) {
          for (const step of saves.flatMap((entry) => entry.stageHistory)) {
            // A step may only disappear as a repeat of the stage just before it.
            const kept = result.stageHistory.some((other) => other.stage === step.stage && other.at <= step.at);
            expect(kept).toBe(true);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('mergeEntryLists: two browsers\' saved offers', () => {
  it('holds every offer of either side, and the same whichever side comes first', () => {
    fc.assert(
      fc.property(sideArbitrary, sideArbitrary, (here, there) => {
        const ab = mergeEntryLists(here, there);
        const ba = mergeEntryLists(there, here);
        expect(new Set(ab.keys())).toEqual(new Set([...here, ...there].map((entry) => entry.offerId)));
        expect(Object.fromEntries(ab)).toEqual(Object.fromEntries(ba));
      }),
    );
  });
});
