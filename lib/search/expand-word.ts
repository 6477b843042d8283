import type { BigramIndex } from './bigram-index';
import { editDistance } from '../text/edit-distance';
import type { QueryWord } from './parse-query';
import { TECHNOLOGY_WORDS } from './technology-words';
import { PAIR_SEPARATOR } from './tokenize';
import type { Vocabulary } from './vocabulary';

/** Which postings of a term a search reads: short fields only, the job's text too, or the aside as well. */
export type Reach = 'head' | 'job' | 'all';

export interface TermMatch {
  term: number;
  /** 1 for the word itself, less for a synonym, a completion or a typo. */
  quality: number;
  reach: Reach;
  /**
   * The match stands for the word: the word itself, a synonym, a completion of the word being
   * typed, or a typo's likely correction. A close word that is not one (the seeker typed
   * "data", a real word, and a posting says "date") counts, but does not cover the word.
   */
  sure: boolean;
  /** A likely correction of a typo'd word (see likelyCorrections). */
  correction?: true;
}

/** Terms that, all found in one offer, stand for the word: "full" + "stack" for "fullstack". */
export interface TermGroup {
  terms: number[];
  quality: number;
  reach: Reach;
  /** As TermMatch.sure; a group stands for the word unless it says otherwise. */
  sure?: boolean;
}

export interface WordExpansion {
  terms: TermMatch[];
  groups: TermGroup[];
}

const EXACT_QUALITY = 1;
/** A completion of the word being typed: more when it is already mostly typed. */
const PREFIX_QUALITY = { base: 0.7, typedShare: 0.25 };
/**
 * A typo'd match, by how many edits it takes: one typo is a common slip, two are a guess that
 * must never outweigh a word matched as typed.
 */
const TYPO_QUALITY: Record<number, number> = { 1: 0.6, 2: 0.25 };
/**
 * A query word found in the index as typed is a word, not a typo: a neighbour one edit away is
 * its correction only when this many times more common ("developeur", in one posting, for
 * "developpeur" in 34; see isTypoOf for two edits).
 */
const CORRECTION_FREQUENCY_RATIO = 5;
/**
 * The word's singular or plural ("designers" for "designer", "développeur" for "développeurs"):
 * the same word, a little below it, above a synonym. One edit away, it would otherwise count as
 * a typo, and only half-cover the word when the word is common as typed.
 */
const NUMBER_QUALITY = 0.95;
/** A word shorter than this loses more than its number with an "s" ("bus", "ops"). */
const MIN_SINGULAR_LENGTH = 4;
/** The word's halves side by side: a little below the word itself. */
const SPLIT_QUALITY = 0.8;
/** Shorter halves are mostly noise ("de" + "signer" for "designer"). */
const MIN_SPLIT_PART_LENGTH = 3;
/**
 * Halves found apart in an offer stand for the word only when both are this long: a shorter
 * one is a word of its own, or a part of another compound ("end" of a title's "Back-End" with
 * "front" of "Front-End Developers" is no front end; "dev" and "ops" apart are no devops).
 */
const MIN_APART_PART_LENGTH = 4;
/** Shorter words match too much of the vocabulary with a typo allowed ("java" → "jaws"). */
const MIN_FUZZY_LENGTH = 4;
/** Terms compared with the word: plenty for a typo, few enough to stay under a millisecond. */
const FUZZY_CANDIDATES = 200;

/**
 * A prefix this short, being typed, only completes words of the short fields ("ux" still
 * finds "ux" in a body, but "uxui" only in a title or a skill). Every body has words
 * starting with any letter: the first keystroke would list every offer, after reading a
 * million postings at 50,000 offers. From three letters on, completions are searched in bodies.
 */
const HEAD_ONLY_PREFIX_LENGTH = 2;
/** Completions of a longer prefix looked up in bodies, the commonest first (see commonest). */
const MAX_COMPLETIONS_IN_BODIES = 40;

/** Typos allowed in a word of this length: none under four letters, one up to five, two from six ("pyhton"). */
function maxEdits(length: number): number {
  return length >= 6 ? 2 : 1;
}

/**
 * The vocabulary terms a query word stands for, each with how well it matches. `typos: false` for
 * a word that is already a known name ("lyon" is a city, not a typo of "london").
 */
