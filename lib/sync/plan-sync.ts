import type { FileRecord } from '../db/records';
import { READER_VERSION } from '../postings/reader-version';
import { classifyFileName, type SkipReason } from '../sources/classify-file-name';
import type { RemoteFile } from '../sources/types';

export interface SkippedFile {
  file: RemoteFile;
  reason: SkipReason;
  /** For a duplicate: the path of the copy that is read. */
  detail?: string;
}

export interface SyncPlan {
  /** New files, files whose version differs from the one last read, and files an older reader read. */
  download: RemoteFile[];
  /** Files skipped by their name, or identical to another listed file: recorded with the reason, never downloaded. */
  skipped: SkippedFile[];
  unchanged: number;
  /** Known files missing from the listing. Empty unless the listing is complete. */
  removed: FileRecord[];
}

// Skips decided on the content: an unchanged file keeps its verdict without a new download.
const CONTENT_REASONS = new Set<SkipReason>(['no-front-matter', 'draft']);

export function planSync(listed: RemoteFile[], known: FileRecord[], listingComplete: boolean, readerVersion = READER_VERSION): SyncPlan {
  const knownByPath = new Map(known.map((file) => [file.path, file]));
  const files = uniquePaths(listed);
  const candidates: RemoteFile[] = [];
  const skips: SkippedFile[] = [];
  for (const file of files) {
    // A job board's posting is a posting by construction, and its `name` is a title, not a file name.
    const verdict = file.posting ? undefined : classifyFileName(file.name);
    if (verdict?.kind === 'skip') skips.push({ file, reason: verdict.reason });
    else candidates.push(file);
  }
  const { kept, duplicates } = setDuplicatesAside(candidates);
  skips.push(...duplicates);

  const download = kept.filter((file) => needsDownload(file, knownByPath.get(file.path), readerVersion));
  const skipped = skips.filter((skip) => !isRecordedSkip(skip, knownByPath.get(skip.file.path)));
  const listedPaths = new Set(files.map((file) => file.path));
  // An incomplete listing (a capped page) cannot prove that a file is gone.
  const removed = listingComplete ? known.filter((file) => !listedPaths.has(file.path)) : [];
  return { download, skipped, unchanged: files.length - download.length - skipped.length, removed };
}

function uniquePaths(listed: RemoteFile[]): RemoteFile[] {
  const seen = new Set<string>();
  return listed.filter((file) => !seen.has(file.path) && seen.add(file.path));
}

/**
 * Identical files under two names (the Canadian Digital Service publishes some) count once: the
 * same git blob is the same bytes. The copy with the first path is read, whatever the listing order.
 */
function setDuplicatesAside(files: RemoteFile[]): { kept: RemoteFile[]; duplicates: SkippedFile[] } {
  const firstPathOfBlob = new Map<string, string>();
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    if (file.blobSha !== undefined && !firstPathOfBlob.has(file.blobSha)) firstPathOfBlob.set(file.blobSha, file.path);
  }
  const kept: RemoteFile[] = [];
  const duplicates: SkippedFile[] = [];
  for (const file of files) {
    const first = file.blobSha === undefined ? file.path : firstPathOfBlob.get(file.blobSha);
    if (first === file.path) kept.push(file);
    else duplicates.push({ file, reason: 'duplicate', detail: first });
  }
  return { kept, duplicates };
}

function needsDownload(file: RemoteFile, known: FileRecord | undefined, readerVersion: number): boolean {
  if (known?.version !== file.version) return true;
  // A parser that reads better reaches postings already stored: they are read again.
  if ((known.readerVersion ?? 1) !== readerVersion) return true;
  // A file skipped for its name or as a copy is read once that no longer holds.
  return known.problem?.kind === 'skipped' && !CONTENT_REASONS.has(known.problem.reason);
}

function isRecordedSkip(skip: SkippedFile, known: FileRecord | undefined): boolean {
  const problem = known?.problem;
  return known?.version === skip.file.version && problem?.kind === 'skipped' && problem.reason === skip.reason && problem.detail === skip.detail;
}
