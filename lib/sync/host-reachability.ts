import type { HostRecord } from '../db/records';
import type { VigieDatabase } from '../db/schema';
import type { FetchFailure } from '../sources/types';

/** Downloads in a row that found no host before a sync stops asking it: one refused connection may be a blip, three are an outage. */
export const UNREACHABLE_AFTER_FAILURES = 3;

/** Minutes before the next try, after 1, 2, 3… syncs in a row found the host silent; the last one repeats. */
const RETRY_DELAYS_MINUTES = [5, 10, 20, 40, 60] as const;

/** The host never answered: the request did not get any HTTP answer (refused, reset, DNS, offline, or too slow). */
export function isHostSilent(failure: FetchFailure): boolean {
  return failure.kind === 'network' || failure.kind === 'timeout';
}

export function retryDelayMs(silentSyncs: number): number {
  const index = Math.min(Math.max(silentSyncs, 1), RETRY_DELAYS_MINUTES.length) - 1;
  return (RETRY_DELAYS_MINUTES[index] ?? 60) * 60_000;
}

export interface HostOutage {
  host: string;
  /** When the host first failed to answer, in this run of failures. */
  since: number;
  /** No automatic sync asks the host before then. */
  retryAt: number;
  /** The browser's own words, shown on demand only. */
  detail?: string;
}

/** Records one more sync that found the host silent, and when to try again (longer each time). */
export async function recordHostSilent(db: VigieDatabase, host: string, now: number, detail?: string): Promise<HostOutage> {
  return db.transaction('rw', db.hosts, async () => {
    const record: HostRecord = { ...(await db.hosts.get(host)), host };
    const silentSyncs = (record.silentSyncs ?? 0) + 1;
    const since = record.silentSince ?? now;
    const retryAt = now + retryDelayMs(silentSyncs);
    await db.hosts.put({ ...record, silentSyncs, silentSince: since, lastSilentAt: now, retryAt });
    return { host, since, retryAt, detail };
  });
}

/** The host answered: its outage, if any, is over. */
export async function recordHostAnswered(db: VigieDatabase, host: string): Promise<void> {
  const record = await db.hosts.get(host);
  if (record?.silentSince === undefined) return;
  await db.hosts.put({ ...record, silentSince: undefined, silentSyncs: undefined, lastSilentAt: undefined, retryAt: undefined });
}

/**
 * The outage that keeps automatic syncs from asking the host now, if any. A sync the user asked
 * for at `askedAt` tries again, unless the outage was recorded after that, by the same request.
 */
export async function hostOutage(db: VigieDatabase, host: string, now: number, askedAt?: number): Promise<HostOutage | undefined> {
  const record = await db.hosts.get(host);
  if (record?.retryAt === undefined || record.silentSince === undefined || record.retryAt <= now) return undefined;
  if (askedAt !== undefined && (record.lastSilentAt ?? 0) < askedAt) return undefined;
  return { host, since: record.silentSince, retryAt: record.retryAt };
}
