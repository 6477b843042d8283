import { STAGES, type FavoriteRecord, type FavoriteTombstone, type Stage, type StageStep } from '../db/records';
import { sameJson } from './canonical-json';

export type { StageStep };

/** Just enough of the posting for a browser that does not follow its source to show something. */
export interface SyncLabel {
  title: string;
  organization?: string;
  /** The posting's web page. */
  url?: string;
}

/** What of a saved offer follows the user across browsers: identifiers, stage and note, never the posting. */
export interface SavedEntry {
  kind: 'saved';
  offerId: string;
  label: SyncLabel;
  stage: Stage;
  /** Sorted by date; its last step is always `stage`. */
  stageHistory: StageStep[];
  note: string;
  /**
   * Who the seeker deals with; '' when cleared, absent when not known (never given, or the record
   * was rewritten by an older Vigie, which does not carry it): merging keeps the other side's then.
   */
  contact?: string;
  /** The note was cut to fit storage.sync's 8 KB item limit: the whole note lives in another browser. */
  noteTruncated: boolean;
  savedAt: number;
  updatedAt: number;
}

/** An unsave, kept (as a tombstone) so that it reaches the other browsers instead of being undone by them. */
export interface RemovedEntry {
  kind: 'removed';
  offerId: string;
  /** When the offer was unsaved. */
  updatedAt: number;
}

export type SyncEntry = SavedEntry | RemovedEntry;

export function entryFromFavorite(favorite: FavoriteRecord): SavedEntry {
  const { snapshot } = favorite;
  return savedEntry({
    offerId: favorite.offerId,
    label: { title: snapshot.title, organization: snapshot.organization, url: snapshot.url },
    stage: favorite.stage,
    stageHistory: favorite.stageHistory,
    note: favorite.note,
    contact: favorite.contact,
    noteTruncated: favorite.noteTruncated === true,
    savedAt: favorite.savedAt,
    updatedAt: favorite.updatedAt,
  });
}

export function entryFromTombstone(tombstone: FavoriteTombstone): RemovedEntry {
  return { kind: 'removed', offerId: tombstone.offerId, updatedAt: tombstone.removedAt };
}

/**
 * Whether a database holding `a` needs no change to hold `b`. The label is left out: a favorite
 * already here keeps its own snapshot, richer than any label.
 */
export function sameStoredEntry(a: SyncEntry, b: SyncEntry): boolean {
  if (a.kind === 'removed' || b.kind === 'removed') return a.kind === b.kind && a.updatedAt === b.updatedAt;
  const { label: _aLabel, ...aStored } = a;
  const { label: _bLabel, ...bStored } = b;
  return sameJson(aStored, bStored);
}

/** A saved entry in its one normal form, so that equal stories compare equal whichever browser told them. */
export function savedEntry(fields: Omit<SavedEntry, 'kind'>): SavedEntry {
  const stageHistory = normalizeStageHistory(fields.stageHistory, fields.stage, fields.updatedAt);
  const { contact, ...rest } = fields;
  return { ...rest, ...(contact !== undefined ? { contact } : {}), kind: 'saved', label: compactLabel(fields.label), stageHistory };
}

/**
 * Sorted, without repeats, and ending with the current stage. A step repeating the stage before it
 * says nothing (Vigie never records one); dropping it lets a favorite whose history did not end
 * with its stage (an imported one) merge with another browser's without a duplicate step. Of two
 * copies of one step (two browsers' histories), the first is kept with the date the seeker gave it
 * (callers put the newer side first), or the other copy's date when the first has none: an older
 * Vigie rewrites the steps without their dates, and that must not erase them.
 */
function normalizeStageHistory(steps: readonly StageStep[], stage: Stage, updatedAt: number): StageStep[] {
  const sorted = [...steps].sort(compareSteps);
  const last = sorted.at(-1);
  if (last?.stage !== stage) sorted.push({ stage, at: last && last.at >= updatedAt ? last.at + 1 : updatedAt });
  const kept: StageStep[] = [];
  for (const { stage: stepStage, at, on } of sorted) {
    const previous = kept.at(-1);
    if (previous?.stage !== stepStage) kept.push(on === undefined ? { stage: stepStage, at } : { stage: stepStage, at, on });
    else if (previous.on === undefined && previous.at === at && on !== undefined) previous.on = on;
  }
  return kept;
}

/** Two changes in the same millisecond are ordered by the pipeline, so that every browser picks the same last one. */
export function compareSteps(a: StageStep, b: StageStep): number {
  return a.at - b.at || STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage);
}

function compactLabel(label: SyncLabel): SyncLabel {
  return {
    title: label.title,
    ...(label.organization ? { organization: label.organization } : {}),
    ...(label.url ? { url: label.url } : {}),
  };
}
