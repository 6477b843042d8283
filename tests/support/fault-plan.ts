import { mulberry32 } from './mulberry32';

export const FAULT_KINDS = ['status500', 'status502', 'reset', 'timeout', 'truncated', 'delay', 'ratelimit'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];
export type FaultTarget = 'listing' | 'tree' | 'raw';

export interface FaultOptions {
  /** Chance, from 0 to 1, that an eligible request fails. */
  probability: number;
  kinds?: readonly FaultKind[];
  /** Same seed and same request order give the same faults. */
  seed: number;
  /** Which requests may fail: listings (GitHub contents, GitLab tree), git trees (GitHub), raw downloads; all by default. */
  on?: readonly FaultTarget[];
  /** How long a 'delay' fault holds the answer; 2 s unless told. */
  delayMs?: number;
  /** How far ahead a 'ratelimit' fault puts x-ratelimit-reset; 3 s unless told. */
  rateLimitResetSeconds?: number;
}

/** Decides, request after request, which one fails and how, from a seeded PRNG. */
export class FaultPlan {
  readonly delayMs: number;
  readonly rateLimitResetSeconds: number;
  readonly #options: FaultOptions;
  readonly #kinds: readonly FaultKind[];
  readonly #random: () => number;

  constructor(options: FaultOptions) {
    if (!(options.probability >= 0 && options.probability <= 1)) throw new Error(`probability ${options.probability} is not in [0, 1]`);
    this.#options = options;
    this.#kinds = options.kinds?.length ? options.kinds : FAULT_KINDS;
    this.#random = mulberry32(options.seed);
    this.delayMs = options.delayMs ?? 2000;
    this.rateLimitResetSeconds = options.rateLimitResetSeconds ?? 3;
  }

  /** The fault for the next eligible request, or undefined when it goes through. */
  next(target: FaultTarget): FaultKind | undefined {
    if (!(this.#options.on ?? ['listing', 'tree', 'raw']).includes(target)) return undefined;
    const roll = this.#random();
    const pick = this.#random();
    if (roll >= this.#options.probability) return undefined;
    return this.#kinds[Math.floor(pick * this.#kinds.length)];
  }
}
