import { KNOWN_CITIES } from '../postings/known-cities';
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
