import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { openDatabase, type VigieDatabase } from '../../lib/db';

let counter = 0;

/** A fresh, empty database per test (fake-indexeddb, in memory). */
export function freshDatabase(name = `vigie-test-${++counter}-${Math.random().toString(36).slice(2)}`): VigieDatabase {
  return openDatabase(name, { indexedDB, IDBKeyRange });
}
