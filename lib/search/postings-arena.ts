import { decodePostings, type PostingsView } from './postings-list';

/** Room for this many postings at first; doubled as lists are decoded. */
const INITIAL_CAPACITY = 1 << 16;

/**
 * The lists of one part of a loaded index, decoded when a search first reads them, side by
 * side in two shared arrays. One object per list would keep tens of thousands of small
 * arrays alive after a few keystrokes (a one-letter prefix reads 6,000 lists at 50,000
 * offers), each copied by the next garbage collections; here the arrays are two.
 */
export class PostingsArena {
  private docs = new Int32Array(INITIAL_CAPACITY);
  private masks: Uint8Array | undefined;
  private used = 0;
  /** Per term, where its list starts, -1 until decoded, and its length. */
  private readonly starts: number[];
  private readonly lengths: number[];

  constructor(withMasks: boolean, termCount: number) {
    this.masks = withMasks ? new Uint8Array(INITIAL_CAPACITY) : undefined;
    this.starts = new Array<number>(termCount).fill(-1);
    this.lengths = new Array<number>(termCount).fill(0);
  }

  addTerm(): void {
    this.starts.push(-1);
    this.lengths.push(0);
  }

  /** How many postings the term's list holds, if decoded. */
  lengthOf(id: number): number | undefined {
    return this.starts[id]! < 0 ? undefined : this.lengths[id]!;
  }

  /** The term's postings, `encoded` decoded the first time. The view stays valid: a grown arena leaves older views their arrays. */
  view(id: number, encoded: string): PostingsView {
    let start = this.starts[id]!;
    if (start < 0) {
      // At most one posting per character, two with masks.
      this.reserve(this.masks ? encoded.length >> 1 : encoded.length);
      start = this.used;
      const length = decodePostings(encoded, this.docs, this.masks, start);
      this.starts[id] = start;
      this.lengths[id] = length;
      this.used += length;
    }
    return { docs: this.docs, masks: this.masks, offset: start, length: this.lengths[id]! };
  }

  private reserve(count: number): void {
    if (this.used + count <= this.docs.length) return;
    const capacity = Math.max(this.docs.length * 2, this.used + count);
    const docs = new Int32Array(capacity);
    docs.set(this.docs.subarray(0, this.used));
    this.docs = docs;
    if (!this.masks) return;
    const masks = new Uint8Array(capacity);
    masks.set(this.masks.subarray(0, this.used));
    this.masks = masks;
  }
}
