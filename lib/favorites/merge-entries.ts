import { canonicalJson } from './canonical-json';
import { compareSteps, savedEntry, type SavedEntry, type SyncEntry } from './sync-entry';

/**
 * Two browsers' versions of one saved offer, as one. The last change wins; a save and an unsave
 * of the same millisecond keep the offer. Of two saved versions, the stage follows the union of
 * their dated histories, so that a stage changed here and a note written there at nearly the same
 * time both survive; and a note cut to fit storage.sync gives way to the whole note it begins.
 * Commutative and idempotent: every browser ends with the same entry, however often it merges.
 */
export function mergeEntry(a: SyncEntry, b: SyncEntry): SyncEntry {
  if (a.updatedAt !== b.updatedAt) {
    const [newer, older] = a.updatedAt > b.updatedAt ? [a, b] : [b, a];
    return newer.kind === 'saved' && older.kind === 'saved' ? mergeSaved(newer, older) : newer;
  }
  if (a.kind === 'saved' && b.kind === 'saved') return joinSaved(a, b);
  return a.kind === 'saved' ? a : b;
}

/** Both sides' entries, one per offer. */
export function mergeEntryLists(...lists: ReadonlyArray<readonly SyncEntry[]>): Map<string, SyncEntry> {
  const merged = new Map<string, SyncEntry>();
  for (const entry of lists.flat()) {
    const known = merged.get(entry.offerId);
    merged.set(entry.offerId, known ? mergeEntry(known, entry) : entry);
  }
  return merged;
}

function mergeSaved(newer: SavedEntry, older: SavedEntry): SavedEntry {
  const completes = newer.noteTruncated && completesNote(older, newer);
  return withUnitedHistory(newer, older, {
    label: newer.label,
    savedAt: newer.savedAt,
    note: completes ? older.note : newer.note,
    noteTruncated: completes ? older.noteTruncated : newer.noteTruncated,
    // No contact in the newer version is "not known" (an older Vigie's rewrite), not a clear ('').
    contact: newer.contact ?? older.contact,
  });
}

/**
 * Two versions changed in the same millisecond: neither is newer, so each field is chosen by a
 * rule that does not depend on which side is which, and every browser makes the same choice.
 */
function joinSaved(a: SavedEntry, b: SavedEntry): SavedEntry {
  // The side whose history sorts first gives the dates its steps were given, whichever side is `a`.
  const [first, second] = canonicalJson(a.stageHistory) >= canonicalJson(b.stageHistory) ? [a, b] : [b, a];
  return withUnitedHistory(first, second, {
    label: canonicalJson(a.label) >= canonicalJson(b.label) ? a.label : b.label,
    savedAt: Math.min(a.savedAt, b.savedAt),
    contact: joinContacts(a.contact, b.contact),
    ...joinNotes(a, b),
  });
}

/** A known contact over an unknown one; of two known, the same pick whichever side is which. */
function joinContacts(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  return a >= b ? a : b;
}

function joinNotes(a: SavedEntry, b: SavedEntry): Pick<SavedEntry, 'note' | 'noteTruncated'> {
  if (a.note === b.note) return { note: a.note, noteTruncated: a.noteTruncated && b.noteTruncated };
  if (a.noteTruncated && completesNote(b, a)) return pickNote(b);
  if (b.noteTruncated && completesNote(a, b)) return pickNote(a);
  return pickNote(a.note > b.note ? a : b);
}

/** Whether `whole` is a longer note that `cut` is the beginning of. */
function completesNote(whole: SavedEntry, cut: SavedEntry): boolean {
  return whole.note.length > cut.note.length && whole.note.startsWith(cut.note);
}

function pickNote(entry: SavedEntry): Pick<SavedEntry, 'note' | 'noteTruncated'> {
  return { note: entry.note, noteTruncated: entry.noteTruncated };
}

/** `a`'s copy of a step both sides hold comes first (a stable sort), and keeps the date `a` gives it. */
function withUnitedHistory(a: SavedEntry, b: SavedEntry, chosen: Pick<SavedEntry, 'label' | 'savedAt' | 'note' | 'noteTruncated' | 'contact'>): SavedEntry {
  const steps = [...a.stageHistory, ...b.stageHistory].sort(compareSteps);
  return savedEntry({ offerId: a.offerId, ...chosen, stage: steps.at(-1)?.stage ?? a.stage, stageHistory: steps, updatedAt: Math.max(a.updatedAt, b.updatedAt) });
}
