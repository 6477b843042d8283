import { foldText } from '../text/fold';
import { inclusiveForms } from './inclusive-forms';
import { STOPWORDS } from './stopwords';

/**
 * Names whose symbols the word splitter would lose ("C++" and "C#" would both become "c"),
 * rewritten to a word before splitting, in documents and queries alike.
 */
const SYMBOL_NAMES: ReadonlyArray<[RegExp, string]> = [
  [/(?<![\p{L}\p{N}])c\+\+/gu, ' cpp '],
  [/(?<![\p{L}\p{N}])c#/gu, ' csharp '],
  [/(?<![\p{L}\p{N}])f#/gu, ' fsharp '],
  [/(?<![\p{L}\p{N}])\.net(?![\p{L}\p{N}])/gu, ' dotnet '],
];
const MAY_HOLD_SYMBOL_NAME = /[+#]|\.net/;

/** Links are mostly noise (hashes, paths) that would bloat the vocabulary. */
const URL_PATTERN = /\b(?:https?:\/\/|www\.)\S+/g;

/**
 * A word, possibly made of parts joined by a hyphen, a dot or an inclusive-writing point:
 * "full-stack", "Vue.js", "développeur·se", "data.gouv.fr". Letters are Unicode ranges
 * rather than \p{L}: the `u` flag makes this, the hot loop of indexing, three times slower.
 * The ranges take in combining accents, since words are folded after being cut out; a lone
 * mark (the emoji variation selector in "⭐️") folds to nothing and is dropped.
 */
const LETTER = 'a-z0-9\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u1fff\\u2c00-\\u2dff\\u2e80-\\ud7ff\\uf900-\\ufdcf\\ufdf0-\\ufe1f\\ufe70-\\uffef';
const COMPOUND_PATTERN = new RegExp(`[${LETTER}]+(?:[-.·‧•][${LETTER}]+)*`, 'g');
const JOINERS = /[-.·‧•]/;
const NON_ASCII = /[^\x00-\x7f]/;

/** Longer runs are hashes or identifiers, not words anyone types. */
const MAX_TERM_LENGTH = 30;

export interface TokenizeOptions {
  /** Leave out French and English stopwords (for long texts such as a posting's body). */
  dropStopwords?: boolean;
}

/**
 * The folded terms of a text (see foldText), for indexing. A compound yields its parts, its
 * joined form and the words of its inclusive writing, so "full-stack" is found by "full",
 * "stack" and "fullstack", "Vue.js" by "vuejs", "développeur·euse" by "developpeuse".
 */
export function tokenize(text: string, { dropStopwords = false }: TokenizeOptions = {}): string[] {
  const terms: string[] = [];
  const keep = (term: string) => {
    if (term.length === 0 || term.length > MAX_TERM_LENGTH) return;
    if (dropStopwords && STOPWORDS.has(term)) return;
    terms.push(term);
  };
  for (const compound of splitCompounds(text)) {
    if (!JOINERS.test(compound)) {
      keep(compound);
      continue;
    }
    const parts = compound.split(JOINERS);
    for (const part of parts) keep(part);
    keep(parts.join(''));
    for (const form of inclusiveForms(parts)) keep(form);
  }
  return terms;
}

/** Separates the two words of a pair term: no word holds it, and a pair never completes a prefix the seeker types. */
export const PAIR_SEPARATOR = ' ';
/** Parts of a compound shorter than this ("e" of "chargé·e") make no pair anyone types. */
const MIN_PAIR_PART_LENGTH = 2;

/**
 * Terms for the words that stand together in a text (a title): "data scientist" gives
 * "data scientist", so that a query naming both words in that order ranks the title first.
 * Stopwords are skipped ("chargé de déploiement" gives "charge deploiement"); a compound
 * stands by each of its forms ("développeur·euse full-stack" gives "developpeuse fullstack",
 * "developpeur full", "full stack"…).
 */
export function adjacentPairs(text: string): string[] {
  const pairs = new Set<string>();
  let previous: string[] = [];
  for (const compound of splitCompounds(text)) {
    const allParts = compound.split(JOINERS);
    const parts = allParts.filter((part) => part.length >= MIN_PAIR_PART_LENGTH);
    const joined = allParts.join('');
    if (parts.length === 0 || joined.length > MAX_TERM_LENGTH || STOPWORDS.has(joined)) continue;
    const inclusive = inclusiveForms(allParts);
    const forms = new Set([joined, parts[0]!, parts.at(-1)!, ...inclusive]);
    // The parts of "full-stack" stand together; those of "développeur·euse" are one word.
    if (inclusive.length === 0) for (let i = 1; i < parts.length; i++) pairs.add(parts[i - 1] + PAIR_SEPARATOR + parts[i]);
    for (const left of previous) for (const right of forms) pairs.add(left + PAIR_SEPARATOR + right);
    previous = [...forms];
  }
  return [...pairs];
}

/**
 * The folded words of a query, a compound counting as one word in its joined form:
 * the index holds that form for every compound it has seen.
 */
export function tokenizeQuery(query: string): string[] {
  return splitCompounds(query)
    .map((compound) => compound.split(JOINERS).join(''))
    .filter((word) => word.length > 0 && word.length <= MAX_TERM_LENGTH);
}

export function isStopword(term: string): boolean {
  return STOPWORDS.has(term);
}

/**
 * Accented words already folded. Cutting before folding, and folding each distinct accented
 * word once, makes indexing several times faster than folding whole bodies: most words are
 * plain ASCII, and French bodies repeat the same accented ones. Emptied when full.
 */
const FOLDED = new Map<string, string>();
const FOLDED_CAPACITY = 50_000;

function splitCompounds(text: string): string[] {
  let lower = text.toLowerCase().replace(URL_PATTERN, ' ');
  if (MAY_HOLD_SYMBOL_NAME.test(lower)) {
    for (const [pattern, name] of SYMBOL_NAMES) lower = lower.replace(pattern, name);
  }
  const compounds = lower.match(COMPOUND_PATTERN) ?? [];
  for (let i = 0; i < compounds.length; i++) {
    const compound = compounds[i]!;
    if (NON_ASCII.test(compound)) compounds[i] = fold(compound);
  }
  return compounds;
}

function fold(word: string): string {
  let folded = FOLDED.get(word);
  if (folded !== undefined) return folded;
  if (FOLDED.size >= FOLDED_CAPACITY) FOLDED.clear();
  folded = foldText(word);
  FOLDED.set(word, folded);
  return folded;
}
