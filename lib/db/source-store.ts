import { DEFAULT_SOURCES } from '../sources/default-sources';
import { parseSourceUrl } from '../sources';
import { hashString } from '../text/hash';
import type { SourceRecord } from './records';
import type { VigieDatabase } from './schema';

export type AddSourceResult =
  | { ok: true; source: SourceRecord }
  | { ok: false; error: 'not-a-url' | 'unsupported' | 'duplicate'; existingId?: string };

const MAX_NAME_LENGTH = 120;

export function sourceIdFor(key: string): string {
  return `src-${hashString(key)}`;
}

export async function addSource(db: VigieDatabase, url: string, options: { name?: string; archive?: boolean; now?: number } = {}): Promise<AddSourceResult> {
  const parsed = parseSourceUrl(url);
  if (!parsed.ok) return parsed;
  const id = sourceIdFor(parsed.key);
  const source: SourceRecord = {
    id,
    key: parsed.key,
    url: url.trim(),
    name: cleanName(options.name) ?? parsed.name,
    location: parsed.location,
    paused: false,
    archive: options.archive ?? false,
    addedAt: options.now ?? Date.now(),
    sync: { status: 'idle', count: 0, openCount: 0, problemCount: 0 },
  };
  return db.transaction('rw', db.sources, async () => {
    if (await db.sources.get(id)) return { ok: false as const, error: 'duplicate' as const, existingId: id };
    await db.sources.add(source);
    return { ok: true as const, source };
  });
}

export async function renameSource(db: VigieDatabase, id: string, name: string): Promise<boolean> {
  const clean = cleanName(name);
  return clean !== undefined && (await db.sources.update(id, { name: clean })) === 1;
}

export async function setSourcePaused(db: VigieDatabase, id: string, paused: boolean): Promise<boolean> {
  return (await db.sources.update(id, { paused })) === 1;
}

/** Removes a source and what was read from it; the user's saved offers keep their snapshots. */
export async function removeSource(db: VigieDatabase, id: string): Promise<void> {
  await db.transaction('rw', [db.sources, db.files, db.offers, db.events], async () => {
    await db.sources.delete(id);
    await db.files.where('sourceId').equals(id).delete();
    await db.offers.where('sourceId').equals(id).delete();
    await db.events.where('sourceId').equals(id).delete();
  });
}

const DEFAULTS_INSTALLED = 'defaultSourcesInstalled';

/** Adds the embedded sources once, on first install: a user who removed them does not get them back. */
export async function installDefaultSources(db: VigieDatabase, now = Date.now()): Promise<void> {
  if (await db.settings.get(DEFAULTS_INSTALLED)) return;
  for (const source of DEFAULT_SOURCES) await addSource(db, source.url, { name: source.name, archive: source.archive, now });
  await db.settings.put({ key: DEFAULTS_INSTALLED, value: true });
}

function cleanName(name: string | undefined): string | undefined {
  const clean = name?.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_LENGTH);
  return clean ? clean : undefined;
}
