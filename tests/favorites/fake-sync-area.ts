import type { SyncArea } from '../../lib/favorites/reconcile-favorites';
import { syncItemBytes } from '../../lib/favorites/sync-item-bytes';
import { SYNC_QUOTAS } from '../../lib/favorites/sync-quotas';

/**
 * storage.sync as Chrome behaves without an account: a per-profile store that refuses, with
 * Chrome's own messages, a write that would pass a quota, and gives values back with their keys
 * sorted (base::Value dictionaries are ordered). `failWith` makes every write fail.
 */
export class FakeSyncArea implements SyncArea {
  items: Record<string, unknown> = {};
  writes = 0;
  failWith: Error | undefined;

  async get(_keys: null): Promise<Record<string, unknown>> {
    return structuredClone(Object.fromEntries(Object.entries(this.items).map(([key, value]) => [key, sortKeys(value)])));
  }

  async set(items: Record<string, unknown>): Promise<void> {
    this.writes++;
    if (this.failWith) throw this.failWith;
    const next = { ...this.items, ...structuredClone(items) };
    for (const [key, value] of Object.entries(items)) if (syncItemBytes(key, value) > SYNC_QUOTAS.bytesPerItem) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    if (Object.keys(next).length > SYNC_QUOTAS.maxItems) throw new Error('MAX_ITEMS quota exceeded');
    if (totalBytes(next) > SYNC_QUOTAS.totalBytes) throw new Error('QUOTA_BYTES quota exceeded');
    this.items = next;
  }

  async remove(keys: string[]): Promise<void> {
    this.writes++;
    if (this.failWith) throw this.failWith;
    for (const key of keys) delete this.items[key];
  }
}

export function totalBytes(items: Record<string, unknown>): number {
  return Object.entries(items).reduce((sum, [key, value]) => sum + syncItemBytes(key, value), 0);
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, item]) => [key, sortKeys(item)]));
}
