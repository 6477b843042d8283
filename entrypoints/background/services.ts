import { openDatabase, readSettings, type VigieDatabase } from '../../lib/db';
import { createHttpClient, type HttpClient } from '../../lib/sources';
import { SyncCoordinator } from '../../lib/sync/sync-coordinator';

export interface BackgroundServices {
  db: VigieDatabase;
  coordinator: SyncCoordinator;
  http: HttpClient;
}

export function createBackgroundServices(): BackgroundServices {
  const db = openDatabase();
  const http = createHttpClient({
    onRateInfo: (host, info) => {
      void db.hosts.update(host, { remaining: info.remaining, resetAt: info.resetAt }).then((updated) => {
        if (!updated) return db.hosts.put({ host, remaining: info.remaining, resetAt: info.resetAt });
      });
    },
  });
  const coordinator = new SyncCoordinator(async () => {
    const settings = await readSettings(db);
    return { db, http, tokenFor: (host) => settings.tokens[host] };
  });
  return { db, coordinator, http };
}
