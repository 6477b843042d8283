import type { ReadStore } from './read-store';
import type { VigieDatabase } from './schema';

/**
 * ReadStore's reads in one transaction, over the worker's Dexie database: the worker copies the
 * popup's first screen with the very function the popup reads it with (lib/board/read-front-page.ts).
 */
export function eachReadIn(db: VigieDatabase): Pick<ReadStore, 'getEach'> {
  const getEach = (reads: ReadonlyArray<readonly [string, string]>) => {
    const tables = [...new Set(reads.map(([table]) => table))];
    return db.transaction('r', tables, () => Promise.all(reads.map(([table, key]) => db.table(table).get(key))));
  };
  return { getEach: getEach as ReadStore['getEach'] };
}
