import { openDatabase, readSettings, type VigieDatabase } from '../../lib/db';
import { createHttpClient, type HttpClient } from '../../lib/sources';
import { recordRateInfo } from '../../lib/sync/source-sync-state';
import { SyncCoordinator } from '../../lib/sync/sync-coordinator';
import type { SnapshotKeeper } from '../../lib/board/snapshot-keeper';
import { createFirstScreenKeeper } from './first-screen-snapshot';

export interface BackgroundServices {
  db: VigieDatabase;
  coordinator: SyncCoordinator;
  http: HttpClient;
  /** Runs what may change the popup's first screen, its copy kept right (see createFirstScreenKeeper). */
  firstScreen: SnapshotKeeper;
}

export function createBackgroundServices(): BackgroundServices {
  const db = openDatabase();
  const http = createHttpClient({ onRateInfo: (host, info) => void recordRateInfo(db, host, info) });
  const coordinator = new SyncCoordinator(async () => {
    const settings = await readSettings(db);
    return { db, http, tokenFor: (host) => settings.tokens[host] };
  });
  return { db, coordinator, http, firstScreen: createFirstScreenKeeper(db) };
}
