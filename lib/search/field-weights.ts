/**
 * How much a term found in each field of an offer counts. A term's postings keep one bit per
 * field it occurs in, so an offer's weight for a term is the sum over those fields: a word in
 * the title and the body outweighs the same word in the title alone. Title (the role) first,
 * then skills, organization, tags and place, then the body.
 */
export const FIELD_WEIGHTS = {
  title: 10,
  skills: 6,
  organization: 4,
  tags: 4,
  location: 3,
  body: 1,
} as const;

export type SearchField = keyof typeof FIELD_WEIGHTS;

/**
 * The parts of a body that are not the job (about us, the team's roster, how to apply; see
 * lib/text/body-sections.ts). A term found only there is kept apart from the fields' masks, in its
 * own postings, and weighs this much.
 */
export const ASIDE_WEIGHT = 0.15;

const FIELDS = Object.keys(FIELD_WEIGHTS) as SearchField[];

/** The bit of each field in a postings mask. */
export const FIELD_BITS = Object.fromEntries(FIELDS.map((field, index) => [field, 1 << index])) as Record<
  SearchField,
  number
>;

/** Every field's bit: masks are written as one digit of 6 bits (see postings-list.ts). */
export const ALL_FIELD_BITS = (1 << FIELDS.length) - 1;

/** A bit beyond the mask's, marking a term seen in the body's aside, for offerTerms' callers only. */
export const ASIDE_BIT = 1 << FIELDS.length;

/** Weight of every possible mask under some field weights, precomputed: it is read once per posting. */
export function maskWeights(weights: Record<SearchField, number>): Float64Array {
  return Float64Array.from({ length: 1 << FIELDS.length }, (_, mask) =>
    FIELDS.reduce((sum, field) => (mask & FIELD_BITS[field] ? sum + weights[field] : sum), 0),
  );
}

export const MASK_WEIGHTS: Float64Array = maskWeights(FIELD_WEIGHTS);

/**
 * A city named in a query is first a place to work: matched in the location field, it
 * counts as much as in the title ("développeur Lyon").
 */
export const CITY_MASK_WEIGHTS: Float64Array = maskWeights({ ...FIELD_WEIGHTS, location: FIELD_WEIGHTS.title });
