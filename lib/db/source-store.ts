import { DEFAULT_SOURCES } from '../sources/default-sources';
import { isPinnedToCommit, parseSourceUrl, withScheme, type SourceLocation } from '../sources';
import type { SourceCheck, SourceCheckRefusal } from '../sources/check-source';
import { hashString } from '../text/hash';
import type { SourceRecord } from './records';
import type { VigieDatabase } from './schema';

export type AddSourceResult =
  /** postingFiles: what the check found in the folder (0 says it holds no posting file), undefined when not checked. */
  | { ok: true; source: SourceRecord; postingFiles?: number }
  | { ok: false; error: 'not-a-url' | 'unsupported' | 'duplicate'; existingId?: string }
  | { ok: false; error: SourceCheckRefusal; detail: string };

export interface AddSourceOptions {
  name?: string;
  archive?: boolean;
  now?: number;
  /** Lists the folder before it is kept (the options page); the sources installed with Vigie are not checked. */
  check?: (location: SourceLocation) => Promise<SourceCheck>;
}

/** The longest name a source keeps; the options page's rename field stops there too. */
export const MAX_NAME_LENGTH = 120;

export function sourceIdFor(key: string): string {
  return `src-${hashString(key)}`;
}

export async function addSource(db: VigieDatabase, url: string, options: AddSourceOptions = {}): Promise<AddSourceResult> {
  const parsed = parseSourceUrl(url);
  if (!parsed.ok) return parsed;
  const id = sourceIdFor(parsed.key);
  if (await db.sources.get(id)) return { ok: false, error: 'duplicate', existingId: id };
  const checked = options.check ? await options.check(parsed.location) : undefined;
  if (checked && !checked.ok) return { ok: false, error: checked.reason, detail: checked.detail };
  const source: SourceRecord = {
    id,
    key: parsed.key,
    url: withScheme(url),
    name: cleanName(options.name) ?? parsed.name,
    location: parsed.location,
    paused: false,
    archive: options.archive ?? isPinnedToCommit(parsed.location),
    addedAt: options.now ?? Date.now(),
    sync: { status: 'idle', count: 0, openCount: 0, problemCount: 0 },
  };
  return db.transaction('rw', db.sources, async () => {
    if (await db.sources.get(id)) return { ok: false as const, error: 'duplicate' as const, existingId: id };
    const names = new Set((await db.sources.toArray()).map((other) => other.name));
    const added = { ...source, name: distinctName(source.name, names) };
    await db.sources.add(added);
    return { ok: true as const, source: added, postingFiles: checked?.postingFiles };
  });
}

/** Two sources never share a name: "name (2)", "name (3)"… */
function distinctName(name: string, taken: ReadonlySet<string>): string {
  let candidate = name;
  for (let count = 2; taken.has(candidate); count++) candidate = `${name} (${count})`;
  return candidate;
}

export async function renameSource(db: VigieDatabase, id: string, name: string): Promise<boolean> {
  const clean = cleanName(name);
  return clean !== undefined && (await db.sources.update(id, { name: clean })) === 1;
}

export async function setSourcePaused(db: VigieDatabase, id: string, paused: boolean): Promise<boolean> {
  return (await db.sources.update(id, { paused })) === 1;
}

/**
 * Removes a source and what was read from it; the user's saved offers keep their snapshots, their
 * history and their deadline reminders (the record that a deadline was reminded of, without which
 * it would be reminded of again from the snapshot).
 */
export async function removeSource(db: VigieDatabase, id: string): Promise<void> {
  await db.transaction('rw', [db.sources, db.files, db.offers, db.events, db.favorites, db.versions], async () => {
    const saved = new Set(await db.favorites.toCollection().primaryKeys());
    await db.sources.delete(id);
    await db.files.where('sourceId').equals(id).delete();
    await db.offers.where('sourceId').equals(id).delete();
    await db.events.where('sourceId').equals(id).filter((event) => !(event.type === 'deadline' && saved.has(event.offerId))).delete();
    await db.versions.where('sourceId').equals(id).filter((version) => !saved.has(version.offerId)).delete();
  });
}

const DEFAULTS_INSTALLED = 'defaultSourcesInstalled';

/**
 * Adds the embedded sources once, on first install: a user who removed them does not get them back.
 * Returns the sources it added, for the install's first sync to cover those only: a folder the user
 * added meanwhile is synced by its own request, and listing it a second time would spend one more of
 * the host's requests and take what changed since from the next sync the user asks for.
 */
export async function installDefaultSources(db: VigieDatabase, now = Date.now()): Promise<SourceRecord[]> {
  if (await db.settings.get(DEFAULTS_INSTALLED)) return [];
  const installed: SourceRecord[] = [];
  for (const source of DEFAULT_SOURCES) {
    const added = await addSource(db, source.url, { name: source.name, archive: source.archive, now });
    if (added.ok) installed.push(added.source);
  }
  await db.settings.put({ key: DEFAULTS_INSTALLED, value: true });
  return installed;
}

function cleanName(name: string | undefined): string | undefined {
  const clean = name?.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_LENGTH);
  return clean ? clean : undefined;
}