export function expandWord(word: QueryWord, vocabulary: Vocabulary, bigrams: BigramIndex, { typos = true } = {}): WordExpansion {
  const best = new Map<number, TermMatch>();
  const consider = (match: TermMatch) => {
    const known = best.get(match.term);
    if (!known || match.quality > known.quality) best.set(match.term, match);
  };
  const exact = vocabulary.idOf(word.text);
  if (exact !== undefined) consider({ term: exact, quality: EXACT_QUALITY, reach: 'all', sure: true });
  // A word being typed that starts some term as typed is completed as typed, never with a typo as well ("domifa" is not "domina…").
  let completesAsTyped = false;
  if (word.prefix) {
    const completions = [...vocabulary.withPrefix(word.text)].filter((term) => !vocabulary.terms[term]!.includes(PAIR_SEPARATOR));
    const inBodies = word.text.length <= HEAD_ONLY_PREFIX_LENGTH ? new Set<number>() : commonest(completions, vocabulary);
    for (const term of completions) {
      const typedShare = word.text.length / vocabulary.terms[term]!.length;
      const reach: Reach = inBodies.has(term) ? 'job' : 'head';
      consider({ term, quality: PREFIX_QUALITY.base + PREFIX_QUALITY.typedShare * typedShare, reach, sure: true });
    }
    completesAsTyped = completions.length > 0;
  }
  if (typos && word.text.length >= MIN_FUZZY_LENGTH) {
    const exactFrequency = exact === undefined ? 0 : vocabulary.documentFrequency(exact);
    const typos = typoMatches(word.text, word.prefix && !completesAsTyped, vocabulary, bigrams).filter(
      ({ term, edits }) => isTypoOf(edits, exactFrequency) && !isOtherNumberOfItsName(word.text, vocabulary.terms[term]!),
    );
    const frequencies = new Map(typos.map(({ term }) => [term, vocabulary.documentFrequency(term)]));
    const likely = likelyCorrections(typos, frequencies);
    for (const { term, edits } of typos) {
      const quality = TYPO_QUALITY[edits]!;
      const sure = likely.has(term) && isCorrection(frequencies.get(term)!, exactFrequency);
      // A close term that is not the word's likely correction is another word: it counts a little, and covers nothing.
      consider({ term, quality: sure ? quality : quality / 2, reach: 'all', sure, ...(sure && { correction: true as const }) });
    }
  }
  // Finished words and their corrections, in the other number; a word being typed completes to its plural already.
  for (const match of [...best.values()]) {
    if (!match.sure || (word.prefix && match.quality < EXACT_QUALITY)) continue;
    const other = otherNumber(vocabulary.terms[match.term]!);
    const term = other === undefined ? undefined : vocabulary.idOf(other);
    if (term !== undefined) consider({ term, quality: match.quality * NUMBER_QUALITY, reach: match.reach, sure: true });
  }
  return { terms: [...best.values()], groups: splitGroups(word.text, vocabulary) };
}

/**
 * The completions of a word being typed that are looked up in bodies too: the most common
 * ones. "dev" completes to hundreds of terms at 50,000 offers; reading the body postings of
 * each, rare ones included, would take most of a keystroke's budget, and a rare completion
 * found only in a body is seldom what the seeker is typing. The others are looked up in the
 * short fields.
 */
function commonest(completions: number[], vocabulary: Vocabulary): Set<number> {
  if (completions.length <= MAX_COMPLETIONS_IN_BODIES) return new Set(completions);
  const frequency = new Map(completions.map((term) => [term, vocabulary.approximateFrequency(term)]));
  return new Set([...completions].sort((a, b) => frequency.get(b)! - frequency.get(a)!).slice(0, MAX_COMPLETIONS_IN_BODIES));
}

/**
 * The word with a final "s" added or removed: the plural of most English and French words, and
 * their singular. Not where that makes another word: an English word in "ss" is singular
 * ("access" is no plural of "accès", folded "acces"), and a technology named by an ordinary
 * word has only the numbers its spellings give ("rails" is Ruby on Rails, "rail" a rail; see
 * technologyNames).
 */
function otherNumber(term: string): string | undefined {
  const other = !term.endsWith('s')
    ? term.length >= MIN_SINGULAR_LENGTH - 1 ? `${term}s` : undefined
    : term.length > MIN_SINGULAR_LENGTH && !term.endsWith('ss') ? term.slice(0, -1) : undefined;
  if (other === undefined) return undefined;
  const names = technologyNames();
  const [termName, otherName] = [names.get(term), names.get(other)];
  return termName === otherName ? other : undefined;
}

/**
 * The term is a word the technology the query word names never is: the other number of one of
 * its spellings, and none itself ("vues", French views, one slip from "vuejs"; "rail" from
 * "rails"). A typo must not give such a word the number its name refuses (see otherNumber).
 */
function isOtherNumberOfItsName(word: string, term: string): boolean {
  const names = technologyNames();
  const technology = names.get(word);
  if (technology === undefined || names.has(term)) return false;
  const numbers = [term + 's', ...(term.endsWith('s') ? [term.slice(0, -1)] : [])];
  return numbers.some((other) => names.get(other) === technology);
}

