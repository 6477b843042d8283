import type { Offer } from '../postings/types';
import { sanitizeSettings, type Settings } from '../settings/settings';
import { sortByKind } from '../skills/sort-by-kind';
import { isStage, MAX_CONTACT_LENGTH, type FavoriteRecord, type StageStep } from './records';
import { completeStageHistory } from './stage-history';
import type { VigieDatabase } from './schema';
import { readSettings, updateSettings } from './settings-store';
import { DEFAULT_SOURCES } from '../sources/default-sources';
import { addSource, removeSource, renameSource } from './source-store';
import { mergeNoiseRules, readNoiseRules, refreshWordHits } from './noise-store';
import type { NoiseRule } from '../noise/noise-rules';
import { sanitizeNoiseRules } from '../noise/sanitize-noise-rules';

/** Everything that is the user's own: what they follow, set, saved and wrote. Postings are not in it: a sync brings them back. */
export interface UserData {
  format: 'vigie-user-data';
  version: 1;
  exportedAt: string;
  sources: Array<{ url: string; name: string; paused: boolean; archive: boolean }>;
  /**
   * The embedded sources the user had removed: a fresh profile installs them at first start, and
   * only the export can say that the user did not want them. Absent from older exports.
   */
  removedDefaultSources?: string[];
  settings: Settings;
  favorites: FavoriteRecord[];
  /** Hidden postings, blocked organizations and words, undos included (an import must not bring back what was undone). Absent from older exports. */
  notInterested?: NoiseRule[];
}

export async function exportUserData(db: VigieDatabase, now = Date.now()): Promise<UserData> {
  const [sources, settings, favorites, notInterested] = await Promise.all([db.sources.toArray(), readSettings(db), db.favorites.toArray(), readNoiseRules(db)]);
  return {
    format: 'vigie-user-data',
    version: 1,
    exportedAt: new Date(now).toISOString(),
    sources: sources.map(({ url, name, paused, archive }) => ({ url, name, paused, archive })),
    removedDefaultSources: DEFAULT_SOURCES.map(({ url }) => url).filter((url) => !sources.some((source) => source.url === url)),
    settings,
    favorites,
    notInterested,
  };
}

export interface ImportSummary {
  sources: number;
  favorites: number;
  rejected: number;
}

/** Merges an export into this profile: nothing is duplicated, and of two versions of a favorite the later change wins. */
export async function importUserData(db: VigieDatabase, input: unknown): Promise<ImportSummary | { error: 'not-vigie-data' }> {
  if (!isUserDataShape(input)) return { error: 'not-vigie-data' };
  const summary: ImportSummary = { sources: 0, favorites: 0, rejected: 0 };
  for (const source of input.sources) {
    if (!isRecord(source) || typeof source.url !== 'string') {
      summary.rejected++;
      continue;
    }
    const name = typeof source.name === 'string' ? source.name : undefined;
    const result = await addSource(db, source.url, { name, archive: source.archive === true });
    const sourceId = result.ok ? result.source.id : 'existingId' in result ? result.existingId : undefined;
    if (!sourceId) {
      summary.rejected++;
      continue;
    }
    // A source this profile already follows (a default one, say) takes the exported name and pause.
    if (!result.ok && name !== undefined) await renameSource(db, sourceId, name);
    await db.sources.update(sourceId, { paused: source.paused === true });
    summary.sources++;
  }
  await removeDefaultsRemovedThere(db, input.removedDefaultSources, input.sources);
  await updateSettings(db, sanitizeSettings(input.settings));
  // Merged rule by rule, as with another browser: the later change of each wins.
  const noise = await mergeNoiseRules(db, sanitizeNoiseRules(input.notInterested));
  if (noise.wordsChanged) await refreshWordHits(db);
  for (const raw of input.favorites) {
    const favorite = sanitizeFavorite(raw);
    if (!favorite) {
      summary.rejected++;
      continue;
    }
    const merged = await mergeFavorite(db, favorite);
    if (merged) summary.favorites++;
  }
  return summary;
}

