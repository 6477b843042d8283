import { foldText } from '../text/fold';
import { accentPattern } from './accent-pattern';
import { KNOWN_CITIES } from './known-cities';
import { LIMITS } from './limits';
import { markdownToLine } from './markdown-to-text';
import { quickPattern } from './quick-pattern';

const MAX_LOCATION_TEXT = 400;
const CITY_PATTERNS = KNOWN_CITIES.map(({ name }) => accentPattern(name));
const CITY_NAMES = CITY_PATTERNS.join('|');
// Case-sensitive: "Nice", "Tours" and "Valence" are cities, "nice", "tours" and "valence" are words.
const CITY = new RegExp(`(?<![A-Za-zÀ-ÿ\\d-])(?:${CITY_NAMES})(?![A-Za-zÀ-ÿ-])`);
// Searched in a whole body: see quickPattern.
const CITY_NAME = quickPattern(`(?:${CITY_NAMES})(?![A-Za-zÀ-ÿ-])`, CITY_PATTERNS);
// "à Paris", "sur Lyon", "depuis Nantes": a preposition just before the name.
const PREPOSITION_BEFORE = /(?:^|[^A-Za-zÀ-ÿ])(?:à|au|sur|depuis|dans|en) $/i;
const ADJECTIVES = KNOWN_CITIES.flatMap(({ name, adjectives = [] }) => adjectives.map((adjective) => [adjective, name] as const));
const ADJECTIVE_PATTERNS = ADJECTIVES.map(([adjective]) => accentPattern(adjective));
const CITY_ADJECTIVE = quickPattern(`(?<![A-Za-zÀ-ÿ])(${ADJECTIVE_PATTERNS.join('|')})(?![A-Za-zÀ-ÿ])`, ADJECTIVE_PATTERNS, 'i');
const CITY_BY_FOLDED_NAME = new Map<string, string>([
  ...KNOWN_CITIES.map(({ name }) => [foldText(name), name] as const),
  ...ADJECTIVES.map(([adjective, name]) => [foldText(adjective), name] as const),
]);

/**
 * Where the job is: a front-matter value, else a labeled line ("Lieu : Paris, France"), else a city
 * named in the body ("à Paris", "nos bureaux parisiens"). Reduced to the city when one is known.
 */
export function readLocation(declared: string | undefined, labeled: readonly string[], text: string): string | undefined {
  const written = declared ?? labeled[0];
  if (written !== undefined) return normalizeLocation(written);
  const city = cityAfterPreposition(text) ?? CITY_ADJECTIVE.matchAll(text)[0]?.[1];
  return city === undefined ? undefined : canonicalCity(city);
}

function cityAfterPreposition(text: string): string | undefined {
  for (const match of CITY_NAME.matchAll(text)) {
    if (PREPOSITION_BEFORE.test(text.slice(Math.max(0, match.index - 8), match.index))) return match[0];
  }
  return undefined;
}

function normalizeLocation(value: string): string | undefined {
  const text = markdownToLine(value.slice(0, MAX_LOCATION_TEXT));
  const city = CITY.exec(text)?.[0];
  if (city !== undefined) return canonicalCity(city);
  // "Lieu de travail : télétravail encouragé ; nombreux déplacements…": the place is the first clause.
  const place = text.split(/[;(]/)[0]?.replace(/(?<![\s.,])[\s.,]+$/, '') ?? '';
  return place === '' ? undefined : place.slice(0, LIMITS.maxFieldText);
}

function canonicalCity(written: string): string {
  return CITY_BY_FOLDED_NAME.get(foldText(written)) ?? written;
}
