import type { Offer, PostingWarning } from '../postings/types';
import type { SerializedSearchIndex } from '../search/types';
import type { SkipReason } from '../sources/classify-file-name';
import type { AnswerValidators, FetchFailure, SourceLocation } from '../sources/types';

export interface SourceRecord {
  /** Derived from the adapter's key: the same folder pasted twice is the same source. */
  id: string;
  key: string;
  /** As the user pasted it. */
  url: string;
  name: string;
  location: SourceLocation;
  paused: boolean;
  /** A frozen folder (e.g. beta.gouv.fr's, pinned to its last commit). */
  archive: boolean;
  addedAt: number;
  sync: SourceSyncState;
}

export type SourceStatus = 'idle' | 'syncing' | 'ok' | 'error';

export interface SourceSyncState {
  status: SourceStatus;
  startedAt?: number;
  /** Written with every committed batch: a stale heartbeat means the worker died mid-sync. */
  heartbeatAt?: number;
  lastAttemptAt?: number;
  lastSuccessAt?: number;
  /** Stored only after a complete sync, so that a 304 never hides files a partial sync missed. */
  listingEtag?: string;
  /** A job board's Last-Modified and answer hash, kept like the ETag: only after a complete sync. */
  listingValidators?: AnswerValidators;
  /** READER_VERSION of the last complete sync: the ETag is only sent while it is the current one. */
  readerVersion?: number;
  progress?: { done: number; total: number };
  /** Why the last sync of the whole source failed (listing, rate limit). */
  error?: SourceProblem;
  count: number;
  openCount: number;
  problemCount: number;
  /** Posting files the folder listed at the last sync (read or not): 0 is an empty folder, not "0 postings". */
  fileCount?: number;
  /** A job board's answers in a row that listed no posting while Vigie knew some: the second one closes them. */
  emptyAnswers?: number;
}

export type SourceProblem =
  | { kind: 'fetch'; failure: FetchFailure }
  /** The host did not answer: one message for the source, never one per file. */
  | { kind: 'unreachable'; host: string; since: number; retryAt: number; detail?: string }
  | { kind: 'storage'; message: string }
  /** A job board answered with no posting at all: the `kept` postings it had stay open until a second such answer. */
  | { kind: 'empty-answer'; kept: number };

export type FileProblem =
  | { kind: 'posting'; reason: string; message: string }
  | { kind: 'fetch'; failure: FetchFailure }
  /** Read, but only after repairs or guesses the owner of the file should know about. */
  | { kind: 'repaired'; warnings: PostingWarning[] }
  /** Not a posting (readme, template, draft, a copy of another file…): left out on purpose, with the reason shown on the source. */
  | { kind: 'skipped'; reason: SkipReason; detail?: string };

/** What Vigie knows of one file of a source: the version it last read, and any problem. */
export interface FileRecord {
  /** The offer id of this file. */
  id: string;
  sourceId: string;
  path: string;
  /** Version of the content last read successfully or found broken; undefined when never read. */
  version?: string;
  /** READER_VERSION of the parser that read it; undefined for files read before it was kept (version 1). */
  readerVersion?: number;
  problem?: FileProblem;
  /** 1 when `problem` is set: indexed, so pages list problems without reading every file. */
  hasProblem: 0 | 1;
  checkedAt: number;
}

export interface StoredOffer extends Offer {
  firstSeenAt: number;
  updatedAt: number;
  /** 1 while the file is in its source's listing; 0 once removed (kept for history and favorites). */
  listed: 0 | 1;
  removedAt?: number;
}

/** What the popup needs to list and filter an offer, without its body (lib/board/offer-summary.ts makes it). */
export type OfferSummary = Pick<
  StoredOffer,
  'id' | 'sourceId' | 'title' | 'organization' | 'status' | 'contract' | 'remote' | 'location' | 'skills' | 'skillGroups' | 'optionalSkills' | 'tags' | 'postedAt' | 'firstSeenAt' | 'deadline'
>;

export const STAGES = ['saved', 'applied', 'interview', 'offer', 'rejected'] as const;
export type Stage = (typeof STAGES)[number];

export function isStage(value: unknown): value is Stage {
  return typeof value === 'string' && (STAGES as readonly string[]).includes(value);
}

/** A contact is a name, an address or a number: a line, not a note. */
export const MAX_CONTACT_LENGTH = 300;

/** One stage change of a saved offer. */
export interface StageStep {
  stage: Stage;
  /** When the seeker moved the offer to this stage in Vigie: orders the steps, and is the step's identity across browsers. */
  at: number;
  /** When the seeker says it happened, if they gave another date (applied before saving the offer in Vigie). */
  on?: number;
}