/**
 * Removes here the embedded sources that the exported profile had removed, unless the export also
 * follows them. Only embedded sources: an import never removes a source the user added here.
 * Saved offers keep their snapshots when their source goes (see removeSource).
 */
async function removeDefaultsRemovedThere(db: VigieDatabase, removed: unknown, imported: unknown[]): Promise<void> {
  if (!Array.isArray(removed)) return;
  const followedThere = new Set(imported.flatMap((source) => (isRecord(source) && typeof source.url === 'string' ? [source.url] : [])));
  const defaults = new Set(DEFAULT_SOURCES.map(({ url }) => url));
  const toRemove = removed.filter((url): url is string => typeof url === 'string' && defaults.has(url) && !followedThere.has(url));
  if (toRemove.length === 0) return;
  const here = await db.sources.toArray();
  for (const source of here) if (toRemove.includes(source.url)) await removeSource(db, source.id);
}

/** An unsave is a change too: an export older than it does not bring the offer back. */
async function mergeFavorite(db: VigieDatabase, favorite: FavoriteRecord): Promise<boolean> {
  return db.transaction('rw', [db.favorites, db.favoriteTombstones], async () => {
    const [existing, tombstone] = await Promise.all([db.favorites.get(favorite.offerId), db.favoriteTombstones.get(favorite.offerId)]);
    if (existing && existing.updatedAt >= favorite.updatedAt) return false;
    if (tombstone && tombstone.removedAt > favorite.updatedAt) return false;
    // Alerts muted here stay muted: muting is no change of the offer, and an export may predate it.
    await db.favorites.put(existing?.alertsMuted ? { ...favorite, alertsMuted: true } : favorite);
    await db.favoriteTombstones.delete(favorite.offerId);
    return true;
  });
}

function isUserDataShape(input: unknown): input is { sources: unknown[]; removedDefaultSources?: unknown; settings: unknown; favorites: unknown[]; notInterested?: unknown } {
  return isRecord(input) && input.format === 'vigie-user-data' && Array.isArray(input.sources) && Array.isArray(input.favorites);
}

/** An imported file is untrusted: keep only well-formed fields, bounded. */
export function sanitizeFavorite(raw: unknown): FavoriteRecord | undefined {
  if (!isRecord(raw) || typeof raw.offerId !== 'string' || !isStage(raw.stage)) return undefined;
  const snapshot = sanitizeSnapshot(raw.snapshot);
  if (!snapshot) return undefined;
  const history = Array.isArray(raw.stageHistory) ? raw.stageHistory.flatMap(sanitizeStep).sort((a, b) => a.at - b.at) : [];
  const savedAt = typeof raw.savedAt === 'number' ? raw.savedAt : Date.now();
  const updatedAt = typeof raw.updatedAt === 'number' ? raw.updatedAt : Date.now();
  const contact = typeof raw.contact === 'string' ? raw.contact.trim().slice(0, MAX_CONTACT_LENGTH) : '';
  return {
    offerId: raw.offerId.slice(0, 500),
    snapshot,
    note: typeof raw.note === 'string' ? raw.note.slice(0, 5000) : '',
    ...(contact ? { contact } : {}),
    stage: raw.stage,
    stageHistory: completeStageHistory({ stage: raw.stage, stageHistory: history.slice(-50), savedAt, updatedAt }),
    savedAt,
    updatedAt,
    ...(raw.noteTruncated === true ? { noteTruncated: true } : {}),
    ...(raw.alertsMuted === true ? { alertsMuted: true } : {}),
  };
}

function sanitizeStep(step: unknown): StageStep[] {
  if (!isRecord(step) || !isStage(step.stage) || !isTime(step.at)) return [];
  return [isTime(step.on) ? { stage: step.stage, at: step.at, on: step.on } : { stage: step.stage, at: step.at }];
}

const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

