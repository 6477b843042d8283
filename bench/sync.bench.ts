import { sendMessage } from '../tests/e2e/support/send-message';
import { round, type Benchmark, type BenchRow } from './support/benchmark';
import { syncInChromium } from './support/chromium-session';
import { fixtureFiles, generatePostingFiles, type PostingFile } from './support/posting-files';

async function measure(label: string, files: PostingFile[]): Promise<BenchRow> {
  const session = await syncInChromium(files);
  try {
    // The options page shows "ok" as the sync writes its last batch, before the worker is done
    // with it: a sync asked then is queued to run after it. One answered sync leaves the worker idle.
    await sendMessage(session.options, { type: 'sync', sourceId: undefined });
    session.server.clearRequests();
    await sendMessage(session.options, { type: 'sync', sourceId: undefined });
    const requests = session.server.requests.filter((request) => request.method === 'GET' && request.kind !== 'other');
    return {
      corpus: label,
      postings: files.length,
      'cold sync (s)': round(session.coldSyncMs / 1000, 2),
      'postings/s': Math.round(files.length / (session.coldSyncMs / 1000)),
      'worker peak heap (MB)': session.peakHeapBytes ? round(session.peakHeapBytes / 2 ** 20, 1) : 'n/a',
      'requests per unchanged resync': requests.length,
    };
  } finally {
    await session.close();
  }
}

const benchmark: Benchmark = {
  name: 'sync',
  async run() {
    return [await measure('fixtures', fixtureFiles()), await measure('generated', generatePostingFiles(10_000))];
  },
};

export default benchmark;
