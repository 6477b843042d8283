import type { OfferStatus } from '../postings/types';
import { browsingKey, offerBoost } from './rank';

/**
 * What ranking needs to know of each indexed offer, by ordinal. A removed offer leaves a
 * hole (its id becomes undefined) until the index is compacted: postings lists then need
 * no rewriting on every removal.
 */
export class OfferTable {
  readonly ids: Array<string | undefined>;
  readonly statuses: OfferStatus[];
  readonly days: number[];
  private readonly ordinals = new Map<string, number>();
  private boosts: Float64Array | undefined;
  private browsing: number[] | undefined;

  constructor(ids: string[] = [], statuses: OfferStatus[] = [], days: number[] = []) {
    this.ids = ids;
    this.statuses = statuses;
    this.days = days;
    ids.forEach((id, ordinal) => this.ordinals.set(id, ordinal));
  }

  /** Ordinals handed out so far, removed offers included. */
  get slots(): number {
    return this.ids.length;
  }

  get liveCount(): number {
    return this.ordinals.size;
  }

  ordinalOf(id: string): number | undefined {
    return this.ordinals.get(id);
  }

  add(id: string, status: OfferStatus, day: number): number {
    const ordinal = this.ids.length;
    this.ids.push(id);
    this.statuses.push(status);
    this.days.push(day);
    this.ordinals.set(id, ordinal);
    this.invalidate();
    return ordinal;
  }

  remove(ordinal: number): void {
    const id = this.ids[ordinal];
    if (id === undefined) return;
    this.ordinals.delete(id);
    this.ids[ordinal] = undefined;
    this.invalidate();
  }

  /** Score multiplier of each ordinal (see offerBoost), computed once per change of the table. */
  boostByOrdinal(): Float64Array {
    if (this.boosts) return this.boosts;
    let newest = -Infinity;
    for (const day of this.days) if (day > newest) newest = day;
    const boosts = new Float64Array(this.slots);
    for (let ordinal = 0; ordinal < boosts.length; ordinal++) {
      boosts[ordinal] = offerBoost(this.statuses[ordinal]!, this.days[ordinal]!, newest);
    }
    this.boosts = boosts;
    return boosts;
  }

  /** Live ordinals in the empty query's order (see browsingKey). */
  browseOrder(): number[] {
    if (this.browsing) return this.browsing;
    const keys = new Float64Array(this.slots);
    for (let ordinal = 0; ordinal < keys.length; ordinal++) {
      keys[ordinal] = browsingKey(this.statuses[ordinal]!, this.days[ordinal]!);
    }
    this.browsing = [...this.ordinals.values()].sort((a, b) => keys[b]! - keys[a]! || a - b);
    return this.browsing;
  }

  private invalidate(): void {
    this.boosts = undefined;
    this.browsing = undefined;
  }
}