export interface FavoriteRecord {
  offerId: string;
  /** The offer as it was when saved or last seen: shown when the posting is gone. */
  snapshot: Offer;
  note: string;
  /** Who the seeker deals with (a name, an e-mail address, a phone number); absent when never given, '' once cleared. */
  contact?: string;
  stage: Stage;
  /** Sorted by `at`; its last step is the current stage (lib/favorites/stage-history.ts completes older records). */
  stageHistory: StageStep[];
  savedAt: number;
  updatedAt: number;
  /**
   * The note came from another browser cut to fit storage.sync's 8 KB item: the whole note lives
   * there, and this beginning must not replace it. Cleared when the note is edited here.
   */
  noteTruncated?: boolean;
  /** The seeker turned off the alerts about this offer (closed, reopened, changed, removed, deadline); kept in this browser only. */
  alertsMuted?: true;
}

/** An unsave, remembered so that storage.sync carries it to the other browsers (lib/favorites). */
export interface FavoriteTombstone {
  offerId: string;
  removedAt: number;
}

export type OfferEventType = 'added' | 'updated' | 'opened' | 'closed' | 'removed' | 'deadline';

/** The events a sync records; 'deadline' is a reminder recorded for a saved offer as its last day to apply comes near. */
export type SyncEventType = Exclude<OfferEventType, 'deadline'>;

export interface OfferEvent {
  seq?: number;
  type: OfferEventType;
  sourceId: string;
  offerId: string;
  title: string;
  at: number;
  syncId: string;
  /** Recorded by a source's first sync: history, but nothing to announce. */
  baseline: boolean;
  /** Where an opening, or a change of a saved offer, stands in the notification flow; 'none' for every other event. */
  announce: AnnounceState;
  /** The notification that announced (or is announcing) it. */
  notificationId?: string;
  /** 0 for an opening the user has not seen yet: the toolbar badge counts them. */
  seen: 0 | 1;
  /** For a 'deadline' reminder: the last day to apply it reminds of, so that a deadline moved later is reminded of again. */
  deadline?: string;
}

/**
 * pending → announcing (claimed, with the notification's id, before it is shown) → announced.
 * A worker killed between the two steps shows the same notification id again, which
 * replaces rather than repeats it. Openings that must not be announced become 'skipped'.
 */
export type AnnounceState = 'none' | 'pending' | 'announcing' | 'announced' | 'skipped';

export interface HostRecord {
  host: string;
  rateLimitedUntil?: number;
  remaining?: number;
  resetAt?: number;
  /** The host stopped answering (lib/sync/host-reachability.ts): since when, how many syncs in a row, the last time, the next try. */
  silentSince?: number;
  silentSyncs?: number;
  lastSilentAt?: number;
  retryAt?: number;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

/** The popup's ready-made board: the search index and the offers' summaries, kept in step by the worker. */
export interface BoardRecord {
  id: 'current';
  index: SerializedSearchIndex;
  summaries: OfferSummary[];
  /** The summaries' shape (OFFER_SUMMARY_VERSION); absent before the deadline was added to them. */
  summaryVersion?: number;
  /** Events up to this sequence number are reflected. */
  lastEventSeq: number;
  /**
   * Set when offers were read again by a newer parser (see READER_VERSION): such re-reads record no
   * event, so the next refresh builds the board again whole rather than from events.
   */
  outdated?: true;
  updatedAt: number;
}

/** The board's first results for an empty search, small enough for the popup to show before the board loads. */
export interface FrontPageRecord {
  id: 'current';
  summaries: OfferSummary[];
  /** How many offers the board holds. */
  total: number;
  updatedAt: number;
}

/** A query and filters of the popup kept under a name, with its own alert (lib/saved-searches). */
export interface SavedSearchRecord {
  id: string;
  name: string;
  query: string;
  /** The popup's filters (lib/board's BoardFilters) as saved: read back through sanitizeFilters, as any stored value. */
  filters: unknown;
  /** Its matches are still counted and listed, never notified nor counted on the badge. */
  muted: boolean;
  /** Only postings opened from then on are its matches. */
  createdAt: number;
}

/**
 * A posting that newly opened while it matched a saved search: recorded once per search and
 * posting, so that a posting closed and reopened, or edited, is never announced again for it.
 */
export interface SearchMatchRecord {
  searchId: string;
  offerId: string;
  /** The opening (events.seq) that made it a match: only that opening announces it. */
  eventSeq: number;
  at: number;
}
