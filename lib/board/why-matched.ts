import { inclusiveForms } from '../search/inclusive-forms';
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
  fields: Array<{ field: 'skills' | 'organization' | 'location'; segments: Segment[] }>;
  /** Matched words found in none of the fields shown: they are in the posting's text. */
  inText: string[];
}

/** Words, possibly joined by a hyphen, a dot or an inclusive-writing point, as the index cuts them. */
const WORD = /[\p{L}\p{N}]+(?:[-.·‧•][\p{L}\p{N}]+)*/gu;
const JOINERS = /[-.·‧•]/;

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

/** What to show under a result for the words it matched; undefined when nothing matched (empty query). */
export function explainMatch(summary: OfferSummary, matchedTerms: readonly string[]): MatchExplanation | undefined {
  if (matchedTerms.length === 0) return undefined;
  const terms = new Set(matchedTerms);
  const found = new Set<string>();
  const title = markMatches(summary.title, terms, found);
  const fields: MatchExplanation['fields'] = [];
  const skills = summary.skills.filter((skill) => markMatches(skill, terms, found).some((segment) => segment.matched));
  if (skills.length > 0) fields.push({ field: 'skills', segments: markMatches(skills.join(', '), terms) });
  for (const field of ['organization', 'location'] as const) {
    const text = summary[field];
    if (!text) continue;
    const segments = markMatches(text, terms, found);
    if (segments.some((segment) => segment.matched)) fields.push({ field, segments });
  }
  return { title, fields, inText: matchedTerms.filter((term) => !found.has(term)) };
}
