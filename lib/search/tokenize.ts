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
