import { markdownToLine } from '../postings/markdown-to-text';
import { isRemotePlaceTerm } from '../search/city-words';
import { inclusiveForms } from '../search/inclusive-forms';
import { PAIR_SEPARATOR } from '../search/tokenize';
import { splitBody } from '../text/body-sections';
import { foldText } from '../text/fold';
import type { OfferSummary } from '../db/records';

/** A piece of a text, marked when it holds a word the search matched. */
export interface Segment {
  text: string;
  matched: boolean;
}

/** Why a result matched: its title marked, the other short fields that hold a matched word, and the words found only in its text. */
export interface MatchExplanation {
  title: Segment[];
  fields: Array<{ field: 'skills' | 'tags' | 'organization' | 'location'; segments: Segment[] }>;
  /**
   * Matched terms found in none of the fields shown: they are in the posting's text. Folded
   * index terms ("developpeurs"), to look for there, never to show (see textSnippet).
   */
  textTerms: string[];
  /** Where the posting's text holds them, as it writes them, marked; undefined until its text is read, or not found in it. */
  text?: Segment[];
  /** A city of the query answered by a fully remote job that names none (see lib/search/city-words.ts). */
  remoteForCity?: true;
}

/** A snippet of the text: this many characters at most, the first matched word this far in at most. */
const SNIPPET_LENGTH = 110;
const SNIPPET_LEAD = 40;
/** Enough of a word to pass over the lines that cannot hold it, short enough to survive inclusive writing. */
const LOOKED_FOR_START = 5;

/** Words, possibly joined by a hyphen, a dot or an inclusive-writing point, as the index cuts them. */
const WORD = /[\p{L}\p{N}]+(?:[-.·‧•][\p{L}\p{N}]+)*/gu;
const JOINERS = /[-.·‧•]/;
const JOINERS_ALL = /[-.·‧•]/g;

/**
 * The words of an index term: one, the two of a pair the index keeps (a phrase of a synonym
 * group, "business developer"), or none (a fully remote job's place, see remotePlaceTerm).
 */
function wordsOfTerm(term: string): string[] {
  return isRemotePlaceTerm(term) ? [] : term.split(PAIR_SEPARATOR).filter((word) => word !== '');
}

/** The forms a word of a field is indexed under (see tokenize), folded. */
function formsOf(word: string): string[] {
  const parts = foldText(word).split(JOINERS);
  return [...parts, parts.join(''), ...inclusiveForms(parts)];
}

/**
 * Cuts a text into segments, marking the words the search matched (`terms`, folded index
 * terms). Only text: the caller renders segments as text nodes, never as markup.
 */
export function markMatches(text: string, terms: ReadonlySet<string>, found?: Set<string>): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    const hits = formsOf(match[0]).filter((form) => terms.has(form));
    if (hits.length === 0) continue;
    for (const hit of hits) found?.add(hit);
    if (match.index > last) segments.push({ text: text.slice(last, match.index), matched: false });
    segments.push({ text: match[0], matched: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), matched: false });
  return segments;
}

/**
 * What to show under a result for the words it matched; undefined when nothing matched (empty
 * query). With the posting's body, the words found only there are shown in a snippet of it.
 */
export function explainMatch(summary: OfferSummary, matchedTerms: readonly string[], body?: string): MatchExplanation | undefined {
  if (matchedTerms.length === 0) return undefined;
  // A pair of words the index keeps ("business developpeur") is marked word by word, and found where all its words are.
  const terms = new Set(matchedTerms.flatMap(wordsOfTerm));
  const found = new Set<string>();
  const title = markMatches(summary.title, terms, found);
  const fields: MatchExplanation['fields'] = [];
  for (const field of ['skills', 'tags'] as const) {
    // Summaries stored before tags were added to them have none (the board is rebuilt with them).
    const matched = (summary[field] ?? []).filter((item) => markMatches(item, terms, found).some((segment) => segment.matched));
    if (matched.length > 0) fields.push({ field, segments: markMatches(matched.join(', '), terms) });
  }
  for (const field of ['organization', 'location'] as const) {
    const text = summary[field];
    if (!text) continue;
    const segments = markMatches(text, terms, found);
    if (segments.some((segment) => segment.matched)) fields.push({ field, segments });
  }
  const textTerms = matchedTerms.filter((term) => {
    const words = wordsOfTerm(term);
    return words.length > 0 && !words.every((word) => found.has(word));
  });
  const text = body === undefined || textTerms.length === 0 ? undefined : textSnippet(body, textTerms);
  const remoteForCity = matchedTerms.some(isRemotePlaceTerm);
  return { title, fields, textTerms, ...(text && { text }), ...(remoteForCity && { remoteForCity }) };
}

/**
 * The first line of a Markdown body holding one of the terms (the job's part before the aside:
 * about us, the team, how to apply), as plain text written as the posting writes it, cut to a
 * snippet around its first marked word. Undefined when no line holds one.
 */
export function textSnippet(body: string, terms: readonly string[]): Segment[] | undefined {
  const words = new Set(terms.flatMap(wordsOfTerm));
  // Lines without a word's start are passed over unread; a word's forms are checked on the others ("développeur·euse" for "developpeuse").
  const starts = [...words].map((word) => word.slice(0, LOOKED_FOR_START));
  const { job, aside } = splitBody(body);
  for (const part of [job, aside]) {
    for (const line of part.split('\n')) {
      const folded = foldText(line);
      // A compound is indexed joined too ("back-end" as "backend"): looked for with its joiners left out.
      if (!starts.some((start) => folded.includes(start)) && !starts.some((start) => folded.replace(JOINERS_ALL, '').includes(start))) continue;
      const segments = markMatches(markdownToLine(line), words);
      if (segments.some((segment) => segment.matched)) return cutAround(segments);
    }
  }
  return undefined;
}

/** The segments of a line cut to SNIPPET_LENGTH characters around its first marked one, at word bounds, "…" where cut. */
function cutAround(segments: Segment[]): Segment[] {
  const line = segments.map((segment) => segment.text).join('');
  const first = segments.findIndex((segment) => segment.matched);
  const firstAt = segments.slice(0, first).reduce((length, segment) => length + segment.text.length, 0);
  let start = Math.max(0, firstAt - SNIPPET_LEAD);
  let end = Math.min(line.length, start + SNIPPET_LENGTH);
  start = Math.max(0, Math.min(start, end - SNIPPET_LENGTH));
  // Cut at spaces, never inside a word; a marked word is never cut.
  if (start > 0) start = line.indexOf(' ', start) + 1 || firstAt;
  if (start > firstAt) start = firstAt;
  if (end < line.length) {
    const space = line.lastIndexOf(' ', end);
    end = space > firstAt ? space : end;
  }
  const cut: Segment[] = [];
  let at = 0;
  for (const segment of segments) {
    const from = Math.max(start, at);
    const to = Math.min(end, at + segment.text.length);
    // A marked word crossing the end is kept whole.
    if (from < to) cut.push({ text: segment.matched ? segment.text : segment.text.slice(from - at, to - at), matched: segment.matched });
    at += segment.text.length;
  }
  if (start > 0) cut.unshift({ text: '…', matched: false });
  if (end < line.length) cut.push({ text: '…', matched: false });
  return cut;
}
