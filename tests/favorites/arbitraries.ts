import fc from 'fast-check';
import { STAGES } from '../../lib/db/records';
import { savedEntry, type RemovedEntry, type SavedEntry, type SyncEntry } from '../../lib/favorites/sync-entry';

/** Few ids and a narrow clock: the same offer on both sides, and changes in the same millisecond, are frequent. */
export const offerIdArbitrary = fc.constantFrom('src-1a2b:jobs/dev.md', 'src-1a2b:jobs/ops.md', 'src-9f:posts/coop.md', 'page:0af35c21d9e2b7');
export const timeArbitrary = fc.integer({ min: 1_700_000_000_000, max: 1_700_000_000_040 });
const stageArbitrary = fc.constantFrom(...STAGES);

/** Notes of every kind of character: ASCII, accents, CJK, emoji, `<` and U+2028 (which Chrome escapes), quotes. */
export const noteArbitrary = fc.oneof(
  fc.constant(''),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('Relancer Anne lundi', 'Relancer Anne lundi — « urgent »', 'Entretien 📌 <visio>\u2028"mardi"'),
);

export function savedArbitrary(offerId: fc.Arbitrary<string> = offerIdArbitrary): fc.Arbitrary<SavedEntry> {
  return fc
    .record({
      offerId,
      title: fc.string({ minLength: 1, maxLength: 30 }),
      organization: fc.option(fc.string({ minLength: 1, maxLength: 20 }), { nil: undefined }),
      url: fc.option(fc.constantFrom('https://beta.gouv.fr/recrutement/dev', 'https://example.coop/offres/1'), { nil: undefined }),
      stage: stageArbitrary,
      stageHistory: fc.array(fc.record({ stage: stageArbitrary, at: timeArbitrary }), { maxLength: 5 }),
      note: noteArbitrary,
      noteTruncated: fc.boolean(),
      savedAt: timeArbitrary,
      updatedAt: timeArbitrary,
    })
    .map(({ title, organization, url, ...fields }) => savedEntry({ ...fields, label: { title, organization, url } }));
}

export function removedArbitrary(offerId: fc.Arbitrary<string> = offerIdArbitrary): fc.Arbitrary<RemovedEntry> {
  return fc.record({ kind: fc.constant('removed' as const), offerId, updatedAt: timeArbitrary });
}

export function entryArbitrary(offerId: fc.Arbitrary<string> = offerIdArbitrary): fc.Arbitrary<SyncEntry> {
  return fc.oneof(savedArbitrary(offerId), removedArbitrary(offerId));
}

/** One browser's side: at most one entry per offer, as a database holds them. */
export const sideArbitrary = fc.uniqueArray(entryArbitrary(), { selector: (entry) => entry.offerId, maxLength: 4 });
