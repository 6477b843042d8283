import { encodeEntry, type EncodedRecord } from './sync-record';
import type { SyncEntry } from './sync-entry';
import type { SyncBudget } from './sync-quotas';

export interface FittedRecords {
  kept: EncodedRecord[];
  /** Offer ids that do not fit, the least recently changed first to go. */
  leftOut: string[];
  bytes: number;
}

/**
 * The records that fit storage.sync's room: the most recently changed first, each taken while it
 * fits, so that a large old note gives way to newer favorites rather than stopping them all.
 */
export function fitSyncBudget(entries: readonly SyncEntry[], budget: SyncBudget): FittedRecords {
  const newestFirst = [...entries].sort((a, b) => b.updatedAt - a.updatedAt || (a.offerId < b.offerId ? -1 : a.offerId > b.offerId ? 1 : 0));
  const fitted: FittedRecords = { kept: [], leftOut: [], bytes: 0 };
  for (const entry of newestFirst) {
    const record = encodeEntry(entry, budget.bytesPerItem);
    if (record && fitted.kept.length < budget.maxItems && fitted.bytes + record.bytes <= budget.totalBytes) {
      fitted.kept.push(record);
      fitted.bytes += record.bytes;
    } else fitted.leftOut.push(entry.offerId);
  }
  return fitted;
}
