import type { PostingVersion } from '../history/types';
import type { BoardRecord, FavoriteRecord, FrontPageRecord, SettingRecord, SourceRecord, StoredOffer } from './records';
import { DATABASE_NAME } from './database-name';

interface Tables {
  board: BoardRecord;
  frontPage: FrontPageRecord;
  offers: StoredOffer;
  favorites: FavoriteRecord;
  sources: SourceRecord;
  settings: SettingRecord;
  versions: PostingVersion;
}

/**
 * Read-only access to the worker's database with the bare IndexedDB API, for the popup:
 * Dexie would be half of its size budget, and the popup only reads (writes are messages).
 */
export interface ReadStore {
  get<T extends keyof Tables>(table: T, key: string): Promise<Tables[T] | undefined>;
  /** Records of one table by their keys, in one transaction (the popup's snippets read 50 bodies at once). */
  getMany<T extends keyof Tables>(table: T, keys: string[]): Promise<Array<Tables[T] | undefined>>;
  /** Records of several tables, each by its key, in one transaction: one round trip, one consistent state. */
  getEach<const R extends ReadonlyArray<readonly [keyof Tables, string]>>(reads: R): Promise<{ -readonly [K in keyof R]: R[K] extends readonly [infer T extends keyof Tables, string] ? Tables[T] | undefined : never }>;
  getAll<T extends keyof Tables>(table: T): Promise<Array<Tables[T]>>;
  /** The records whose `index` is `key` (a posting's history by its offer id). */
  getAllBy<T extends keyof Tables>(table: T, index: string, key: string): Promise<Array<Tables[T]>>;
  close(): void;
}

/** Resolves to undefined when the worker has not created the database yet. */
export function openReadStore(factory: IDBFactory = indexedDB, name = DATABASE_NAME): Promise<ReadStore | undefined> {
  return new Promise((resolve, reject) => {
    const opening = factory.open(name);
    // No database yet: creating an empty one here would stand in the way of the worker's schema.
    opening.onupgradeneeded = () => opening.transaction?.abort();
    opening.onerror = () => (opening.error?.name === 'AbortError' ? resolve(undefined) : reject(opening.error));
    opening.onsuccess = () => resolve(wrap(opening.result));
  });
}

function wrap(db: IDBDatabase): ReadStore {
  // An updated extension's worker upgrades the schema while a popup may still be open: give way
  // (reads after this reject) rather than keep the worker's upgrade blocked until the popup closes.
  db.onversionchange = () => db.close();
  function read<R>(table: string, run: (store: IDBObjectStore) => IDBRequest<R>): Promise<R> {
    return new Promise((resolve, reject) => {
      const request = run(db.transaction(table, 'readonly').objectStore(table));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }
  // Async: a transaction that cannot start (a closed database) rejects, as read() does, instead of throwing.
  async function getInOneTransaction(reads: ReadonlyArray<readonly [string, string]>): Promise<unknown[]> {
    if (reads.length === 0) return [];
    const transaction = db.transaction([...new Set(reads.map(([table]) => table))], 'readonly');
    return await Promise.all(reads.map(([table, key]) => new Promise((resolve, reject) => {
      const request = transaction.objectStore(table).get(key);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    })));
  }
  return {
    get: (table, key) => read(table, (store) => store.get(key)),
    getMany: (table, keys) => getInOneTransaction(keys.map((key) => [table, key] as const)) as never,
    getEach: (reads) => getInOneTransaction(reads) as never,
    getAll: (table) => read(table, (store) => store.getAll()),
    getAllBy: (table, index, key) => read(table, (store) => store.index(index).getAll(key)),
    close: () => db.close(),
  };
}
