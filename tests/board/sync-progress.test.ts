import { describe, expect, it } from 'vitest';
import { syncProgressOf } from '../../lib/board/sync-progress';
import type { SourceSyncState } from '../../lib/db/records';

const source = (sync: Partial<SourceSyncState>) => ({ sync: { status: 'ok', count: 0, openCount: 0, problemCount: 0, ...sync } as SourceSyncState });

describe('syncProgressOf', () => {
  it('adds up the files of the sources being synced', () => {
    const sources = [
      source({ status: 'syncing', progress: { done: 6, total: 63 } }),
      source({ status: 'ok', progress: { done: 10, total: 10 } }),
      source({ status: 'syncing', progress: { done: 0, total: 12 } }),
      source({ status: 'syncing' }),
    ];
    expect(syncProgressOf(sources)).toEqual({ done: 6, total: 75 });
  });

  it('is undefined when no source is syncing', () => {
    expect(syncProgressOf([source({ status: 'ok' }), source({ status: 'error' })])).toBeUndefined();
    expect(syncProgressOf([])).toBeUndefined();
  });
});
