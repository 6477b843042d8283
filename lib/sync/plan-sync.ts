import type { FileRecord } from '../db/records';
import type { RemoteFile } from '../sources/types';

export interface SyncPlan {
  /** New files, and files whose version differs from the one last read. */
  download: RemoteFile[];
  unchanged: number;
  /** Known files missing from the listing. Empty unless the listing is complete. */
  removed: FileRecord[];
}

export function planSync(listed: RemoteFile[], known: FileRecord[], listingComplete: boolean): SyncPlan {
  const knownByPath = new Map(known.map((file) => [file.path, file]));
  const listedPaths = new Set<string>();
  const download: RemoteFile[] = [];
  for (const file of listed) {
    if (listedPaths.has(file.path)) continue;
    listedPaths.add(file.path);
    if (knownByPath.get(file.path)?.version !== file.version) download.push(file);
  }
  // An incomplete listing (a capped page) cannot prove that a file is gone.
  const removed = listingComplete ? known.filter((file) => !listedPaths.has(file.path)) : [];
  return { download, unchanged: listedPaths.size - download.length, removed };
}
