import { KNOWN_CITIES } from '../postings/known-cities';
import { REMOTE_COUNTRY_CODES } from '../postings/read-remote-country';
import { foldText } from '../text/fold';
import { PAIR_SEPARATOR, tokenizeQuery } from './tokenize';

/** Known cities as query words ("saintetienne"), each with the adjectives that name it in a body ("lyonnais"). */
export const CITY_WORDS: ReadonlyMap<string, readonly string[]> = new Map(
  KNOWN_CITIES.map(({ name, adjectives = [] }) => [tokenizeQuery(name).join(''), adjectives.map(foldText)]),
);

/**
 * The place term of a fully remote job that names no city: workable from anywhere, it answers a
 * city in a query (see planQuery). The pair separator alone: no query word can be it, complete
 * to it or be a typo of it, and it holds no word to show (see why-matched.ts).
 */
export const REMOTE_ANYWHERE_TERM = PAIR_SEPARATOR;

/** Each known city's country, by its query word ("ottawa" → "CA"). */
const CITY_COUNTRIES: ReadonlyMap<string, string> = new Map(KNOWN_CITIES.map(({ name, country = 'FR' }) => [tokenizeQuery(name).join(''), country]));

/**
 * The place term of a fully remote job naming no city: REMOTE_ANYWHERE_TERM, followed by a
 * country it is limited to when it says one (Offer.remoteCountries: "Anywhere in the U.S."), which
 * answers that country's cities only: a job for anywhere in the U.S. is no job in Paris.
 */
export function remotePlaceTerm(country?: string): string {
  return country === undefined ? REMOTE_ANYWHERE_TERM : REMOTE_ANYWHERE_TERM + country.toLowerCase();
}

/** The place terms of a fully remote job naming no city: one by country it is limited to, else the term of anywhere. */
export function remotePlaceTerms(countries: readonly string[] | undefined): string[] {
  return countries === undefined || countries.length === 0 ? [REMOTE_ANYWHERE_TERM] : countries.map(remotePlaceTerm);
}

/** Every place term of fully remote jobs (no pair of words starts with the separator). */
export function isRemotePlaceTerm(term: string): boolean {
  return term.startsWith(REMOTE_ANYWHERE_TERM);
}

/** The place terms that answer a city word: remote jobs from anywhere, and from anywhere in its country. */
export function remotePlaceTermsFor(cityWord: string): string[] {
  const country = CITY_COUNTRIES.get(cityWord);
  return country === undefined ? [REMOTE_ANYWHERE_TERM] : [REMOTE_ANYWHERE_TERM, remotePlaceTerm(country)];
}

/** Every place term an index may hold. */
export const REMOTE_PLACE_TERMS: readonly string[] = [REMOTE_ANYWHERE_TERM, ...REMOTE_COUNTRY_CODES.map(remotePlaceTerm)];
