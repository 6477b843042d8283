/** What the popup makes of each offer, for counting a query's matches. */
export interface OfferJudge {
  /** The seeker's filters (see createBoardFilter). */
  filter: (id: string) => boolean;
  /** Hidden or blocked (lib/noise); undefined when the seeker hid and blocked nothing. */
  isNoise?: (id: string) => boolean;
  /** The posting an offer stands for: a job seen in several places is one posting (lib/duplicates). */
  postingOf: (offerId: string) => unknown;
  /**
   * With "open postings only" on: whether the filters would keep an offer they leave out once
   * closed postings are shown too (asked only of the offers `filter` leaves out).
   */
  keptWithClosed?: (id: string) => boolean;
}

/** A query's matches as the popup quotes them. */
export interface MatchCount {
  /** Postings listed: kept by the filters, hidden and blocked ones left out unless shown. */
  listed: number;
  /** The offers those postings are (a job seen in two places is two offers, one posting). */
  listedOffers: number;
  /** Postings kept by the filters that the seeker hid or blocked. */
  noise: number;
  /** Postings "open postings only" leaves out that the other filters keep (hidden and blocked ones left out unless shown). */
  closed: number;
}

/** Bits of an offer's flags. */
const LIVE = 1;
const KEPT = 2;
const NOISE = 4;
/** Left out by the filters only because it is not open (see keptWithClosed). */
const CLOSED = 8;
/** The counts of one pass, each with its own mark of the jobs it met. */
const LISTED_TALLY = 0;
const NOISE_TALLY = 1;
const CLOSED_TALLY = 2;
const TALLIES = 3;
/** An offer that is a posting of its own, not one copy of a job seen in several places. */
const ALONE = -1;

/**
 * Counts a query's matches by what the filters, the hidden postings and the duplicates make of
 * them. The judge is asked once per offer, the first time a list of offers is counted, and its
 * answers are kept as flags by ordinal (the offer's place in that list): a keystroke matching
 * 48,000 of 50,000 offers then counts them in one pass over typed arrays, where asking the
 * filter about each match (a map lookup by id and the filters' tests) took 15 ms.
 * The judge must not change: a new filter or noise rule is a new counter.
 */
export class MatchCounter {
  private offers: ReadonlyArray<string | undefined> | undefined;
  private flags = new Uint8Array(0);
  /** Per ordinal, the number of the job the offer is a copy of, ALONE when it is a posting of its own. */
  private jobs = new Int32Array(0);
  /** Per job number, the count that last met it (see `stamp`). */
  private met = new Uint32Array(0);
  private stamp = 0;

  constructor(readonly judge: OfferJudge) {}

  /**
   * Counts the offers at `ordinals` (places in `offerIds`, each at most once; undefined ids
   * are removed offers, not counted). `offerIds` must not change between calls but by being
   * replaced: the flags are read again only for another list.
   */
  count(offerIds: ReadonlyArray<string | undefined>, ordinals: ArrayLike<number>, showNoise: boolean): MatchCount {
    this.read(offerIds);
    const { flags, jobs } = this;
    const stamp = this.nextStamp();
    // One pass over the matches for every count: a keystroke matching 48,000 offers reads each once.
    const noiseMask = showNoise ? 0 : NOISE;
    let listed = 0;
    let listedOffers = 0;
    let noise = 0;
    let closed = 0;
    for (let i = 0; i < ordinals.length; i++) {
      const ordinal = ordinals[i]!;
      const flag = flags[ordinal]!;
      if ((flag & LIVE) === 0) continue;
      const job = jobs[ordinal]!;
      // A posting of its own counts at once; a copy of a job, the first time that count meets the job.
      if ((flag & (KEPT | noiseMask)) === KEPT) {
        listedOffers++;
        if (job === ALONE || this.meets(job, LISTED_TALLY, stamp)) listed++;
      }
      if ((flag & (KEPT | NOISE)) === (KEPT | NOISE) && (job === ALONE || this.meets(job, NOISE_TALLY, stamp))) noise++;
      if ((flag & (CLOSED | noiseMask)) === CLOSED && (job === ALONE || this.meets(job, CLOSED_TALLY, stamp))) closed++;
    }
    return { listed, listedOffers, noise, closed };
  }

  /** Whether this count (stamp) meets the job for the first time in that tally, marking it met. */
  private meets(job: number, tally: number, stamp: number): boolean {
    const slot = job * TALLIES + tally;
    if (this.met[slot] === stamp) return false;
    this.met[slot] = stamp;
    return true;
  }

  private nextStamp(): number {
    if (this.stamp === 0xffffffff) {
      this.met.fill(0);
      this.stamp = 0;
    }
    return ++this.stamp;
  }

  /** Asks the judge about every offer of the list, once per list. */
  private read(offerIds: ReadonlyArray<string | undefined>): void {
    if (offerIds === this.offers && offerIds.length === this.flags.length) return;
    const { filter, isNoise, postingOf, keptWithClosed } = this.judge;
    const flags = new Uint8Array(offerIds.length);
    const jobs = new Int32Array(offerIds.length).fill(ALONE);
    const jobNumbers = new Map<unknown, number>();
    for (let ordinal = 0; ordinal < offerIds.length; ordinal++) {
      const id = offerIds[ordinal];
      if (id === undefined) continue;
      const kept = filter(id);
      const closed = !kept && keptWithClosed !== undefined && keptWithClosed(id);
      flags[ordinal] = LIVE | (kept ? KEPT : 0) | (closed ? CLOSED : 0) | (isNoise?.(id) ? NOISE : 0);
      const posting = postingOf(id);
      if (posting === id) continue;
      let job = jobNumbers.get(posting);
      if (job === undefined) jobNumbers.set(posting, (job = jobNumbers.size));
      jobs[ordinal] = job;
    }
    // An offer that is its own posting while other offers are copies of it: the same job.
    if (jobNumbers.size > 0) {
      for (let ordinal = 0; ordinal < offerIds.length; ordinal++) {
        const job = jobs[ordinal] === ALONE ? jobNumbers.get(offerIds[ordinal]) : undefined;
        if (job !== undefined) jobs[ordinal] = job;
      }
    }
    this.offers = offerIds;
    this.flags = flags;
    this.jobs = jobs;
    this.met = new Uint32Array(jobNumbers.size * TALLIES);
    this.stamp = 0;
  }
}
