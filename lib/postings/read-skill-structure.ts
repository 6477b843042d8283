import type { SkillMatch } from '../skills/types';
import { lastAtOrBelow } from '../text/last-at-or-below';
import { ALTERNATIVE_WORDS, EXAMPLE_INTROS, MANY_OF_INTROS, ONE_OF_INTROS, OPEN_LIST_ENDS, OPTIONAL_FROM_HERE, OPTIONAL_MARKERS, ROLE_NOUNS } from './skill-alternatives';

/** What a posting says of the skills it names beyond naming them (Offer.skillGroups, Offer.optionalSkills). */
export interface SkillStructure {
  /** Skills of which one will do ("(au moins) un framework (NodeJS, Rails, Symfony…)"): each list counts as one asked skill. */
  skillGroups: string[][];
  /** Skills named but not required ("un plus", "nice to have", "on ne s’attend pas à ce que tu les connaisses"): never counted against the seeker. */
  optionalSkills: string[];
}

interface Span {
  start: number;
  end: number;
}

interface Named extends Span {
  name: string;
}

// Whole words only: \b draws boundaries around ASCII letters alone, and "appréciées" ends in one
// that is not. Latin letters by class, without the u flag, faster on postings read by the thousand.
const LETTER = 'A-Za-z0-9À-ÖØ-öø-ÿœŒ';
const LETTER_FIRST = new RegExp(`^[${LETTER}]`);

// The letter before is matched, not looked behind for: V8 tries a pattern opening on a lookbehind
// at every position, slowly. A match may thus start one character before its words.
function wordsPattern(sources: readonly string[], flags = 'gi'): RegExp {
  return new RegExp(`(?:^|[^${LETTER}])(?:${sources.join('|')})(?![${LETTER}])`, flags);
}

const ONE_OF = wordsPattern(ONE_OF_INTROS);
const MANY_OF = wordsPattern(MANY_OF_INTROS);
const EXAMPLES = wordsPattern(EXAMPLE_INTROS);
const OPEN_END = new RegExp(String.raw`…|\.\.\.|${wordsPattern(OPEN_LIST_ENDS).source}`, 'i');
const OPTIONAL_AFTER_ANYWHERE = wordsPattern(OPTIONAL_FROM_HERE, 'i');
const EXAMPLE_START = new RegExp(String.raw`^[\s\-*+•]*${wordsPattern(EXAMPLE_INTROS).source}`, 'i');
// "Javascript (Vue.js, Svelte...)": a skill's examples in brackets left open, of which one will do.
const OPEN_BRACKETS = /\([^()]*\)/g;
const OPTIONAL = wordsPattern(OPTIONAL_MARKERS, 'i');
const OPTIONAL_AFTER = wordsPattern(OPTIONAL_FROM_HERE);
const ROLE_MENTION = new RegExp(`(?:${ROLE_NOUNS.join('|')})s?$`, 'i');
const ALTERNATIVE_GAP = new RegExp(String.raw`^\s*,?\s*(?:${ALTERNATIVE_WORDS.join('|')})\s+$`, 'i');
const LIST_GAP = /^\s*,\s*$/;
const HAS_LIST_GAP = new RegExp(`${LIST_GAP.source}|${ALTERNATIVE_GAP.source}`, 'i');
const SENTENCE_MARK = /[\n.!?]/g;
const NO_SENTENCE_END = /(?:^|[^A-Za-z])(?:e\.g|i\.e|etc|ex|cf)\.$/i;
const CLAUSE_END = /[,;]/g;
const CLAUSE_OR_BRACKET_END = /[,;)]/g;
const BEFORE_SENTENCE = /^[\s\-*+•·–>#_\d.)\p{Extended_Pictographic}\uFE0F]*$/u;
const LIST_ITEM = /^(\s*)(?:[-*+•·–]|\d{1,2}[.)])\s/;
const RULE = /^\s*(?:[-*_]\s*){3,}$/;
const HEADING_END = /:[\s*_+]*$/;
const MAX_HEADING = 150;
// A list in HTML loses its marks in the text read: its items are short lines after the heading.
const MAX_UNMARKED_ITEM_WORDS = 15;
// Lists and "un plus" are read in a text's first 30,000 characters (the longest fixture is 22,000
// with its front matter): some rules read a sentence once per list it may hold, which a hostile
// file of a million characters in one sentence would turn into minutes of the worker's time.
const MAX_STRUCTURE_TEXT = 30_000;

