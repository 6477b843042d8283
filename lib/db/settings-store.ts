import { DEFAULT_SETTINGS, sanitizeSettings, type Settings } from '../settings/settings';
import type { VigieDatabase } from './schema';

/** The settings' own rows only: the table also keeps the worker's large derived rows (duplicate groups and comparisons, word hits). */
const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS);

export async function readSettings(db: VigieDatabase): Promise<Settings> {
  const rows = await db.settings.bulkGet(SETTING_KEYS);
  const stored = sanitizeSettings(Object.fromEntries(rows.flatMap((row) => (row ? [[row.key, row.value]] : []))));
  return { ...DEFAULT_SETTINGS, ...stored };
}

export async function updateSettings(db: VigieDatabase, patch: unknown): Promise<Settings> {
  const clean = sanitizeSettings(patch);
  await db.settings.bulkPut(Object.entries(clean).map(([key, value]) => ({ key, value })));
  return readSettings(db);
}
