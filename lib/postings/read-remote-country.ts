import { sentenceAround } from './sentence-around';

/**
 * The country a fully remote job is to be worked from, when it names one: "Anywhere in the U.S.
 * (remote)", "This role can be performed from anywhere in Canada", "Remote, UK-only",
 * "télétravail depuis n'importe où en France". ISO 3166-1 alpha-2 codes, the countries of the
 * cities Vigie knows (known-cities.ts) and their neighbours; names as postings write them, in
 * English and French, capitalized ("US" is a country, "us" is not).
 */
const COUNTRIES: ReadonlyArray<{ code: string; names: readonly string[] }> = [
  { code: 'US', names: ['U\\.S\\.A\\.', 'U\\.S\\.', 'USA', 'US', 'United States', '[EÉ]tats-Unis'] },
  { code: 'CA', names: ['Canada'] },
  { code: 'FR', names: ['France'] },
  { code: 'GB', names: ['U\\.K\\.', 'UK', 'United Kingdom', 'Great Britain', 'England', 'Royaume-Uni', 'Angleterre'] },
  { code: 'IE', names: ['Ireland', 'Irlande'] },
  { code: 'BE', names: ['Belgium', 'Belgique'] },
  { code: 'CH', names: ['Switzerland', 'Suisse'] },
  { code: 'LU', names: ['Luxembourg'] },
  { code: 'DE', names: ['Germany', 'Allemagne'] },
  { code: 'NL', names: ['Netherlands', 'Pays-Bas'] },
  { code: 'ES', names: ['Spain', 'Espagne'] },
];

/** The codes readRemoteCountries gives. */
export const REMOTE_COUNTRY_CODES: readonly string[] = COUNTRIES.map(({ code }) => code);

const NAMES = COUNTRIES.flatMap(({ names }) => names).join('|');
const NOT_A_LETTER = '(?![\\p{L}\\p{N}])';
// "anywhere in the U.S.", "anywhere within Canada", "partout en France", "n'importe où au Canada".
const ANYWHERE = new RegExp(`(?:[Aa]nywhere\\s+(?:with)?in|(?:[Pp]artout|[Nn]['’]importe o[ùu])\\s+(?:en|au|aux))\\s+(?:the\\s+)?(${NAMES})${NOT_A_LETTER}`, 'u');
// A location that is remote work in a country: "Remote, Canada", "Remote (US)", "Télétravail – France", "UK-only".
const REMOTE_IN = new RegExp(
  `(?:[Rr]emote|REMOTE|[Tt][ée]l[ée]-?travail)[\\s,(–—:/-]+(?:(?:with)?in\\s+|from\\s+)?(?:the\\s+)?(${NAMES})${NOT_A_LETTER}|(?<![\\p{L}])(${NAMES})[\\s-]+(?:only|based)\\b`,
  'u',
);

// Further countries after the first: "the United States and Canada", "US or Canada", "France, Belgique et Suisse".
const ANOTHER_COUNTRY = new RegExp(`^\\s*(?:,|&|/|and|or|et|ou)\\s*(?:(?:in|en|au|aux)\\s+)?(?:the\\s+)?(${NAMES})${NOT_A_LETTER}`, 'u');

const CODE_BY_NAME = new Map(COUNTRIES.flatMap(({ code, names }) => names.map((name) => [new RegExp(`^(?:${name})$`, 'u'), code] as const)));

/**
 * The countries a fully remote job is limited to: said in its location (`locations`, the front
 * matter's and labeled lines, "Remote, Canada") or in a sentence of its text about where the job
 * is done ("can be performed from anywhere in the U.S.", "télétravail possible partout en France",
 * see WORK_PLACE). Empty when it names none: the job is then
 * taken as workable from anywhere.
 */
export function readRemoteCountries(locations: readonly string[], text: string): string[] {
  for (const location of locations) {
    const match = REMOTE_IN.exec(location) ?? ANYWHERE.exec(location);
    if (match) return countriesFrom(match, location);
  }
  if (!MAY_SAY_ANYWHERE.some((word) => text.includes(word))) return [];
  for (const match of text.matchAll(ANYWHERE_ALL)) {
    if (WORK_PLACE.test(sentenceAround(text, match.index).text)) return countriesFrom(match, text);
  }
  return [];
}

const ANYWHERE_ALL = new RegExp(ANYWHERE.source, 'gu');
// What every match of ANYWHERE holds after its first letter: most bodies have none, and V8 tries
// ANYWHERE (u flag, first letters as common as "a", "p" and "n") at every position of the body.
const MAY_SAY_ANYWHERE = ['nywhere', 'artout', 'importe'];
/**
 * A word saying that the sentence is about where the job is done or who may apply: "This role
 * can be performed from anywhere in Canada", "télétravail possible partout en France", "applicants
 * residing anywhere within the United States". Not the users ("des usagers partout en France"),
 * nor travel ("se déplacer partout en France").
 */
const WORK_PLACE =
  /(?<!\p{L})(?:remote|remotely|work|working|worked|performed|based|reside|residing|live|living|located|location|applicants?|candidates?|role|position|job|t[ée]l[ée]-?travail\w*|travailler|travaillez|exerc[ée]\w*|poste|r[ée]sid\w*|candidat\w*|bas[ée]e?s?)(?!\p{L})/iu;

/** Enough for a list of several countries' names, read after the first. */
const MAX_LIST_LENGTH = 200;

/** The country matched, then each one listed after it. */
function countriesFrom(match: RegExpExecArray, text: string): string[] {
  const names = [match[1] ?? match[2]!];
  const end = match.index + match[0].length;
  let rest = text.slice(end, end + MAX_LIST_LENGTH);
  for (let next = ANOTHER_COUNTRY.exec(rest); next; next = ANOTHER_COUNTRY.exec(rest)) {
    names.push(next[1]!);
    rest = rest.slice(next[0].length);
  }
  return [...new Set(names.map(codeOf).filter((code) => code !== undefined))];
}

function codeOf(name: string): string | undefined {
  for (const [pattern, code] of CODE_BY_NAME) if (pattern.test(name)) return code;
  return undefined;
}