/**
 * The groups of alternatives and the optional skills among `skills` (the posting's concrete
 * skills), from where `found` (their matches in `text`) stand: a skill is optional when the
 * posting names it only where it says it is not required (never one `declared` in the front
 * matter); grouped when it stands in a list of which one will do, even if named elsewhere: "Stack :
 * React, Node.js" and "(au moins) un framework (NodeJS, Rails, Django…)" welcome a Django developer.
 */
export function readSkillStructure(fullText: string, found: readonly SkillMatch[], skills: readonly string[], declared: ReadonlySet<string>): SkillStructure {
  const text = fullText.slice(0, MAX_STRUCTURE_TEXT);
  const concrete = new Map(skills.map((name) => [name.toLowerCase(), name]));
  const named = found
    .filter((match) => concrete.has(match.name.toLowerCase()))
    .flatMap((match) => match.ranges.map(([start, end]) => ({ name: concrete.get(match.name.toLowerCase())!, start, end })))
    .filter((range) => range.end <= text.length)
    .sort((a, b) => a.start - b.start);
  if (named.length === 0) return { skillGroups: [], optionalSkills: [] };
  const allSentences = sentencesOf(text);
  const sentences = sentencesHolding(allSentences, named);
  const inOptional = withinAny([...optionalSections(text, named), ...optionalSentences(text, allSentences, sentences.map(({ sentence }) => sentence))]);
  // A list needs two skills: most sentences name one. A role ("Product designer ou UX researcher") is in none.
  const candidates = sentences
    .filter(({ inside }) => inside.length >= 2)
    .map(({ sentence, inside }) => ({ sentence, inside: inside.filter((range) => !ROLE_MENTION.test(text.slice(range.start, range.end))) }))
    .filter(({ inside }) => inside.length >= 2)
    .flatMap(({ sentence, inside }) => groupRegions(text, sentence, inside).map((region) => ({ region, inside })))
    .filter(({ region }) => !inOptional(region));
  const lists = outermost(candidates.map(({ region }) => region)).map((index) => candidates[index]!);
  const groups = new Map<string, string[]>();
  for (const { region, inside } of lists) {
    const members = [...new Set(inside.filter((range) => within(range, region) && !inOptional(range)).map((range) => range.name))];
    if (members.length >= 2) groups.set(members.map((name) => name.toLowerCase()).join('\n'), members);
  }
  const grouped = new Set([...groups.values()].flat());
  const required = new Set(declared);
  for (const range of named) if (!inOptional(range)) required.add(range.name);
  const inText = new Set(named.map((range) => range.name));
  return { skillGroups: [...groups.values()], optionalSkills: skills.filter((name) => !required.has(name) && !grouped.has(name) && inText.has(name)) };
}

/** The sentences (in order) that hold some of the ranges (in order), each with the ranges it holds, in one walk over both. */
function sentencesHolding(sentences: readonly Span[], named: readonly Named[]): Array<{ sentence: Span; inside: Named[] }> {
  const holding: Array<{ sentence: Span; inside: Named[] }> = [];
  let next = 0;
  for (const sentence of sentences) {
    while (next < named.length && named[next]!.start < sentence.start) next++;
    const inside: Named[] = [];
    for (let at = next; at < named.length && named[at]!.start < sentence.end; at++) if (named[at]!.end <= sentence.end) inside.push(named[at]!);
    if (inside.length > 0) holding.push({ sentence, inside });
  }
  return holding;
}

