import { foldText } from '../text/fold';
import { lineAt } from '../text/line-at';
import { accentPattern } from './accent-pattern';
import { groupedAlternation } from './grouped-alternation';
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
// "à Paris", "sur Lyon", "depuis Nantes", "based in London": a preposition just before the name.
const PREPOSITION_BEFORE = /(?:^|[^A-Za-zÀ-ÿ])(?:à|au|sur|depuis|dans|en|in|near) $/i;
// "Remote, UK-only", "Anywhere in the U.S.", "Télétravail": no place to go to.
const NO_PLACE = /^(?:remote|anywhere|worldwide|partout|t[ée]l[ée]-?travail|100\s?%|full[- ]?remote|[àa] distance|flexible|home[- ]based|n\/a|tbd|various)\b/i;
// "Near Redruth", "Greater London", "près de Lyon"
const AROUND = /^(?:near|greater|close to|outside|près de|proche de|région de|region of)\s+/i;
// A place name: capitalized words, with the particles of French and English place names between them.
const PLACE_NAME = /^[A-ZÀ-Þ][\p{L}'’.-]*(?:[ -](?:(?:de|du|des|la|le|les|sur|en|lès|d['’]|l['’]|of|upon|on|the)[ -])*[A-ZÀ-Þ0-9][\p{L}\d'’.-]*){0,4}$/u;
const ADJECTIVES = KNOWN_CITIES.flatMap(({ name, adjectives = [] }) => adjectives.map((adjective) => [adjective, name] as const));
const ADJECTIVE_PATTERNS = ADJECTIVES.map(([adjective]) => accentPattern(adjective));
// The first adjective only is read: one search, from the character before it (a lookbehind at
// the start had V8 try it at every position; a non-letter first is tried at fewer). Grouped by
// their opening letters, the adjectives cost a fifth less to look for; followed by no letter,
// the one found is the same.
const FIRST_CITY_ADJECTIVE = new RegExp(`(?:^|[^A-Za-zÀ-ÿ])(${groupedAlternation(ADJECTIVE_PATTERNS, { ignoreCase: true })})(?![A-Za-zÀ-ÿ])`, 'i');
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
  const city = cityAfterPreposition(text) ?? FIRST_CITY_ADJECTIVE.exec(text)?.[1];
  return city === undefined ? undefined : canonicalCity(city);
}

// "déplacements occasionnels à Ottawa", "travel to London": somewhere one goes, not where one works.
const TRAVEL_BEFORE = /(?:d[ée]placements?|travel(?:ling)?|trips?)\b[^.\n]{0,30}$/i;
// "* [Marie](…) : intrapreneure, basée à Marseille": a member of the team, not the post.
const ROSTER_LINE = /^[ \t]*[-*+•][ \t]*\p{Lu}[\p{L}’'-]*(?:[ \t]+\p{Lu}[\p{L}.’'-]*)?[ \t]*:/u;

// TRAVEL_BEFORE's longest match ("deplacements" and 30 more characters) fits in this window.
const TRAVEL_WINDOW = 50;

function cityAfterPreposition(text: string): string | undefined {
  // The line of the last city tried: a long line of cities ("déplacements à Paris, " × 4,000)
  // searched back to its start once, not once per city.
  let line = { start: 0, end: -1 };
  for (const match of CITY_NAME.matchAll(text)) {
    if (!PREPOSITION_BEFORE.test(text.slice(Math.max(0, match.index - 8), match.index))) continue;
    if (match.index > line.end) line = lineAt(text, match.index);
    const travel = TRAVEL_BEFORE.test(text.slice(Math.max(line.start, match.index - TRAVEL_WINDOW), match.index));
    if (!travel && !ROSTER_LINE.test(text.slice(line.start, match.index))) return match[0];
  }
  return undefined;
}

/**
 * The city of a written location: a known city anywhere in it, else its first part when that is a
 * place name ("Near Redruth, Cornwall, UK" → "Redruth", "Iowa City, IA" → "Iowa City"); never a
 * phrase ("télétravail encouragé") nor a remote mention ("Remote, UK-only").
 */
function normalizeLocation(value: string): string | undefined {
  const text = markdownToLine(value.slice(0, MAX_LOCATION_TEXT));
  const city = CITY.exec(text)?.[0];
  if (city !== undefined) return canonicalCity(city);
  if (NO_PLACE.test(text)) return undefined;
  const place = (text.split(/[,;(/]|\s[—–-]\s/)[0] ?? '').trim().replace(AROUND, '').replace(/[\s.]+$/, '');
  return PLACE_NAME.test(place) ? place.slice(0, LIMITS.maxFieldText) : undefined;
}

function canonicalCity(written: string): string {
  return CITY_BY_FOLDED_NAME.get(foldText(written)) ?? written;
}