function sanitizeSnapshot(raw: unknown): Offer | undefined {
  if (!isRecord(raw) || typeof raw.id !== 'string' || typeof raw.title !== 'string') return undefined;
  const text = (value: unknown, max = 2000) => (typeof value === 'string' ? value.slice(0, max) : undefined);
  const strings = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string').slice(0, 200) : []);
  const oneOf = <T extends string>(value: unknown, allowed: readonly T[], fallback: T): T => (allowed.includes(value as T) ? (value as T) : fallback);
  return {
    id: raw.id,
    sourceId: text(raw.sourceId) ?? '',
    path: text(raw.path) ?? '',
    url: text(raw.url),
    title: raw.title.slice(0, 500),
    organization: text(raw.organization),
    status: oneOf(raw.status, ['open', 'closed', 'unknown'] as const, 'unknown'),
    contract: oneOf(raw.contract, ['CDI', 'CDD', 'freelance', 'internship', 'apprenticeship', 'civil-servant', 'unknown'] as const, 'unknown'),
    remote: oneOf(raw.remote, ['full', 'partial', 'none', 'unknown'] as const, 'unknown'),
    location: text(raw.location),
    // Exports made before skills were sorted by kind hold domains and qualities among the skills.
    ...sortByKind([...strings(raw.skills), ...strings(raw.domains), ...strings(raw.softSkills)]),
    ...skillStructure(raw, strings),
    tags: strings(raw.tags),
    postedAt: text(raw.postedAt, 40),
    startsAt: text(raw.startsAt, 40),
    deadline: text(raw.deadline, 40),
    language: raw.language === 'fr' || raw.language === 'en' ? raw.language : undefined,
    translationKey: text(raw.translationKey, 200),
    identifier: text(raw.identifier, 300),
    contact: text(raw.contact),
    summary: text(raw.summary) ?? '',
    body: text(raw.body, 200_000) ?? '',
    salary: sanitizeSalary(raw.salary),
    frontMatter: plainData(raw.frontMatter) ?? {},
    contentHash: text(raw.contentHash, 64) ?? '',
    warnings: Array.isArray(raw.warnings)
      ? raw.warnings.flatMap((warning) => (isRecord(warning) && typeof warning.code === 'string' && typeof warning.message === 'string' ? [{ code: warning.code, message: warning.message.slice(0, 500) } as Offer['warnings'][number]] : [])).slice(0, 20)
      : [],
  };
}

/** The lists of which one will do and the skills not required, kept only when there are some, as the reader writes them. */
function skillStructure(raw: Record<string, unknown>, strings: (value: unknown) => string[]): Pick<Offer, 'skillGroups' | 'optionalSkills'> {
  const skillGroups = (Array.isArray(raw.skillGroups) ? raw.skillGroups.slice(0, 50).map(strings) : []).filter((group) => group.length > 0);
  const optionalSkills = strings(raw.optionalSkills);
  return { ...(skillGroups.length > 0 && { skillGroups }), ...(optionalSkills.length > 0 && { optionalSkills }) };
}

function sanitizeSalary(raw: unknown): Offer['salary'] {
  if (!isRecord(raw) || typeof raw.currency !== 'string' || typeof raw.text !== 'string') return undefined;
  const units = ['hour', 'day', 'month', 'year', 'unknown'] as const;
  const unit = units.find((candidate) => candidate === raw.unit) ?? 'unknown';
  const amount = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
  return { min: amount(raw.min), max: amount(raw.max), unit, currency: raw.currency.slice(0, 8), text: raw.text.slice(0, 300) };
}

const MAX_FRONT_MATTER_CHARS = 20_000;

/** A JSON round trip drops functions and prototypes; the size bound keeps an import from filling the disk. */
function plainData(raw: unknown): Record<string, unknown> | undefined {
  if (!isRecord(raw)) return undefined;
  const json = JSON.stringify(raw);
  return json.length <= MAX_FRONT_MATTER_CHARS ? (JSON.parse(json) as Record<string, unknown>) : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
