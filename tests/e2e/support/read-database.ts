import type { Page } from 'playwright-core';
import type { FavoriteRecord, FileRecord, HostRecord, OfferEvent, SettingRecord, SourceRecord, StoredOffer } from '../../../lib/db/records';

/** An offer without its bulky fields (body, front matter, skills…): what journeys compare. */
export type OfferRow = Pick<StoredOffer, 'id' | 'sourceId' | 'path' | 'title' | 'status' | 'listed' | 'removedAt' | 'contentHash' | 'organization' | 'url'>;

export interface DatabaseContent {
  sources: SourceRecord[];
  files: FileRecord[];
  offers: OfferRow[];
  favorites: FavoriteRecord[];
  events: OfferEvent[];
  hosts: HostRecord[];
  settings: SettingRecord[];
}

export type TableName = keyof DatabaseContent;

const ALL_TABLES: readonly TableName[] = ['sources', 'files', 'offers', 'favorites', 'events', 'hosts', 'settings'];

/**
 * Reads Vigie's IndexedDB ('vigie') from one of the extension's pages, with the bare IndexedDB
 * API and in one read-only transaction, so that a journey checks what is stored without any
 * test hook in the product. The database is never created here: when it does not exist yet,
 * every table reads empty. Offers are slimmed in the page (see OfferRow) to keep the transfer small.
 */
export async function readDatabase(page: Page, tables: readonly TableName[] = ALL_TABLES): Promise<DatabaseContent> {
  const read = await page.evaluate(async (wanted) => {
    const database = await new Promise<IDBDatabase | undefined>((resolve, reject) => {
      const opening = indexedDB.open('vigie');
      opening.onupgradeneeded = () => opening.transaction?.abort();
      opening.onerror = () => (opening.error?.name === 'AbortError' ? resolve(undefined) : reject(opening.error));
      opening.onsuccess = () => resolve(opening.result);
    });
    const result: Record<string, unknown[]> = {};
    if (!database) return result;
    try {
      const present = wanted.filter((name) => database.objectStoreNames.contains(name));
      if (present.length === 0) return result;
      const transaction = database.transaction(present, 'readonly');
      await Promise.all(
        present.map(
          (name) =>
            new Promise<void>((resolve, reject) => {
              const request = transaction.objectStore(name).getAll();
              request.onsuccess = () => {
                const rows = request.result as Array<Record<string, unknown>>;
                result[name] =
                  name === 'offers'
                    ? rows.map(({ id, sourceId, path, title, status, listed, removedAt, contentHash, organization, url }) => ({
                        id, sourceId, path, title, status, listed, removedAt, contentHash, organization, url,
                      }))
                    : rows;
                resolve();
              };
              request.onerror = () => reject(request.error);
            }),
        ),
      );
      return result;
    } finally {
      database.close();
    }
  }, [...tables]);
  return Object.fromEntries(ALL_TABLES.map((name) => [name, read[name] ?? []])) as unknown as DatabaseContent;
}
