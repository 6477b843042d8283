/**
 * Where the "not interested" rules live in the settings table: under their own key (no schema
 * change), apart from the Settings object, as they are merged rule by rule (another browser, an
 * import), never replaced whole. Apart from lib/db/noise-store.ts, which holds their logic, so
 * that the popup's early reads (components/popup/first-reads.ts) load no more than these names.
 */
export const NOISE_RULES_KEY = 'notInterested';
/** Offer id → the word blocked anywhere it holds, for the popup, which reads summaries without text. */
export const WORD_HITS_KEY = 'notInterestedWordHits';
