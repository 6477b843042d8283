import type { WordHits } from './word-hits';

/** Enough for the words of a few queries typed in a row; each entry can take 800 kB at 50,000 offers. */
const CAPACITY = 16;

/** Least-recently-used cache of the hits of query words, emptied whenever an offer is added. */
export class WordHitsCache {
  private readonly entries = new Map<string, WordHits>();

  /** `key` identifies what the hits depend on (see WordPlan.key). */
  get(key: string, compute: () => WordHits): WordHits {
    const cached = this.entries.get(key);
    if (cached) {
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached;
    }
    const hits = compute();
    this.entries.set(key, hits);
    if (this.entries.size > CAPACITY) this.entries.delete(this.entries.keys().next().value!);
    return hits;
  }

  clear(): void {
    this.entries.clear();
  }
}
