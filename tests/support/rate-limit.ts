export interface RateLimitState {
  limit: number;
  remaining: number;
  /** Epoch seconds, as GitHub's x-ratelimit-reset. */
  resetAt: number;
}

const HOUR_SECONDS = 3600;

/** GitHub's "core" budget for unauthenticated calls: 60 an hour, refilled at `resetAt`. */
export class RateLimit {
  #state: RateLimitState;

  constructor(start: Partial<RateLimitState> = {}) {
    const limit = start.limit ?? 60;
    this.#state = { limit, remaining: start.remaining ?? limit, resetAt: start.resetAt ?? nowSeconds() + HOUR_SECONDS };
  }

  set(change: Partial<RateLimitState>): void {
    this.#state = { ...this.#state, ...change };
  }

  /** Spends one call; false when the budget is already empty (the call must be refused). */
  take(): boolean {
    this.#refillIfDue();
    if (this.#state.remaining <= 0) return false;
    this.#state.remaining -= 1;
    return true;
  }

  /** Gives back a call GitHub does not charge (an authenticated 304). */
  refund(): void {
    this.#state.remaining = Math.min(this.#state.limit, this.#state.remaining + 1);
  }

  state(): RateLimitState {
    this.#refillIfDue();
    return { ...this.#state };
  }

  #refillIfDue(): void {
    if (nowSeconds() < this.#state.resetAt) return;
    this.#state = { ...this.#state, remaining: this.#state.limit, resetAt: nowSeconds() + HOUR_SECONDS };
  }
}

export function rateLimitHeaders(state: RateLimitState): Record<string, string> {
  return {
    'x-ratelimit-limit': String(state.limit),
    'x-ratelimit-remaining': String(state.remaining),
    'x-ratelimit-reset': String(state.resetAt),
    'x-ratelimit-used': String(state.limit - state.remaining),
    'x-ratelimit-resource': 'core',
  };
}

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}
