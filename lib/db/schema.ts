import { Dexie, type EntityTable, type Transaction } from 'dexie';
import { sortByKind } from '../skills/sort-by-kind';
import { DATABASE_NAME } from './database-name';
import { completeStageHistory } from './stage-history';
import type { Offer } from '../postings/types';
import type { PostingVersion } from '../history/types';
import type { BoardRecord, FrontPageRecord, FavoriteRecord, FavoriteTombstone, FileRecord, HostRecord, OfferEvent, SavedSearchRecord, SearchMatchRecord, SettingRecord, SourceRecord, StoredOffer } from './records';

export { DATABASE_NAME };

/**
 * The one place the schema lives. Released versions are never edited: a change is a new
 * `this.version(n)` with an upgrade function, and tests/db/migrations.test.ts fills the
 * previous version and checks that nothing is lost.
 */
export class VigieDatabase extends Dexie {
  sources!: EntityTable<SourceRecord, 'id'>;
  files!: EntityTable<FileRecord, 'id'>;
  offers!: EntityTable<StoredOffer, 'id'>;
  favorites!: EntityTable<FavoriteRecord, 'offerId'>;
  events!: EntityTable<OfferEvent, 'seq'>;
  hosts!: EntityTable<HostRecord, 'host'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  board!: EntityTable<BoardRecord, 'id'>;
  frontPage!: EntityTable<FrontPageRecord, 'id'>;
  favoriteTombstones!: EntityTable<FavoriteTombstone, 'offerId'>;
  versions!: EntityTable<PostingVersion, 'seq'>;
  savedSearches!: EntityTable<SavedSearchRecord, 'id'>;
  searchMatches!: Dexie.Table<SearchMatchRecord, [string, string]>;

  constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    this.version(3).stores(SCHEMA_V3);
    this.version(4).stores(SCHEMA_V3).upgrade(upgradeToV4);
    this.version(5).stores(SCHEMA_V5);
    this.version(6).stores(SCHEMA_V5).upgrade(upgradeToV6);
    this.version(7).stores(SCHEMA_V7).upgrade(upgradeToV7);
  }
}

/** Sources, files, offers, favorites, events: the first sync engine. */
export const SCHEMA_V1 = {
  sources: 'id, &key',
  files: 'id, sourceId',
  offers: 'id, sourceId, status, updatedAt, [listed+status]',
  favorites: 'offerId, savedAt, updatedAt',
  events: '++seq, sourceId, offerId, type, at, syncId',
  hosts: 'host',
  settings: 'key',
} as const;

/** Adds announcements (notifications, badge), indexed file problems, and the popup's board. */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  files: 'id, sourceId, hasProblem',
  events: '++seq, sourceId, offerId, type, at, syncId, announce, notificationId, [type+seen]',
  board: 'id',
  frontPage: 'id',
} as const;

/**
 * Adds the unsaves that storage.sync carries to the user's other browsers, and an index that
 * counts a source's listed and open offers without reading them (bodies included) after each
 * sync; nothing to upgrade.
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  offers: `${SCHEMA_V1.offers}, [sourceId+listed+status]`,
  favoriteTombstones: 'offerId, removedAt',
} as const;

/**
 * Adds the postings' history (lib/history): each version's changes, by offer and time. Nothing to
 * upgrade: the history starts with the versions seen from now on.
 */
export const SCHEMA_V5 = {
  ...SCHEMA_V3,
  versions: '++seq, offerId, [offerId+seenAt], sourceId',
} as const;

/**
 * Adds saved searches and their matches (lib/saved-searches). The settings key
 * `searchMatchCursor` says up to which event openings were matched against them.
 */
export const SCHEMA_V7 = {
  ...SCHEMA_V5,
  savedSearches: 'id, createdAt',
  searchMatches: '[searchId+offerId], searchId, offerId, eventSeq',
} as const;

/**
 * Events recorded before version 2 happened before notifications existed: nothing of them
 * is to announce, and the badge must not count them. File problems get their index flag.
 */
async function upgradeToV2(transaction: Transaction): Promise<void> {
  await transaction.table('events').toCollection().modify((event: Partial<OfferEvent>) => {
    event.announce = 'none';
    event.seen = 1;
  });
  await transaction.table('files').toCollection().modify((file: Partial<FileRecord>) => {
    file.hasProblem = file.problem ? 1 : 0;
  });
}

/**
 * Offers and saved snapshots stored before version 4 hold domains ("Logement") and qualities
 * ("Autonomie") among their skills, where they counted in the match: sorted out by kind
 * (Offer.domains, Offer.softSkills). The popup's board keeps each offer's skills: it is built
 * anew on the worker's next start.
 */
async function upgradeToV4(transaction: Transaction): Promise<void> {
  await transaction.table('offers').toCollection().modify((offer: Offer) => Object.assign(offer, skillsSortedByKind(offer)));
  await transaction.table('favorites').toCollection().modify((favorite: FavoriteRecord) => {
    Object.assign(favorite.snapshot, skillsSortedByKind(favorite.snapshot));
  });
  await transaction.table('board').clear();
  await transaction.table('frontPage').clear();
}

/**
 * The tracker dates each stage (applied on…, interview on…): a favorite stored with a stage but
 * no history (imported from a file that had none) gets the dates it holds, its save at `savedAt`
 * and its stage at `updatedAt`.
 */
async function upgradeToV6(transaction: Transaction): Promise<void> {
  await transaction.table('favorites').toCollection().modify((favorite: FavoriteRecord) => {
    favorite.stageHistory = completeStageHistory({ ...favorite, stageHistory: Array.isArray(favorite.stageHistory) ? favorite.stageHistory : [] });
  });
}

/**
 * Openings recorded before version 7 are not to be matched against saved searches (none existed):
 * matching starts after the last event.
 */
async function upgradeToV7(transaction: Transaction): Promise<void> {
  const last = await transaction.table('events').orderBy('seq').last();
  await transaction.table('settings').put({ key: SEARCH_MATCH_CURSOR, value: (last as OfferEvent | undefined)?.seq ?? 0 });
}

/** The settings row keeping the last event matched against saved searches. */
export const SEARCH_MATCH_CURSOR = 'searchMatchCursor';

function skillsSortedByKind(offer: Partial<Offer>) {
  return sortByKind([...(offer.skills ?? []), ...(offer.domains ?? []), ...(offer.softSkills ?? [])]);
}

export function openDatabase(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]): VigieDatabase {
  return new VigieDatabase(name, options);
}
