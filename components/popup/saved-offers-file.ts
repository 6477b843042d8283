import type { FavoriteRecord } from '../../lib/db/records';
import { favoritesToCsv } from '../../lib/favorites/favorites-to-csv';
import { csvLabels } from '../csv-labels';
import type { Translate } from '../i18n';

export interface SavedOffersFile {
  name: string;
  type: string;
  content: string;
}

/**
 * The saved offers as a file to download: CSV in the UI's language (with a byte order mark, so
 * that a spreadsheet keeps the accents), or JSON in Vigie's import format. Loaded on export only.
 */
export function savedOffersFile(format: 'csv' | 'json', favorites: readonly FavoriteRecord[], t: Translate, now: Date): SavedOffersFile {
  const day = now.toISOString().slice(0, 10);
  if (format === 'csv') return { name: `vigie-offres-${day}.csv`, type: 'text/csv;charset=utf-8', content: `\uFEFF${favoritesToCsv(favorites, csvLabels(t))}` };
  const data = { format: 'vigie-user-data', version: 1, exportedAt: now.toISOString(), sources: [], settings: {}, favorites };
  return { name: `vigie-offres-${day}.json`, type: 'application/json', content: JSON.stringify(data, null, 2) };
}
