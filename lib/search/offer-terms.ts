import type { Offer } from '../postings/types';
import { FIELD_BITS, type SearchField } from './field-weights';
import { tokenize } from './tokenize';

/** The offer fields that are searched, as the text of each. */
const FIELD_TEXTS: Record<SearchField, (offer: Offer) => string[]> = {
  title: (offer) => [offer.title],
  organization: (offer) => (offer.organization ? [offer.organization] : []),
  skills: (offer) => offer.skills,
  tags: (offer) => offer.tags,
  location: (offer) => (offer.location ? [offer.location] : []),
  body: (offer) => [offer.body],
};

/** Each distinct term of an offer, with the bits of the fields it occurs in. */
export function offerTerms(offer: Offer): Map<string, number> {
  const masks = new Map<string, number>();
  for (const [field, texts] of Object.entries(FIELD_TEXTS) as Array<[SearchField, (offer: Offer) => string[]]>) {
    const bit = FIELD_BITS[field];
    for (const text of texts(offer)) {
      for (const term of tokenize(text, { dropStopwords: field === 'body' })) {
        masks.set(term, (masks.get(term) ?? 0) | bit);
      }
    }
  }
  return masks;
}
