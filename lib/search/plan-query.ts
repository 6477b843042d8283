import type { BigramIndex } from './bigram-index';
import { CITY_WORDS, isRemotePlaceTerm, remotePlaceTermsFor } from './city-words';
import { expandWord, type TermGroup, type WordExpansion } from './expand-word';
import type { QueryWord } from './parse-query';
import { findSynonyms, inStack, pluralPairs, SHORT_FIELDS_ONLY, STACK_NEIGHBOURS } from './synonyms';
import { PAIR_SEPARATOR } from './tokenize';
import type { Vocabulary } from './vocabulary';

/** A synonym found in one offer: a little below the word itself, above a completion or a typo. */
const SYNONYM_QUALITY = 0.9;
/**
 * A synonym of several words ("chef de produit" for "po"), all found in one offer's short
 * fields (title, skills…), or side by side as written anywhere: scattered through a body,
 * "business" and "developer" say nothing of a business developer.
 */
const SYNONYM_GROUP_QUALITY = 0.85;
/** A role holding the word's ("fullstack" for "frontend"), in a title, skills or tags: above the word in a text, below it in a title. */
const BROADER_QUALITY = 0.5;
/** "lyonnais" in a body for "lyon": the place, said another way. */
const CITY_ADJECTIVE_QUALITY = 0.8;
/**
 * A fully remote job naming no city, for a city in the query: it can be worked from there, but
 * the seeker asked for the place. It only half covers the word (see CREDIT), ranking below every
 * posting that names the city (as its place or in its text) and holds the query's other words.
 */
const REMOTE_ANYWHERE_QUALITY = 0.5;

/** What a query word is looked up as: itself, its synonyms in this query, and whether it names a city. */
export interface WordPlan {
  word: QueryWord;
  /** Other expressions standing for the word (or for a phrase the word is part of), as words. */
  synonyms: string[][];
  /** Expressions of the roles that hold the word's (see BROADER_ROLES), as words. */
  broader: string[][];
  /** Expressions of the role a title names instead of the word's (see OTHER_ROLES), as words. */
  otherRole: string[][];
  /** The word names a known city: its location field weighs as a title (see CITY_MASK_WEIGHTS). */
  city: boolean;
  /** Identifies what the word's hits depend on, for caching them. */
  key: string;
}

/** Plans each word of a parsed query; stopwords have no synonyms. */
export function planQuery(words: QueryWord[]): WordPlan[] {
  const content = words.flatMap((word, index) => (word.optional ? [] : [index]));
  // A city alone asks for the place itself: every remote job would answer "nice" or "tours".
  const withRemote = content.length > 1;
  const synonyms = words.map((word): string[][] => cityAlternatives(word.text, withRemote));
  const broader = words.map((): string[][] => []);
  const otherRole = words.map((): string[][] => []);
  for (const match of findSynonyms(content.map((index) => words[index]!.text))) {
    for (let position = match.from; position <= match.to; position++) {
      synonyms[content[position]!]!.push(...match.alternatives);
      broader[content[position]!]!.push(...match.broader);
      otherRole[content[position]!]!.push(...match.other);
    }
  }
  const expressions = (list: string[][]) => list.map((words) => words.join('+')).join('|');
  return words.map((word, index) => ({
    word,
    synonyms: synonyms[index]!,
    broader: broader[index]!,
    otherRole: otherRole[index]!,
    city: CITY_WORDS.has(word.text),
    key: `${word.prefix ? 'prefix' : 'word'}:${word.text}|${expressions(synonyms[index]!)}>${expressions(broader[index]!)}!${expressions(otherRole[index]!)}`,
  }));
}

/** What else a city word is found as: its adjectives in a body, and, `withRemote`, fully remote jobs' place terms. */
function cityAlternatives(word: string, withRemote: boolean): string[][] {
  const adjectives = CITY_WORDS.get(word);
  if (!adjectives) return [];
  return (withRemote ? [...adjectives, ...remotePlaceTermsFor(word)] : adjectives).map((term) => [term]);
}

/**
 * Where a synonym of several words stands for the word: all its words in one offer's short
 * fields; its words side by side as written, anywhere (see phrasePairs); or so in the plural
 * ("business developers"), each pair as written or in a plural the index holds.
 */
function phraseGroups(words: string[], ids: Array<number | undefined>, vocabulary: Vocabulary): TermGroup[] {
  const groups: TermGroup[] = [];
  if (ids.every((id) => id !== undefined)) groups.push({ terms: ids as number[], quality: SYNONYM_GROUP_QUALITY, reach: 'head' });
  const pairs = words.slice(1).map((word, i) => vocabulary.idOf(words[i] + PAIR_SEPARATOR + word));
  if (pairs.every((pair) => pair !== undefined)) groups.push({ terms: pairs as number[], quality: SYNONYM_GROUP_QUALITY, reach: 'all' });
  const plurals = words.slice(1).map((word, i) => pluralPairs(words[i]!, word).map((pair) => vocabulary.idOf(pair)).find((id) => id !== undefined) ?? pairs[i]);
  if (plurals.every((pair) => pair !== undefined) && plurals.some((pair, i) => pair !== pairs[i])) {
    groups.push({ terms: plurals as number[], quality: SYNONYM_GROUP_QUALITY, reach: 'all' });
  }
  return groups;
}

/** The terms a planned word stands for in this vocabulary: its own (see expandWord) and its synonyms'. */
export function expandPlan(plan: WordPlan, vocabulary: Vocabulary, bigrams: BigramIndex): WordExpansion {
  // A city's name as written is the place asked for: its close words are other places ("lyon", "london").
  const expansion = expandWord(plan.word, vocabulary, bigrams, { typos: !plan.city });
  const known = new Map(expansion.terms.map((match) => [match.term, match]));
  for (const words of plan.synonyms) {
    const ids = words.map((word) => vocabulary.idOf(word));
    if (ids.length > 1) {
      expansion.groups.push(...phraseGroups(words, ids, vocabulary));
      continue;
    }
    if (ids[0] === undefined) continue;
    const remote = isRemotePlaceTerm(words[0]!);
    const quality = remote ? REMOTE_ANYWHERE_QUALITY : plan.city ? CITY_ADJECTIVE_QUALITY : SYNONYM_QUALITY;
    const term = ids[0]!;
    const match = known.get(term);
    if (match && match.quality >= quality) continue;
    const better = { term, quality, reach: SHORT_FIELDS_ONLY.has(words[0]!) ? ('head' as const) : ('all' as const), sure: !remote };
    if (match) expansion.terms[expansion.terms.indexOf(match)] = better;
    else expansion.terms.push(better);
    known.set(term, better);
    // A short fields' synonym in a text, beside a technology ("angular, react ou vue").
    const inText = STACK_NEIGHBOURS.has(words[0]!) ? vocabulary.idOf(inStack(words[0]!)) : undefined;
    if (inText !== undefined) expansion.terms.push({ term: inText, quality, reach: 'job', sure: true });
  }
  for (const words of plan.broader) {
    const ids = words.map((word) => vocabulary.idOf(word));
    if (ids.some((id) => id === undefined)) continue;
    if (ids.length > 1) {
      expansion.groups.push({ terms: ids as number[], quality: BROADER_QUALITY, reach: 'head', sure: false });
    } else if (!known.has(ids[0]!)) {
      // It half covers the word: a posting naming the word itself, even in its text, comes first.
      const match = { term: ids[0]!, quality: BROADER_QUALITY, reach: 'head' as const, sure: false };
      expansion.terms.push(match);
      known.set(match.term, match);
    }
  }
  return expansion;
}