let namesOfTechnologies: Map<string, number> | undefined;

/** Each one-word spelling of a technology named by an ordinary word, with its technology's number (see TECHNOLOGY_WORDS). */
function technologyNames(): Map<string, number> {
  namesOfTechnologies ??= new Map(TECHNOLOGY_WORDS.flatMap((spellings, technology) => spellings.map((spelling) => [spelling, technology] as const)));
  return namesOfTechnologies;
}

/**
 * Ways to cut the word into two words of postings, for words written joined in the query and
 * apart in postings ("fullstack" / "full stack", "cyber security"): the pair of words side by
 * side as the index keeps it (in a title, or anywhere for a synonym's expression; see
 * adjacentPairs and phrasePairs), or both words anywhere in one offer when both are long
 * enough to say something alone (see MIN_APART_PART_LENGTH).
 */
function splitGroups(word: string, vocabulary: Vocabulary): TermGroup[] {
  const groups: TermGroup[] = [];
  for (let cut = MIN_SPLIT_PART_LENGTH; cut <= word.length - MIN_SPLIT_PART_LENGTH; cut++) {
    const [first, second] = [word.slice(0, cut), word.slice(cut)];
    const pair = vocabulary.idOf(first + PAIR_SEPARATOR + second);
    if (pair !== undefined) groups.push({ terms: [pair], quality: SPLIT_QUALITY, reach: 'all' });
    if (Math.min(first.length, second.length) < MIN_APART_PART_LENGTH) continue;
    const [firstId, secondId] = [vocabulary.idOf(first), vocabulary.idOf(second)];
    if (firstId !== undefined && secondId !== undefined) groups.push({ terms: [firstId, secondId], quality: SPLIT_QUALITY, reach: 'all' });
  }
  return groups;
}

/**
 * A word found in postings as typed is a word: only a term one slip away may still be what
 * the seeker meant ("developeur", in one posting, for "developpeur"); two edits away is
 * another word ("dehors" for "devops").
 */
function isTypoOf(edits: number, wordFrequency: number): boolean {
  return wordFrequency === 0 || edits === 1;
}

/**
 * The typo'd terms that may be what the seeker meant: the nearest ones, and a farther one only
 * when more common than every nearer one ("devlopeur": "developeur", one edit, in one posting;
 * "developpeur", two edits, in 34). "devosp" is "devops", not the rarer "devs" two edits away.
 */
function likelyCorrections(typos: Array<{ term: number; edits: number }>, frequencies: Map<number, number>): Set<number> {
  const likely = new Set<number>();
  let nearerFrequency = -1;
  for (const edits of Object.keys(TYPO_QUALITY).map(Number)) {
    const atDistance = typos.filter((typo) => typo.edits === edits);
    for (const { term } of atDistance) if (frequencies.get(term)! > nearerFrequency) likely.add(term);
    for (const { term } of atDistance) nearerFrequency = Math.max(nearerFrequency, frequencies.get(term)!);
  }
  return likely;
}

/**
 * A term some typos away stands for the word when the word is in no posting as typed, or
 * when it is far more common (see CORRECTION_FREQUENCY_RATIO).
 */
function isCorrection(termFrequency: number, wordFrequency: number): boolean {
  return wordFrequency === 0 || termFrequency >= CORRECTION_FREQUENCY_RATIO * wordFrequency;
}

/**
 * Terms within a few typos of the word, each with how many edits it takes. A finished word
 * only matches terms of about its own length; a word being `completed` also matches the start
 * of a longer term ("javs" → "javascript").
 */
function typoMatches(word: string, completed: boolean, vocabulary: Vocabulary, bigrams: BigramIndex): Array<{ term: number; edits: number }> {
  const length = word.length;
  const limit = maxEdits(length);
  const candidates = bigrams.candidates(word, {
    maxEdits: limit,
    minLength: length - limit,
    maxLength: completed ? Infinity : length + limit,
    limit: FUZZY_CANDIDATES,
  });
  const matches: Array<{ term: number; edits: number }> = [];
  for (const term of candidates) {
    if (!sameStart(word, vocabulary.terms[term]!)) continue;
    const edits = editDistance(word, vocabulary.terms[term]!, limit, completed);
    if (edits > 0 && edits <= limit) matches.push({ term, edits });
  }
  return matches;
}

/** Typos seldom touch a word's first letter, but for swapping it with the second ("pyhton" yes, "uber" for "kuber" no). */
function sameStart(word: string, term: string): boolean {
  return word[0] === term[0] || (word[0] === term[1] && word[1] === term[0]);
}
