import type { Offer } from '../postings/types';
import { splitBody } from '../text/body-sections';
import { remotePlaceTerms } from './city-words';
import { ASIDE_BIT, FIELD_BITS, type SearchField } from './field-weights';
import { phrasePairs, stackTerms } from './synonyms';
import { adjacentPairs, tokenize } from './tokenize';

/** The offer fields that are searched, as the text of each; the body without its aside (see lib/text/body-sections.ts). */
const FIELD_TEXTS: Record<SearchField, (offer: Offer, job: string) => string[]> = {
  title: (offer) => [offer.title],
  organization: (offer) => (offer.organization ? [offer.organization] : []),
  skills: (offer) => offer.skills,
  tags: (offer) => offer.tags,
  location: (offer) => (offer.location ? [offer.location] : []),
  body: (_, job) => [job],
};

/**
 * Each distinct term of an offer, with the bits of the fields it occurs in; ASIDE_BIT for a
 * term of the body's aside; the title's adjacent pairs (see adjacentPairs), as title terms;
 * in every field, the pairs of words of the synonyms' expressions (see phrasePairs); and, as the
 * place of a fully remote job that names none, REMOTE_ANYWHERE_TERM.
 */
export function offerTerms(offer: Offer): Map<string, number> {
  const masks = new Map<string, number>();
  const add = (term: string, bit: number) => masks.set(term, (masks.get(term) ?? 0) | bit);
  const addTerms = (terms: string[], bit: number) => {
    for (const term of terms) add(term, bit);
    for (const pair of phrasePairs(terms)) add(pair, bit);
  };
  const { job, aside } = splitBody(offer.body);
  for (const [field, texts] of Object.entries(FIELD_TEXTS) as Array<[SearchField, (offer: Offer, job: string) => string[]]>) {
    const bit = FIELD_BITS[field];
    for (const text of texts(offer, job)) addTerms(tokenize(text, { dropStopwords: field === 'body' }), bit);
  }
  for (const term of stackTerms(tokenize(job))) add(term, FIELD_BITS.body);
  addTerms(tokenize(aside, { dropStopwords: true }), ASIDE_BIT);
  for (const pair of adjacentPairs(offer.title)) add(pair, FIELD_BITS.title);
  if (offer.remote === 'full' && !offer.location) for (const place of remotePlaceTerms(offer.remoteCountries)) add(place, FIELD_BITS.location);
  return masks;
}
