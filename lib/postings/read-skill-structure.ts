import type { SkillMatch } from '../skills/types';
import { lastAtOrBelow } from '../text/last-at-or-below';
import { lineAt } from '../text/line-at';
import { matchesOf } from '../text/matches-of';
import { partitionPoint } from '../text/partition-point';
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
// OPEN_END's matches in two: those starting on a character of their own (an ellipsis, or the
// character before the words), found anywhere, and the words alone, where a text starts.
const OPEN_END_WITHIN = new RegExp(String.raw`…|\.\.\.|[^${LETTER}](?:${OPEN_LIST_ENDS.join('|')})(?![${LETTER}])`, 'gi');
const OPEN_END_AT_START = new RegExp(`(?:${OPEN_LIST_ENDS.join('|')})(?![${LETTER}])`, 'iy');
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
const SPACE = /\s/;
// What may stand before a sentence's words (marks, digits, emoji), from its start: a sticky run.
const LEAD = /[\s\-*+•·–>#_\d.)\p{Extended_Pictographic}\uFE0F]*/uy;
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
  const allSentences = sentencesOf(text, named);
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
    const members = [...new Set(rangesWithin(inside, region).filter((range) => !inOptional(range)).map((range) => range.name))];
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

/**
 * The ranges of `ranges` (in order of start) within `region`, in order: found by halving, then read
 * from the first starting in it, so that a sentence of thousands of skills is not read whole for each
 * of its lists (which took a time growing with the square of the sentence).
 */
function rangesWithin<T extends Span>(ranges: readonly T[], region: Span): T[] {
  const inside: T[] = [];
  for (let index = firstStartingFrom(ranges, region.start); index < ranges.length && ranges[index]!.start <= region.end; index++) {
    if (ranges[index]!.end <= region.end) inside.push(ranges[index]!);
  }
  return inside;
}

/** The index of the first of `spans` (in order of start) starting at or after `at`; their length when none does. */
function firstStartingFrom(spans: readonly Span[], at: number): number {
  return partitionPoint(spans.length, (index) => spans[index]!.start < at);
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
function wordsStart(match: RegExpExecArray): number {
  return match.index + (LETTER_FIRST.test(match[0]) ? 0 : 1);
}

function firstOf(text: string, pattern: RegExp, from: number): number {
  pattern.lastIndex = from;
  return pattern.exec(text)?.index ?? text.length;
}

/**
 * How many more "(" than ")" a text holds before an offset, read on from the offset asked last
 * (each loop asks at growing offsets): counting from the sentence's start at each intro or marker
 * grew with the square of a sentence holding many.
 */
function bracketDepth(part: string): (at: number) => number {
  let counted = 0;
  let depth = 0;
  return (at) => {
    if (at < counted) counted = depth = 0;
    for (; counted < at; counted++) {
      const unit = part.charCodeAt(counted);
      if (unit === 40 /* ( */) depth++;
      else if (unit === 41 /* ) */) depth--;
    }
    return depth;
  };
}

/** Where `character` next stands in `text` from an offset (-1 if nowhere), the last answer kept while it holds: offsets asked grow. */
function nextOf(text: string, character: string): (from: number) => number {
  let askedFrom = -1;
  let found = -1;
  return (from) => {
    if (askedFrom === -1 || from < askedFrom || (found !== -1 && from > found)) {
      found = text.indexOf(character, from);
      askedFrom = from;
    }
    return found;
  };
}

/**
 * The sentences of the lines holding a skill's start, in order. A line break ends every sentence,
 * so a line's sentences are the same whether the text is read whole or line by line, and no other
 * sentence can hold a skill or be read before one in its paragraph (optionalBeforeReader): the lines
 * naming no skill, most of a posting, are not read.
 */
function sentencesOf(text: string, named: readonly Named[]): Span[] {
  const sentences: Span[] = [];
  for (let index = 0; index < named.length; ) {
    const { start: lineStart, end: lineEnd } = lineAt(text, named[index]!.start);
    let start = lineStart;
    SENTENCE_MARK.lastIndex = lineStart;
    for (let end = SENTENCE_MARK.exec(text); end !== null && end.index < lineEnd; end = SENTENCE_MARK.exec(text)) {
      if (!endsSentence(text, end.index)) continue;
      if (end.index > start) sentences.push({ start, end: end.index });
      start = end.index + 1;
    }
    if (lineEnd > start) sentences.push({ start, end: lineEnd });
    while (index < named.length && named[index]!.start <= lineEnd) index++;
  }
  return sentences;
}

/** A line break, or . ! ? before a space or the end, but not after "e.g.", "i.e.", "etc." ("(Django, Rails, etc.)"). */
function endsSentence(text: string, at: number): boolean {
  const mark = text.charCodeAt(at);
  if (mark === 10 /* \n */) return true;
  if (at + 1 < text.length && !SPACE.test(text[at + 1]!)) return false;
  // Only a full stop ends an abbreviation.
  return mark !== 46 /* . */ || !NO_SENTENCE_END.test(text.slice(Math.max(0, at - 4), at + 1));
}

/**
 * The optional parts of the sentences holding skills (`read`, among `sentences`, both in order); a
 * sentence giving examples ("For example, Docker, Kafka…") is optional after a sentence of its
 * paragraph that is ("… which we don't expect you to have experience of. However if you do, please
 * let us know. For example, Docker containers, Kafka").
 */
function optionalSentences(text: string, sentences: readonly Span[], read: readonly Span[]): Span[] {
  const optionalBefore = optionalBeforeReader(text, sentences);
  return read.flatMap((sentence) => {
    const own = optionalSpans(text, sentence);
    if (own.length === 1 && own[0] === sentence) return own;
    return EXAMPLE_START.test(text.slice(sentence.start, sentence.end)) && optionalBefore(sentence) ? [sentence] : own;
  });
}

/**
 * Whether a sentence of the paragraph before a sentence is optional as a whole, for sentences asked
 * in order: each paragraph's sentences are read once, up to its first optional one (reading every
 * sentence of the text for each sentence asked grew with the square of a paragraph of examples).
 */
function optionalBeforeReader(text: string, sentences: readonly Span[]): (sentence: Span) => boolean {
  let paragraphStart = -1;
  let next = 0;
  let firstOptionalEnd = -1;
  // The text before this offset has been read for line breaks; the paragraph of the last sentence asked starts at `start`.
  let readTo = 0;
  let start = 0;
  return (sentence) => {
    for (let at = sentence.start - 1; at >= readTo; at--) {
      if (text.charCodeAt(at) === 10 /* \n */) {
        start = at + 1;
        break;
      }
    }
    readTo = Math.max(readTo, sentence.start);
    if (start !== paragraphStart) {
      paragraphStart = start;
      next = firstStartingFrom(sentences, start);
      firstOptionalEnd = -1;
    }
    for (; firstOptionalEnd === -1 && next < sentences.length && sentences[next]!.end <= sentence.start; next++) {
      const before = sentences[next]!;
      if (OPTIONAL.test(text.slice(before.start, before.end))) firstOptionalEnd = before.end;
    }
    return firstOptionalEnd !== -1 && firstOptionalEnd <= sentence.start;
  };
}

/**
 * The parts of a sentence saying their skills are not required: the whole sentence for a marker
 * ("… est un plus"), or from "idéalement" to the end of its clause (the whole sentence when it opens it).
 */
function optionalSpans(text: string, sentence: Span): Span[] {
  const part = text.slice(sentence.start, sentence.end);
  if (OPTIONAL.test(part)) return [sentence];
  const spans: Span[] = [];
  const depth = bracketDepth(part);
  let lead = -1;
  for (const marker of matchesOf(OPTIONAL_AFTER, part)) {
    const at = wordsStart(marker);
    if (lead === -1) {
      LEAD.lastIndex = 0;
      LEAD.test(part);
      lead = LEAD.lastIndex;
    }
    // Only marks, digits and emoji before it: it opens the sentence.
    if (at <= lead) return [sentence];
    // "(de préférence Git)": the brackets end it.
    const clauseEnd = firstOf(part, depth(at) > 0 ? CLAUSE_OR_BRACKET_END : CLAUSE_END, at);
    spans.push({ start: sentence.start + at, end: sentence.start + clauseEnd });
  }
  return spans;
}

/** The lists under a heading that says they are not required: "# Nice to Have:", "#### Appréciées", "- 🎈BONUS🎈 :", "Idéalement :". */
function optionalSections(text: string, named: readonly Named[]): Span[] {
  const lastSkill = named.at(-1)!.start;
  const sections: Span[] = [];
  // A heading after the last skill heads none of them.
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    if (end > lastSkill) break;
    if (end - start <= MAX_HEADING) {
      const line = text.slice(start, end);
      if (isHeading(line) && (OPTIONAL.test(line) || OPTIONAL_AFTER_ANYWHERE.test(line))) {
        const section = sectionUnder(text, line, end);
        if (section) sections.push(section);
      }
    }
    if (newline === -1) break;
    start = newline + 1;
  }
  return sections;
}

function isHeading(line: string): boolean {
  return line.length <= MAX_HEADING && (/^\s*#/.test(line) || HEADING_END.test(line));
}

/** The list under `heading` (a line ending at `headingEnd`): from the next line to the end of its last item, if it has one. */
function sectionUnder(text: string, heading: string, headingEnd: number): Span | undefined {
  const headingItem = LIST_ITEM.exec(heading);
  // Under a list item ("- BONUS :"), only the items indented below it.
  const indent = headingItem ? headingItem[1]!.length : -1;
  let marked = false;
  let lastEnd = -1;
  for (let start = headingEnd + 1; headingEnd < text.length && start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(start, end);
    if (line.trim() !== '') {
      if (RULE.test(line) || isHeading(line)) break;
      const item = LIST_ITEM.exec(line);
      if (item) {
        if (item[1]!.length <= indent) break;
        marked = true;
      } else if (marked || indent >= 0 || line.trim().split(/\s+/).length > MAX_UNMARKED_ITEM_WORDS) break;
      lastEnd = end;
    }
    if (newline === -1) break;
    start = newline + 1;
  }
  return lastEnd === -1 ? undefined : { start: headingEnd + 1, end: lastEnd };
}

/**
 * A sentence holding two skills or more (`inside`, in order), with the gaps between them read once
 * for all its lists: gap `index` lies between skills `index - 1` and `index`.
 */
interface Listing {
  sentence: Span;
  inside: readonly Named[];
  /** How many of the gaps up to each index join alternatives ("ou", "or"), and how many join a list (those, or a comma). */
  alternativesUpTo: number[];
  listGapsUpTo: number[];
  /** Whether the skills' ends grow with their starts (skills never hold one another), so that those within a region follow one another. */
  ordered: boolean;
  /** By the end of a text read for OPEN_END: from where it was read, and where its last match within starts (-1 for none). */
  openEnds: Map<number, { from: number; last: number }>;
}

function readListing(text: string, sentence: Span, inside: readonly Named[]): Listing {
  const alternativesUpTo = [0];
  const listGapsUpTo = [0];
  let ordered = true;
  for (let index = 1; index < inside.length; index++) {
    const gap = text.slice(inside[index - 1]!.end, inside[index]!.start);
    const alternative = ALTERNATIVE_GAP.test(gap);
    alternativesUpTo.push(alternativesUpTo[index - 1]! + (alternative ? 1 : 0));
    listGapsUpTo.push(listGapsUpTo[index - 1]! + (alternative || LIST_GAP.test(gap) ? 1 : 0));
    if (inside[index]!.end < inside[index - 1]!.end) ordered = false;
  }
  return { sentence, inside, alternativesUpTo, listGapsUpTo, ordered, openEnds: new Map() };
}

/**
 * The parts of a sentence listing skills of which one will do: after "au moins un", "parmi",
 * "one of"… (within the brackets that follow, when they come before the list); after "comme",
 * "such as"… when the list is left open or joined by "ou"; a run of skills joined by "ou", "or".
 * Intros before the same first skill whose lists end at the same place read the same skills: only
 * the first is read (the later ones' lists lie within its list).
 */
function groupRegions(text: string, sentence: Span, inside: readonly Named[]): Span[] {
  const listing = readListing(text, sentence, inside);
  const part = text.slice(sentence.start, sentence.end);
  const finders = { depth: bracketDepth(part), opening: nextOf(part, '('), closing: nextOf(part, ')'), semicolon: nextOf(part, ';') };
  const oneOf = [
    ...introducedLists(listing, part, ONE_OF, finders, (region) => isList(text, listing, region)),
    ...introducedLists(listing, part, EXAMPLES, finders, (region) => isList(text, listing, region) && isOpenOrAlternative(text, listing, region)),
    ...alternativeRuns(listing),
  ];
  const bracketed: Span[] = [];
  for (const brackets of matchesOf(OPEN_BRACKETS, part)) {
    const region = { start: sentence.start + brackets.index, end: sentence.start + brackets.index + brackets[0].length };
    const examplesOfSkill = endsRightBefore(text, listing, region.start);
    if (examplesOfSkill && OPEN_END.test(brackets[0]) && isList(text, listing, region)) bracketed.push(region);
  }
  // "au moins deux langages parmi Python, Java ou Go": the lists within are no lists of which one
  // will do; a skill's examples in open brackets within still are ("Javascript (Vue.js, Svelte…)").
  const manyOf: Span[] = [];
  for (const intro of matchesOf(MANY_OF, part)) {
    const from = intro.index + intro[0].length;
    const first = firstStartingFrom(inside, sentence.start + from);
    if (first < inside.length) manyOf.push(listAfter(sentence, from, inside[first]!, finders));
  }
  if (manyOf.length === 0) return [...oneOf, ...bracketed];
  const inManyOf = withinAny(manyOf);
  return [...oneOf.filter((region) => !inManyOf(region)), ...bracketed];
}
interface Finders {
  depth: (at: number) => number;
  opening: (from: number) => number;
  closing: (from: number) => number;
  semicolon: (from: number) => number;
}

/** The lists after each of the intros `pattern` finds in a sentence (`part`) that `isGroup` accepts. */
function introducedLists(listing: Listing, part: string, pattern: RegExp, finders: Finders, isGroup: (region: Span) => boolean): Span[] {
  const { sentence, inside } = listing;
  const regions: Span[] = [];
  const read = new Set<string>();
  for (const intro of matchesOf(pattern, part)) {
    const from = intro.index + intro[0].length;
    const first = firstStartingFrom(inside, sentence.start + from);
    if (first === inside.length) continue;
    const region = listAfter(sentence, from, inside[first]!, finders);
    const key = `${first} ${region.end}`;
    if (read.has(key)) continue;
    read.add(key);
    if (isGroup(region)) regions.push(region);
  }
  return regions;
}

/** Whether one of the skills ends at `at` or only blanks before it ("Javascript (Vue.js, Svelte...)"). */
function endsRightBefore(text: string, { inside, ordered }: Listing, at: number): boolean {
  let blanksFrom = at;
  while (blanksFrom > 0 && /\s/.test(text[blanksFrom - 1]!)) blanksFrom--;
  if (!ordered) return inside.some((range) => range.end >= blanksFrom && range.end <= at);
  // Their ends in order: the first ending at or after the blanks.
  const first = partitionPoint(inside.length, (index) => inside[index]!.end < blanksFrom);
  return first < inside.length && inside[first]!.end <= at;
}

/**
 * From `from` (in the sentence) to the end of the list that follows, whose first skill is `first`:
 * the brackets opening before it, else the clause.
 */
function listAfter(sentence: Span, from: number, first: Named, { depth, opening, closing, semicolon }: Finders): Span {
  // Offsets in the sentence: none of ( ) ; ends one, so what lies beyond it is as good as nothing.
  const bracket = opening(from);
  if (bracket !== -1 && sentence.start + bracket < first.start) {
    const close = closing(bracket);
    return { start: sentence.start + bracket, end: close === -1 ? sentence.end : sentence.start + close + 1 };
  }
  // Inside brackets ("(such as Python)"), the list ends with them; else at the end of the clause.
  const close = depth(from) > 0 ? closing(from) : -1;
  const ends = [sentence.end, ...[close, semicolon(from)].filter((end) => end !== -1).map((end) => sentence.start + end)];
  return { start: sentence.start + from, end: Math.min(...ends.filter((end) => end >= first.end && end <= sentence.end)) };
}

/** The indexes of the skills of `listing` within `region`, when they follow one another: [first, past the last). */
function indexesWithin({ inside }: Listing, region: Span): [number, number] {
  const first = firstStartingFrom(inside, region.start);
  return [first, partitionPoint(inside.length, (index) => inside[index]!.end <= region.end, first)];
}

/** Whether the skills of a region are listed: two or more, some apart by a comma or an alternative word ("PHP/Symfony" asks both). */
function isList(text: string, listing: Listing, region: Span): boolean {
  if (!listing.ordered) {
    const inside = rangesWithin(listing.inside, region);
    return inside.some((range, index) => index > 0 && HAS_LIST_GAP.test(text.slice(inside[index - 1]!.end, range.start)));
  }
  const [first, end] = indexesWithin(listing, region);
  return end - first >= 2 && listing.listGapsUpTo[end - 1]! > listing.listGapsUpTo[first]!;
}

/** Whether a region's list (of two skills or more) is left open ("etc.", "…") or joined by an alternative word. */
function isOpenOrAlternative(text: string, listing: Listing, region: Span): boolean {
  if (!listing.ordered) {
    const inside = rangesWithin(listing.inside, region);
    return OPEN_END.test(text.slice(inside[0]!.end, region.end)) || inside.some((range, index) => index > 0 && ALTERNATIVE_GAP.test(text.slice(inside[index - 1]!.end, range.start)));
  }
  const [first, end] = indexesWithin(listing, region);
  return isOpen(text, listing, listing.inside[first]!.end, region.end) || listing.alternativesUpTo[end - 1]! > listing.alternativesUpTo[first]!;
}

/**
 * Whether the text from `start` to `end` says a list is left open, as OPEN_END.test on it would.
 * The lists after a sentence's intros often end at the same place ("comme A B comme C D …, etc."):
 * reading each from its first skill to that end grew with the square of the sentence. The text up to
 * an end is read once, from the first start asked, for where OPEN_END's last match within starts; a
 * later start asks only whether it stands at or before that match, or whether the words open it.
 */
function isOpen(text: string, listing: Listing, start: number, end: number): boolean {
  const upToEnd = text.slice(0, end);
  OPEN_END_AT_START.lastIndex = start;
  if (OPEN_END_AT_START.test(upToEnd)) return true;
  let read = listing.openEnds.get(end);
  if (read === undefined || start < read.from) {
    read = { from: start, last: -1 };
    // Each match's start, overlapping ones too ("...." holds two): the search goes on one character after it.
    OPEN_END_WITHIN.lastIndex = start;
    for (let match = OPEN_END_WITHIN.exec(upToEnd); match !== null; match = OPEN_END_WITHIN.exec(upToEnd)) {
      read.last = match.index;
      OPEN_END_WITHIN.lastIndex = match.index + 1;
    }
    listing.openEnds.set(end, read);
  }
  return read.last >= start;
}

/** Runs of skills one after another, apart by commas or alternative words, one of them at least: "React ou Vue", "Python, Go or Rust". */
function alternativeRuns({ inside, alternativesUpTo, listGapsUpTo }: Listing): Span[] {
  const runs: Span[] = [];
  let first = 0;
  let alternative = false;
  for (let index = 1; index <= inside.length; index++) {
    const isGap = index < inside.length;
    if (isGap && alternativesUpTo[index]! > alternativesUpTo[index - 1]!) alternative = true;
    else if (!isGap || listGapsUpTo[index]! === listGapsUpTo[index - 1]!) {
      if (alternative) runs.push({ start: inside[first]!.start, end: inside[index - 1]!.end });
      first = index;
      alternative = false;
    }
  }
  return runs;
}
