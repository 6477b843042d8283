import { DEFAULT_SETTINGS, sanitizeSettings, type Settings } from '../settings/settings';
import type { VigieDatabase } from './schema';

export async function readSettings(db: VigieDatabase): Promise<Settings> {
  const rows = await db.settings.toArray();
  const stored = sanitizeSettings(Object.fromEntries(rows.map((row) => [row.key, row.value])));
  return { ...DEFAULT_SETTINGS, ...stored };
}

export async function updateSettings(db: VigieDatabase, patch: unknown): Promise<Settings> {
  const clean = sanitizeSettings(patch);
  await db.settings.bulkPut(Object.entries(clean).map(([key, value]) => ({ key, value })));
  return readSettings(db);
}
