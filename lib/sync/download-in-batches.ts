import { mapWithConcurrency } from './map-with-concurrency';

export interface BatchDownload<File, Result> {
  /** Downloads at once. */
  concurrency: number;
  /** Results per committed batch. */
  batchSize: number;
  /** Once aborted, no further download starts. */
  signal: AbortSignal;
  /** Downloads and reads one file; undefined when the result is to be left out (the download was stopped). */
  read(file: File): Promise<Result | undefined>;
  /** Stores one batch, in one transaction; false stops everything (the storage failed). */
  commit(batch: Result[]): Promise<boolean>;
}

/**
 * Downloads run continuously, `concurrency` at a time; every `batchSize` results are committed,
 * one commit at a time, and a download waiting for its commit holds its slot, which bounds
 * memory. Returns false when a commit failed: the batches after it were not stored.
 */
export async function downloadInBatches<File, Result>(files: readonly File[], download: BatchDownload<File, Result>): Promise<boolean> {
  const commit = commitQueue(download.commit);
  const waiting: Result[] = [];
  await mapWithConcurrency(files, download.concurrency, async (file) => {
    if (download.signal.aborted) return;
    const result = await download.read(file);
    if (result === undefined) return;
    waiting.push(result);
    if (waiting.length >= download.batchSize) await commit(waiting.splice(0));
  });
  return commit(waiting.splice(0));
}

/** Commits one after another; after a failed one, the later ones are dropped and report the failure. */
function commitQueue<Result>(apply: (batch: Result[]) => Promise<boolean>): (batch: Result[]) => Promise<boolean> {
  let last = Promise.resolve(true);
  return (batch) => {
    last = last.then((ok) => ok && apply(batch));
    return last;
  };
}
