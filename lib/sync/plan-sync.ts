import type { FileRecord } from '../db/records';
import { READER_VERSION } from '../postings/reader-version';
import type { RemoteFile } from '../sources/types';

export interface SyncPlan {
  /** New files, files whose version differs from the one last read, and files an older reader read. */
  download: RemoteFile[];
  unchanged: number;
  /** Known files missing from the listing. Empty unless the listing is complete. */
  removed: FileRecord[];
}

export function planSync(listed: RemoteFile[], known: FileRecord[], listingComplete: boolean, readerVersion = READER_VERSION): SyncPlan {
  const knownByPath = new Map(known.map((file) => [file.path, file]));
  const listedPaths = new Set<string>();
  const download: RemoteFile[] = [];
  for (const file of listed) {
    if (listedPaths.has(file.path)) continue;
    listedPaths.add(file.path);
    const stored = knownByPath.get(file.path);
    // A parser that reads better reaches postings already stored: they are read again.
    if (stored?.version !== file.version || (stored.readerVersion ?? 1) !== readerVersion) download.push(file);
  }
  // An incomplete listing (a capped page) cannot prove that a file is gone.
  const removed = listingComplete ? known.filter((file) => !listedPaths.has(file.path)) : [];
  return { download, unchanged: listedPaths.size - download.length, removed };
}
