import { ALL_FIELD_BITS, ASIDE_BIT, FIELD_BITS } from './field-weights';
import { PostingsArena } from './postings-arena';
import { encodePostings, PostingsList, type PostingsView } from './postings-list';

/** Returned for a term absent from one part: most terms of a prefix occur in bodies only. */
const NO_POSTINGS = new PostingsList(true, 0);

/**
 * Where a term occurs. `head` holds the offers having it in a short field (title,
 * organization, skills, tags, location), with the mask of its fields, body included;
 * `body` the offers having it in their body only; `aside` those having it only in the parts
 * of their body that are not the job (see lib/text/body-sections.ts). The completions of a one- or
 * two-letter prefix are only looked up in heads (see expandWord).
 */
export type PostingsPart = 'head' | 'body' | 'aside';

export const POSTINGS_PARTS: readonly PostingsPart[] = ['head', 'body', 'aside'];

function partOf(mask: number): PostingsPart {
  if (mask & ALL_FIELD_BITS & ~FIELD_BITS.body) return 'head';
  return mask & FIELD_BITS.body ? 'body' : 'aside';
}

/**
 * The distinct terms of the indexed offers and their postings. Postings loaded from a
 * serialized index stay encoded until a search first reads them, so loading is one pass
 * over the term list, and a body list is only decoded when a search needs it, into its
 * part's arena (see PostingsArena). A list that gets a new posting becomes a list of its own.
 */
export class Vocabulary {
  readonly terms: string[];
  private readonly ids = new Map<string, number>();
  private readonly postings: Record<PostingsPart, Array<PostingsList | string>>;
  /** Per part, how many postings each term's list holds, counted on first need; -1 until then. */
  private readonly counts: Record<PostingsPart, number[]>;
  private readonly arenas: Record<PostingsPart, PostingsArena>;
  /** Term ids in the terms' sort order, for prefix lookups; rebuilt after terms are added. */
  private sorted: Int32Array | undefined;

  constructor(terms: string[] = [], encoded: Record<PostingsPart, string[]> = { head: [], body: [], aside: [] }) {
    this.terms = terms;
    this.postings = encoded;
    this.counts = { head: new Array<number>(terms.length).fill(-1), body: new Array<number>(terms.length).fill(-1), aside: new Array<number>(terms.length).fill(-1) };
    this.arenas = { head: new PostingsArena(true, terms.length), body: new PostingsArena(false, terms.length), aside: new PostingsArena(false, terms.length) };
    terms.forEach((term, id) => this.ids.set(term, id));
  }

  get size(): number {
    return this.terms.length;
  }

  idOf(term: string): number | undefined {
    return this.ids.get(term);
  }

  /** Records that offer `doc` has `term` in the fields of `mask` (ASIDE_BIT: in the body's aside). */
  addPosting(term: string, doc: number, mask: number): void {
    const id = this.intern(term);
    const part = partOf(mask);
    const stored = this.postings[part][id]!;
    const list = typeof stored === 'string' ? PostingsList.decode(stored, part === 'head') : stored;
    this.postings[part][id] = list;
    list.push(doc, mask & ~ASIDE_BIT);
  }

  /**
   * About how many offers hold the term, without decoding its postings: an encoded posting
   * takes one character or two (head postings carry a mask), a decoded list says its length.
   */
  approximateFrequency(id: number): number {
    let total = 0;
    for (const part of POSTINGS_PARTS) {
      const stored = this.postings[part][id]!;
      total += typeof stored === 'string' ? stored.length / (part === 'head' ? 2 : 1) : stored.length;
    }
    return total;
  }

  /** How many offers hold the term (removed ones included until the index is compacted). */
  documentFrequency(id: number): number {
    return this.frequency(id, 'head') + this.frequency(id, 'body') + this.frequency(id, 'aside');
  }

  /**
   * How many offers hold the term in one part. Rarity needs it for every term a keystroke
   * considers, most of which it never reads: counting an encoded list spares decoding it.
   */
  frequency(id: number, part: PostingsPart): number {
    const stored = this.postings[part][id]!;
    if (typeof stored !== 'string') return stored.length;
    const known = this.arenas[part].lengthOf(id) ?? this.counts[part][id]!;
    if (known >= 0) return known;
    const count = PostingsList.count(stored, part === 'head');
    this.counts[part][id] = count;
    return count;
  }

  private intern(term: string): number {
    const known = this.ids.get(term);
    if (known !== undefined) return known;
    const id = this.terms.length;
    this.terms.push(term);
    for (const part of POSTINGS_PARTS) {
      this.postings[part].push('');
      this.counts[part].push(0);
      this.arenas[part].addTerm();
    }
    this.ids.set(term, id);
    this.sorted = undefined;
    return id;
  }

  postingsOf(id: number, part: PostingsPart): PostingsView {
    const stored = this.postings[part][id]!;
    if (typeof stored !== 'string') return stored;
    if (stored === '') return NO_POSTINGS;
    return this.arenas[part].view(id, stored);
  }

  /**
   * A term's postings as text, offers renumbered by `renumber` (see PostingsList.encode).
   * Postings not read since loading are still text, passed through if no offer was removed.
   */
  encodePostings(id: number, part: PostingsPart, renumber: Int32Array, anyRemoved: boolean): string {
    const stored = this.postings[part][id]!;
    if (typeof stored === 'string' && !anyRemoved) return stored;
    return encodePostings(this.postingsOf(id, part), renumber);
  }

  /** Ids of the terms starting with `prefix`, the term equal to it included. */
  withPrefix(prefix: string): Int32Array {
    const sorted = this.sortedIds();
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.terms[sorted[middle]!]! < prefix) low = middle + 1;
      else high = middle;
    }
    let end = low;
    while (end < sorted.length && this.terms[sorted[end]!]!.startsWith(prefix)) end++;
    return sorted.subarray(low, end);
  }

  private sortedIds(): Int32Array {
    if (this.sorted) return this.sorted;
    const { terms } = this;
    const ids = new Int32Array(terms.length);
    for (let id = 0; id < ids.length; id++) ids[id] = id;
    if (!isSorted(terms)) ids.sort((a, b) => (terms[a]! < terms[b]! ? -1 : 1));
    this.sorted = ids;
    return ids;
  }
}

/** A serialized vocabulary comes sorted: checking is cheaper than sorting again. */
function isSorted(terms: string[]): boolean {
  for (let i = 1; i < terms.length; i++) if (terms[i - 1]! >= terms[i]!) return false;
  return true;
}
