import { applySyncedEntries, completeLabelOnlySnapshots, readLocalSyncEntries } from './synced-favorites-store';
import type { VigieDatabase } from '../db/schema';
import { nextWriteTime, recentWritesOnly } from './next-write-time';
import { planFavoritesSync } from './plan-favorites-sync';
import { describeSyncError, type FavoritesSyncStatus } from './sync-status';
import { SYNC_QUOTAS } from './sync-quotas';
import { mergeNoiseRules, readNoiseRules, refreshWordHits } from '../db/noise-store';
import { NOISE_KEY_PREFIX, planNoiseSync } from '../noise/plan-noise-sync';

/** The part of storage.sync (browser.storage.StorageArea) the sync uses; a fake one in tests. */
export interface SyncArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export interface ReconcileContext {
  db: VigieDatabase;
  /** storage.sync; undefined where the browser has none. */
  area: SyncArea | undefined;
  /** Times of the recent writes to the area (see nextWriteTime). */
  recentWrites: readonly number[];
  now: number;
}

export interface ReconcileResult {
  status: FavoritesSyncStatus;
  /** The database changed: open pages reload their saved offers. */
  localChanged: boolean;
  /** Hidden postings or blocked organizations and words came from another browser: open pages reload them. */
  noiseChanged: boolean;
  recentWrites: number[];
  /** Writes were held back by the write limits: try again then. */
  retryAt?: number;
}

/**
 * One sync of the saved offers with storage.sync: read it, merge with the database, store the
 * result here first, then write what changed there. The database is written before storage.sync
 * and never depends on it: a storage.sync that fails or is missing leaves every favorite and note here.
 */
export async function reconcileFavorites(context: ReconcileContext): Promise<ReconcileResult> {
  const { db, area, now } = context;
  const recentWrites = recentWritesOnly(context.recentWrites, now);
  const labelOnlyCompleted = (await completeLabelOnlySnapshots(db)) > 0;
  const remote = await readArea(area);
  if ('problem' in remote) return { status: { at: now, synced: 0, leftOut: 0, cutNotes: 0, ...remote.problem }, localChanged: labelOnlyCompleted, noiseChanged: false, recentWrites };
  const plan = planFavoritesSync({ local: await readLocalSyncEntries(db), remote: withoutNoiseItems(remote.items), now });
  const localChanged = (await applySyncedEntries(db, plan.toApply, plan.expired)) || labelOnlyCompleted;
  // Saved offers first: the rules take the room they leave (lib/noise/plan-noise-sync.ts).
  const room = { totalBytes: SYNC_QUOTAS.totalBytes - plan.usedBytes, maxItems: SYNC_QUOTAS.maxItems - plan.usedItems, bytesPerItem: SYNC_QUOTAS.bytesPerItem };
  const noisePlan = planNoiseSync(await readNoiseRules(db), remote.items, room, now);
  const noise = await mergeNoiseRules(db, noisePlan.merged, now);
  if (noise.wordsChanged) await refreshWordHits(db);
  const writes = { set: { ...plan.set, ...noisePlan.set }, remove: [...plan.remove, ...noisePlan.remove] };
  const written = await writePlan(remote.area, writes, recentWrites, now);
  const counts = { synced: plan.syncedCount, leftOut: plan.leftOut.length, cutNotes: plan.cutNotes.length, noiseLeftOut: noisePlan.leftOut };
  return { status: { at: now, ...counts, ...written.problem }, localChanged, noiseChanged: noise.changed, recentWrites: written.recentWrites, retryAt: written.retryAt };
}

/** The saved offers' plan sees the rules' items neither as its own nor as another extension's: they are planned apart. */
function withoutNoiseItems(items: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(items).filter(([key]) => !key.startsWith(NOISE_KEY_PREFIX)));
}

type AreaRead = { area: SyncArea; items: Record<string, unknown> } | { problem: Pick<FavoritesSyncStatus, 'problem' | 'detail'> };

async function readArea(area: SyncArea | undefined): Promise<AreaRead> {
  if (!area) return { problem: { problem: 'unavailable' } };
  try {
    return { area, items: await area.get(null) };
  } catch (error) {
    return { problem: describeSyncError(error) };
  }
}

interface Written {
  recentWrites: number[];
  problem?: Pick<FavoritesSyncStatus, 'problem' | 'detail'>;
  retryAt?: number;
}

/** Carries the plan out now, or says when the write limits allow it. */
type Writes = { set: Record<string, unknown>; remove: string[] };

async function writePlan(area: SyncArea, plan: Writes, recentWrites: number[], now: number): Promise<Written> {
  const operations = (plan.remove.length > 0 ? 1 : 0) + (Object.keys(plan.set).length > 0 ? 1 : 0);
  if (operations === 0) return { recentWrites };
  const allowedAt = nextWriteTime(recentWrites, now, operations);
  if (allowedAt > now) return { recentWrites, problem: { problem: 'rate' }, retryAt: allowedAt };
  return carryOut(area, plan, recentWrites, now);
}

/** Chrome's per-minute write bucket is empty again a minute later. */
const RETRY_AFTER_RATE_LIMIT_MS = 60_000;

async function carryOut(area: SyncArea, plan: Writes, recentWrites: readonly number[], now: number): Promise<Written> {
  // A failed call may still count against the write limits: each attempt is recorded.
  const writes = [...recentWrites];
  try {
    // Removals first, so that storage.sync never holds more than the planned records, even for a moment.
    if (plan.remove.length > 0) {
      writes.push(now);
      await area.remove(plan.remove);
    }
    if (Object.keys(plan.set).length > 0) {
      writes.push(now);
      await area.set(plan.set);
    }
    return { recentWrites: writes };
  } catch (error) {
    const problem = describeSyncError(error);
    return { recentWrites: writes, problem, retryAt: problem.problem === 'rate' ? now + RETRY_AFTER_RATE_LIMIT_MS : undefined };
  }
}
