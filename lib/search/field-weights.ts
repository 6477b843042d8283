/**
 * How much a term found in each field of an offer counts. A term's postings keep one bit per
 * field it occurs in, so an offer's weight for a term is the sum over those fields: a word in
 * the title and the body outweighs the same word in the title alone.
 */
export const FIELD_WEIGHTS = {
  title: 10,
  skills: 8,
  organization: 6,
  tags: 5,
  location: 4,
  body: 1,
} as const;

export type SearchField = keyof typeof FIELD_WEIGHTS;

const FIELDS = Object.keys(FIELD_WEIGHTS) as SearchField[];

/** The bit of each field in a postings mask. */
export const FIELD_BITS = Object.fromEntries(FIELDS.map((field, index) => [field, 1 << index])) as Record<
  SearchField,
  number
>;

/** Weight of every possible mask, precomputed: it is read once per posting during a search. */
export const MASK_WEIGHTS: Float64Array = Float64Array.from({ length: 1 << FIELDS.length }, (_, mask) =>
  FIELDS.reduce((sum, field) => (mask & FIELD_BITS[field] ? sum + FIELD_WEIGHTS[field] : sum), 0),
);
