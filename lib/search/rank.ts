import type { OfferStatus } from '../postings/types';

/**
 * Score multiplier by status: an open posting ranks above a closed one matching as well.
 * Kept small, with the recency bonus, so that together they never lift a word found in the
 * skills and the body above the same word in a title (6 + 1 < 10 / 1.38).
 */
const STATUS_BOOST: Record<OfferStatus, number> = { open: 1.2, unknown: 1.1, closed: 1 };

/** The newest posting gets up to this much extra score, halved every half-life of age. */
const RECENCY_BONUS = 0.15;
const RECENCY_HALF_LIFE_DAYS = 365;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date, NaN when absent or unreadable. */
export function postedDay(postedAt: string | undefined): number {
  return postedAt ? Math.floor(Date.parse(postedAt) / DAY_MS) : NaN;
}

/**
 * Multiplier applied to an offer's match score. Age is counted from the newest posting in
 * the index rather than from today, so that ranking does not drift between two syncs.
 */
export function offerBoost(status: OfferStatus, day: number, newestDay: number): number {
  const recency = Number.isNaN(day) ? 0 : RECENCY_BONUS * 0.5 ** ((newestDay - day) / RECENCY_HALF_LIFE_DAYS);
  return STATUS_BOOST[status] * (1 + recency);
}

/** Status rank for the empty query's order: open first, closed last. */
const BROWSING_RANK: Record<OfferStatus, number> = { open: 2, unknown: 1, closed: 0 };
/** More days than any posting date will reach (year 2243), so the status rank dominates. */
const DAYS_SPAN = 100_000;

/** Sort key of the empty query, higher first: open before closed, then most recent; undated last. */
export function browsingKey(status: OfferStatus, day: number): number {
  return BROWSING_RANK[status] * DAYS_SPAN + (Number.isNaN(day) ? 0 : Math.max(0, day + 1));
}