function within(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

function byStartThenLongest(spans: readonly Span[]): number[] {
  return spans.map((_, index) => index).sort((a, b) => spans[a]!.start - spans[b]!.start || spans[b]!.end - spans[a]!.end || a - b);
}

/** Whether a span lies within one of `spans`, by halving over their starts (a posting may hold thousands). */
function withinAny(spans: readonly Span[]): (span: Span) => boolean {
  const sorted = byStartThenLongest(spans).map((index) => spans[index]!);
  const starts = sorted.map((span) => span.start);
  // The furthest end among the spans starting at or before each one.
  const reach: number[] = [];
  sorted.forEach((span, index) => reach.push(Math.max(span.end, index > 0 ? reach[index - 1]! : -1)));
  return (span) => sorted.length > 0 && starts[0]! <= span.start && reach[lastAtOrBelow(starts, span.start)]! >= span.end;
}

/**
 * The indexes, in order, of the spans no other holds: "parmi A, B ou C" is one list, not also "B ou
 * C"; of equal spans, the first. In one sweep by start, longest first: a span is held when one
 * before it in that order reaches as far.
 */
function outermost(spans: readonly Span[]): number[] {
  const kept: number[] = [];
  let reach = -1;
  for (const index of byStartThenLongest(spans)) {
    if (spans[index]!.end > reach) kept.push(index);
    reach = Math.max(reach, spans[index]!.end);
  }
  return kept.sort((a, b) => a - b);
}

/** Where the words a wordsPattern matched start: after the character before them, when it matched one. */
function wordsStart(match: RegExpExecArray | RegExpMatchArray): number {
  return match.index! + (LETTER_FIRST.test(match[0]) ? 0 : 1);
}

function firstOf(text: string, pattern: RegExp, from: number): number {
  pattern.lastIndex = from;
  return pattern.exec(text)?.index ?? text.length;
}

function sentencesOf(text: string): Span[] {
  const sentences: Span[] = [];
  let start = 0;
  for (const end of text.matchAll(SENTENCE_MARK)) {
    if (!endsSentence(text, end.index)) continue;
    if (end.index > start) sentences.push({ start, end: end.index });
    start = end.index + 1;
  }
  if (start < text.length) sentences.push({ start, end: text.length });
  return sentences;
}

/** A line break, or . ! ? before a space or the end, but not after "e.g.", "i.e.", "etc." ("(Django, Rails, etc.)"). */
function endsSentence(text: string, at: number): boolean {
  if (text[at] === '\n') return true;
  const next = text[at + 1];
  return (next === undefined || /\s/.test(next)) && !NO_SENTENCE_END.test(text.slice(Math.max(0, at - 4), at + 1));
}

/**
 * The optional parts of the sentences holding skills (`read`, among `sentences`); a sentence giving
 * examples ("For example, Docker, Kafka…") is optional after a sentence of its paragraph that is
 * ("… which we don't expect you to have experience of. However if you do, please let us know.
 * For example, Docker containers, Kafka").
 */
function optionalSentences(text: string, sentences: readonly Span[], read: readonly Span[]): Span[] {
  return read.flatMap((sentence) => {
    const own = optionalSpans(text, sentence);
    if (own.length === 1 && own[0] === sentence) return own;
    return EXAMPLE_START.test(text.slice(sentence.start, sentence.end)) && optionalBefore(text, sentences, sentence) ? [sentence] : own;
  });
}

/** Whether a sentence of the paragraph before `sentence` is optional as a whole. */
function optionalBefore(text: string, sentences: readonly Span[], sentence: Span): boolean {
  const paragraphStart = text.lastIndexOf('\n', sentence.start - 1) + 1;
  return sentences.some((before) => before.start >= paragraphStart && before.end <= sentence.start && OPTIONAL.test(text.slice(before.start, before.end)));
}

/**
 * The parts of a sentence saying their skills are not required: the whole sentence for a marker
 * ("… est un plus"), or from "idéalement" to the end of its clause (the whole sentence when it opens it).
 */
function optionalSpans(text: string, sentence: Span): Span[] {
  const part = text.slice(sentence.start, sentence.end);
  if (OPTIONAL.test(part)) return [sentence];
  const spans: Span[] = [];
  for (const marker of part.matchAll(OPTIONAL_AFTER)) {
    const at = wordsStart(marker);
    if (BEFORE_SENTENCE.test(part.slice(0, at))) return [sentence];
    // "(de préférence Git)": the brackets end it.
    const before = part.slice(0, at);
    const clauseEnd = firstOf(part, before.split('(').length > before.split(')').length ? CLAUSE_OR_BRACKET_END : CLAUSE_END, at);
    spans.push({ start: sentence.start + at, end: sentence.start + clauseEnd });
  }
  return spans;
}

/** The lists under a heading that says they are not required: "# Nice to Have:", "#### Appréciées", "- 🎈BONUS🎈 :", "Idéalement :". */
function optionalSections(text: string, named: readonly Named[]): Span[] {
  const lines = linesOf(text);
  const lastSkill = named.at(-1)!.start;
  const sections: Span[] = [];
  lines.forEach((heading, index) => {
    // A heading after the last skill heads none of them.
    if (heading.end > lastSkill) return;
    const line = text.slice(heading.start, heading.end);
    if (!isHeading(line) || !(OPTIONAL.test(line) || OPTIONAL_AFTER_ANYWHERE.test(line))) return;
    const last = sectionEnd(text, lines, index);
    if (last > index) sections.push({ start: lines[index + 1]!.start, end: lines[last]!.end });
  });
  return sections;
}

function isHeading(line: string): boolean {
  return line.length <= MAX_HEADING && (/^\s*#/.test(line) || HEADING_END.test(line));
}

/** The index of the last line of the list under the heading at `index`. */
function sectionEnd(text: string, lines: readonly Span[], index: number): number {
  const headingItem = LIST_ITEM.exec(text.slice(lines[index]!.start, lines[index]!.end));
  // Under a list item ("- BONUS :"), only the items indented below it.
  const indent = headingItem ? headingItem[1]!.length : -1;
  let marked = false;
  let last = index;
  for (let next = index + 1; next < lines.length; next++) {
    const line = text.slice(lines[next]!.start, lines[next]!.end);
    if (line.trim() === '') continue;
    if (RULE.test(line) || isHeading(line)) break;
    const item = LIST_ITEM.exec(line);
    if (item) {
      if (item[1]!.length <= indent) break;
      marked = true;
    } else if (marked || indent >= 0 || line.trim().split(/\s+/).length > MAX_UNMARKED_ITEM_WORDS) break;
    last = next;
  }
  return last;
}

function linesOf(text: string): Span[] {
  const lines: Span[] = [];
  let start = 0;
  for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', start)) {
    lines.push({ start, end: newline });
    start = newline + 1;
  }
  lines.push({ start, end: text.length });
  return lines;
}

/**
 * The parts of a sentence listing skills of which one will do: after "au moins un", "parmi",
 * "one of"… (within the brackets that follow, when they come before the list); after "comme",
 * "such as"… when the list is left open or joined by "ou"; a run of skills joined by "ou", "or".
 */
function groupRegions(text: string, sentence: Span, inside: readonly Named[]): Span[] {
  const named = inside;
  const part = text.slice(sentence.start, sentence.end);
  const regions: Span[] = [];
  for (const intro of part.matchAll(ONE_OF)) {
    const region = listAfter(text, sentence, intro.index + intro[0].length, named);
    if (region && isList(text, region, named)) regions.push(region);
  }
  for (const intro of part.matchAll(EXAMPLES)) {
    const region = listAfter(text, sentence, intro.index + intro[0].length, named);
    if (region && isList(text, region, named) && isOpenOrAlternative(text, region, named)) regions.push(region);
  }
  const bracketed: Span[] = [];
  for (const brackets of part.matchAll(OPEN_BRACKETS)) {
    const region = { start: sentence.start + brackets.index, end: sentence.start + brackets.index + brackets[0].length };
    const examplesOfSkill = endsRightBefore(text, named, region.start);
    if (examplesOfSkill && OPEN_END.test(brackets[0]) && isList(text, region, named)) bracketed.push(region);
  }
  const oneOf = [...regions, ...alternativeRuns(text, sentence, named)];
  // "au moins deux langages parmi Python, Java ou Go": the lists within are no lists of which one
  // will do; a skill's examples in open brackets within still are ("Javascript (Vue.js, Svelte…)").
  const manyOf = [...part.matchAll(MANY_OF)].flatMap((intro) => listAfter(text, sentence, intro.index + intro[0].length, named) ?? []);
  if (manyOf.length === 0) return [...oneOf, ...bracketed];
  return [...oneOf.filter((region) => !manyOf.some((list) => within(region, list))), ...bracketed];
}

/** Whether one of `named` ends at `at` or only blanks before it ("Javascript (Vue.js, Svelte...)"). */
function endsRightBefore(text: string, named: readonly Named[], at: number): boolean {
  let blanksFrom = at;
  while (blanksFrom > 0 && /\s/.test(text[blanksFrom - 1]!)) blanksFrom--;
  return named.some((range) => range.end >= blanksFrom && range.end <= at);
}

/** From `from` (in the sentence) to the end of the list that follows: the brackets opening before its first skill, else the clause. */
function listAfter(text: string, sentence: Span, from: number, named: readonly Named[]): Span | undefined {
  const start = sentence.start + from;
  const first = named.find((range) => range.start >= start && range.end <= sentence.end);
  if (!first) return undefined;
  const bracket = text.indexOf('(', start);
  if (bracket !== -1 && bracket < first.start) {
    const close = text.indexOf(')', bracket);
    return { start: bracket, end: close === -1 || close > sentence.end ? sentence.end : close + 1 };
  }
  // Inside brackets ("(such as Python)"), the list ends with them; else at the end of the clause.
  const before = text.slice(sentence.start, start);
  const close = before.split('(').length > before.split(')').length ? text.indexOf(')', start) : -1;
  const semicolon = text.indexOf(';', start);
  const ends = [sentence.end, close, semicolon].filter((end) => end !== -1 && end >= first.end && end <= sentence.end);
  return { start, end: Math.min(...ends) };
}

/** Whether the skills of a region are listed: two or more, some apart by a comma or an alternative word ("PHP/Symfony" asks both). */
function isList(text: string, region: Span, named: readonly Named[]): boolean {
  const inside = named.filter((range) => within(range, region));
  return inside.some((range, index) => index > 0 && HAS_LIST_GAP.test(text.slice(inside[index - 1]!.end, range.start)));
}

function isOpenOrAlternative(text: string, region: Span, named: readonly Named[]): boolean {
  const inside = named.filter((range) => within(range, region));
  const after = text.slice(inside[0]!.end, region.end);
  return OPEN_END.test(after) || inside.some((range, index) => index > 0 && ALTERNATIVE_GAP.test(text.slice(inside[index - 1]!.end, range.start)));
}

/** Runs of skills one after another, apart by commas or alternative words, one of them at least: "React ou Vue", "Python, Go or Rust". */
function alternativeRuns(text: string, sentence: Span, named: readonly Named[]): Span[] {
  const inside = named.filter((range) => within(range, sentence));
  const runs: Span[] = [];
  let first = 0;
  let alternative = false;
  for (let index = 1; index <= inside.length; index++) {
    const gap = index < inside.length ? text.slice(inside[index - 1]!.end, inside[index]!.start) : undefined;
    if (gap !== undefined && ALTERNATIVE_GAP.test(gap)) alternative = true;
    else if (gap === undefined || !LIST_GAP.test(gap)) {
      if (alternative) runs.push({ start: inside[first]!.start, end: inside[index - 1]!.end });
      first = index;
      alternative = false;
    }
  }
  return runs;
}
