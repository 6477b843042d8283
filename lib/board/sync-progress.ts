import type { SourceRecord } from '../db/records';

/** Files done and to do over the sources being synced now; undefined when none is. */
export function syncProgressOf(sources: readonly Pick<SourceRecord, 'sync'>[]): { done: number; total: number } | undefined {
  const syncing = sources.filter((source) => source.sync.status === 'syncing');
  if (syncing.length === 0) return undefined;
  return syncing.reduce(
    (sum, source) => ({ done: sum.done + (source.sync.progress?.done ?? 0), total: sum.total + (source.sync.progress?.total ?? 0) }),
    { done: 0, total: 0 },
  );
}
