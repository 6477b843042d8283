/**
 * storage.sync's quotas in Chrome (chrome.storage.sync.QUOTA_BYTES and the rest); Firefox's are
 * the same or larger. Going over one makes set() fail, so Vigie plans its writes to stay under.
 */
export const SYNC_QUOTAS = {
  totalBytes: 102_400,
  bytesPerItem: 8_192,
  maxItems: 512,
  writesPerMinute: 120,
  writesPerHour: 1_800,
} as const;

export interface SyncBudget {
  totalBytes: number;
  bytesPerItem: number;
  maxItems: number;
}
