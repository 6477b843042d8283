import { Dexie, type EntityTable } from 'dexie';
import { DATABASE_NAME } from './database-name';
import type { BoardRecord, FrontPageRecord, FavoriteRecord, FileRecord, HostRecord, OfferEvent, SettingRecord, SourceRecord, StoredOffer } from './records';

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

  constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
  }
}

export const SCHEMA_V1 = {
  sources: 'id, &key',
  files: 'id, sourceId, hasProblem',
  offers: 'id, sourceId, status, updatedAt, [listed+status]',
  favorites: 'offerId, savedAt, updatedAt',
  events: '++seq, sourceId, offerId, type, at, syncId, announce, notificationId, [type+seen]',
  hosts: 'host',
  settings: 'key',
  board: 'id',
  frontPage: 'id',
} as const;

export function openDatabase(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]): VigieDatabase {
  return new VigieDatabase(name, options);
}
