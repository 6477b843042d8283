/**
 * Characters used to encode postings as text: the base64url alphabet, which JSON and
 * IndexedDB store as is, without escaping.
 */
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const DIGIT_CODES = Uint8Array.from(DIGITS, (digit) => digit.charCodeAt(0));
const DIGIT_VALUES = new Int8Array(128).fill(-1);
DIGIT_CODES.forEach((code, value) => (DIGIT_VALUES[code] = value));
/** A gap is written 5 bits per digit, low bits first; this bit says more digits follow. */
const MORE = 32;
/** String.fromCharCode takes its codes as arguments: stay well under engines' argument limits. */
const CHUNK = 8192;

/**
 * One term's postings as a reader sees them: entries `offset` to `offset + length` of `docs`
 * (and of `masks`, when kept). A list decoded from a loaded index lives in an arena shared
 * by every term (see Vocabulary): a view only lasts until the next read of the same part.
 */
export interface PostingsView {
  readonly docs: Int32Array;
  readonly masks: Uint8Array | undefined;
  readonly offset: number;
  readonly length: number;
}

/**
 * The offers (by ordinal, ascending) containing one term, with, when the list keeps them,
 * the masks of the fields the term occurs in (see field-weights.ts). Offers are only ever
 * appended with a higher ordinal than any before, so the list stays sorted without sorting.
 */
export class PostingsList implements PostingsView {
  docs: Int32Array;
  masks: Uint8Array | undefined;
  readonly offset = 0;
  length = 0;

  constructor(withMasks: boolean, capacity = 2) {
    this.docs = new Int32Array(capacity);
    this.masks = withMasks ? new Uint8Array(capacity) : undefined;
  }

  push(doc: number, mask = 0): void {
    if (this.length === this.docs.length) this.grow();
    this.docs[this.length] = doc;
    if (this.masks) this.masks[this.length] = mask;
    this.length++;
  }

  /** The list as text (see encodePostings). */
  encode(renumber: Int32Array): string {
    return encodePostings(this, renumber);
  }

  static decode(text: string, withMasks: boolean): PostingsList {
    const list = new PostingsList(withMasks, Math.max(1, withMasks ? text.length >> 1 : text.length));
    list.length = decodePostings(text, list.docs, list.masks, 0);
    return list;
  }

  /** How many postings an encoded list holds, read without decoding it (nothing is allocated). */
  static count(text: string, withMasks: boolean): number {
    let count = 0;
    let i = 0;
    while (i < text.length) {
      while (DIGIT_VALUES[text.charCodeAt(i++)]! & MORE);
      if (withMasks) i++;
      count++;
    }
    return count;
  }

  private grow(): void {
    const docs = new Int32Array(Math.max(4, this.docs.length * 2));
    docs.set(this.docs);
    this.docs = docs;
    if (!this.masks) return;
    const masks = new Uint8Array(this.docs.length);
    masks.set(this.masks);
    this.masks = masks;
  }
}

/**
 * A list as text: per posting, the gap from the previous ordinal (one character up to 31),
 * then the mask if kept. `renumber` maps old ordinals to new ones, -1 for removed offers,
 * which are left out.
 */
export function encodePostings({ docs, masks, offset, length }: PostingsView, renumber: Int32Array): string {
  const codes = new Uint8Array(length * (masks ? 8 : 7));
  let size = 0;
  let previous = -1;
  for (let i = offset; i < offset + length; i++) {
    const doc = renumber[docs[i]!]!;
    if (doc < 0) continue;
    let gap = doc - previous - 1;
    previous = doc;
    while (gap >= MORE) {
      codes[size++] = DIGIT_CODES[(gap & (MORE - 1)) | MORE]!;
      gap >>>= 5;
    }
    codes[size++] = DIGIT_CODES[gap]!;
    if (masks) codes[size++] = DIGIT_CODES[masks[i]!]!;
  }
  let text = '';
  for (let start = 0; start < size; start += CHUNK) {
    text += String.fromCharCode(...codes.subarray(start, Math.min(size, start + CHUNK)));
  }
  return text;
}

/**
 * Decodes a list written by encodePostings into `docs` (and `masks`) from index `at`, which
 * must have room for it (at most one posting per character); returns how many it wrote.
 */
export function decodePostings(text: string, docs: Int32Array, masks: Uint8Array | undefined, at: number): number {
  let previous = -1;
  let count = at;
  let i = 0;
  while (i < text.length) {
    let gap = 0;
    let shift = 0;
    let digit = DIGIT_VALUES[text.charCodeAt(i++)]!;
    while (digit & MORE) {
      gap |= (digit & (MORE - 1)) << shift;
      shift += 5;
      digit = DIGIT_VALUES[text.charCodeAt(i++)]!;
    }
    previous += (gap | (digit << shift)) + 1;
    docs[count] = previous;
    if (masks) masks[count] = DIGIT_VALUES[text.charCodeAt(i++)]!;
    count++;
  }
  return count - at;
}
