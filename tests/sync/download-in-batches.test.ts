import { describe, expect, it } from 'vitest';
import { downloadInBatches } from '../../lib/sync/download-in-batches';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('downloadInBatches', () => {
  it('commits every result, batch by batch, one commit at a time', async () => {
    const commits: number[][] = [];
    let committing = 0;
    let overlapped = false;
    const ok = await downloadInBatches([1, 2, 3, 4, 5, 6, 7], {
      concurrency: 3,
      batchSize: 3,
      signal: new AbortController().signal,
      read: async (file) => {
        await tick();
        return file * 10;
      },
      commit: async (batch) => {
        overlapped ||= committing > 0;
        committing++;
        await tick();
        commits.push(batch);
        committing--;
        return true;
      },
    });
    expect(ok).toBe(true);
    expect(overlapped).toBe(false);
    expect(commits.map((batch) => batch.length)).toEqual([3, 3, 1]);
    expect(commits.flat().sort((a, b) => a - b)).toEqual([10, 20, 30, 40, 50, 60, 70]);
  });

  it('leaves out what read leaves out', async () => {
    const commits: number[][] = [];
    await downloadInBatches([1, 2, 3, 4], {
      concurrency: 1,
      batchSize: 10,
      signal: new AbortController().signal,
      read: async (file) => (file % 2 === 0 ? undefined : file),
      commit: async (batch) => {
        commits.push(batch);
        return true;
      },
    });
    expect(commits).toEqual([[1, 3]]);
  });

  it('after a failed commit stores no later batch and reports the failure', async () => {
    const stored: number[][] = [];
    const stop = new AbortController();
    const ok = await downloadInBatches([1, 2, 3, 4, 5, 6], {
      concurrency: 1,
      batchSize: 2,
      signal: stop.signal,
      read: async (file) => file,
      commit: async (batch) => {
        if (batch.includes(3)) {
          stop.abort();
          return false;
        }
        stored.push(batch);
        return true;
      },
    });
    expect(ok).toBe(false);
    expect(stored).toEqual([[1, 2]]);
  });

  it('starts no download once stopped', async () => {
    const read: number[] = [];
    const stop = new AbortController();
    await downloadInBatches([1, 2, 3, 4], {
      concurrency: 1,
      batchSize: 10,
      signal: stop.signal,
      read: async (file) => {
        read.push(file);
        if (file === 2) stop.abort();
        return file;
      },
      commit: async () => true,
    });
    expect(read).toEqual([1, 2]);
  });
});
