import { canonicalSkillName, extractSkills, skillKindOf } from '../skills';
import type { SkillMatch } from '../skills/types';
import { withoutUnaskedPhrases } from '../skills/not-asked';
import { skillEvidence } from '../skills/skill-evidence';
import { sortByKind, type SkillsByKind } from '../skills/sort-by-kind';
import { splitBody } from '../text/body-sections';
import { foldText } from '../text/fold';
import { lastAtOrBelow } from '../text/last-at-or-below';
import { lineStartsOf, type TextLines } from '../text/text-lines';
import { toAnalysisText } from './markdown-to-text';
import { sentenceAround } from './sentence-around';
import { readSkillStructure } from './read-skill-structure';

// "React, NodeJS, Go, Docker", "Python et JavaScript", "Svelte / Svelte-kit" — but "CI/CD" stays whole.
const LIST_SEPARATOR = /\s*(?:[,;\n]|\s[/&+]\s|\s(?:et|and|ou|or)\s)\s*/i;
const MAX_NAME_WORDS = 3;
const MAX_NAME_LENGTH = 30;
const MAX_DECLARED_LENGTH = 1000;
// beta.gouv.fr writes `techno: Choix libre` or a sentence when the team lets the recruit choose.
const NOT_SKILL_WORDS = new Set([
  'choix', 'libre', 'libres', 'ouvert', 'ouverts', 'parmi', 'selon', 'definir', 'etc', 'divers', 'autre', 'autres',
  'solutions', 'marche', 'technologies', 'technologique', 'technologiques', 'outils', 'aucun', 'aucune', 'importe', 'tbd',
]);

/**
 * Canonical skill names: first those the front matter declares (`techno`, `skills`), resolved
 * through lib/skills' taxonomy — an unknown short name is kept as written, as a skill — then
 * those found in the title and the body (Markdown, HTML or plain text), rosters and titles in capitals left out
 * (lib/skills/skill-evidence.ts), and the parts presenting the organization, its team or how to
 * apply (lib/text/body-sections.ts): what the organization does is not what the job asks;
 * nor the team's sessions the recruit takes part in, nor the positions a notice lists
 * (lib/skills/not-asked.ts).
 * `ownNames` are the posting's organization and product (`ownSkillNames`), never a skill it asks,
 * nor is a program it speaks of as itself (namesSpokenOfAsItself).
 * Each name once, in order of appearance, under its kind; with the lists of concrete skills of
 * which one will do and the ones the posting does not require (read-skill-structure.ts), when it has some.
 */
export function readSkills(declared: readonly string[], title: string, body: string, ownNames: readonly string[] = []): PostingSkills {
  // Split before the markup goes: a heading in bold or in HTML ("**Qui sommes-nous ?**", "<p><strong>About us</strong></p>") is one only then.
  const job = toAnalysisText(splitBody(body).job);
  const text = `${title}\n${job}`;
  const found = skillsAsked(text);
  const own = ownSkillNames([...ownNames, ...namesSpokenOfAsItself(text, found)]);
  const named = declared.flatMap(resolveDeclared).filter((name) => !own.has(name.toLowerCase()));
  const asked = own.size === 0 ? found : found.filter((match) => !own.has(match.name.toLowerCase()) || isListedAmongSkills(text, withoutPossessives(text, match), found));
  const sorted = sortByKind([...named, ...asked.map((match) => match.name)]);
  const { skillGroups, optionalSkills } = readSkillStructure(text, asked, sorted.skills, new Set(named));
  return {
    ...sorted,
    ...(skillGroups.length > 0 && { skillGroups }),
    ...(optionalSkills.length > 0 && { optionalSkills }),
  };
}

/** Fewest other concrete skills in a sentence that make it a list of what the job asks. */
const MIN_LISTED_BESIDE = 2;

/**
 * Whether a sentence naming `match` lists it among other concrete skills: FedRAMP's own posting
 * asking for "compliance standards, such as ISO, HIPAA, NIST, or FedRAMP" asks for FedRAMP.
 */
function isListedAmongSkills(text: string, match: SkillMatch, asked: readonly SkillMatch[]): boolean {
  // Where each other concrete skill starts, ascending: each sentence looks them up by halving, not
  // by reading them all (a hostile body naming both by the thousand took a time growing with its square).
  const others = asked
    .filter((other) => other.name !== match.name && skillKindOf(other.name) === 'skill')
    .map((other) => other.ranges.map(([from]) => from).sort((a, b) => a - b));
  if (others.length < MIN_LISTED_BESIDE) return false;
  return match.ranges.some(([start]) => {
    const sentence = sentenceAround(text, start);
    return others.filter((starts) => startsWithin(starts, sentence.start, sentence.end)).length >= MIN_LISTED_BESIDE;
  });
}

/** Whether one of `ascending` is in [start, end). */
function startsWithin(ascending: readonly number[], start: number, end: number): boolean {
  const last = ascending[lastAtOrBelow(ascending, end - 1)];
  return last !== undefined && last >= start && last < end;
}

/**
 * The skills that are the posting's own organization or product, lower-cased: Tchap hiring
 * someone to spread Tchap does not ask the recruit to know Tchap already ("Tchap recrute…",
 * `startup: tchap`), nor does Mattermost's posting ask for Mattermost, unless it lists it among
 * the skills it asks (isListedAmongSkills).
 */
function ownSkillNames(ownNames: readonly string[]): Set<string> {
  const own = new Set<string>();
  for (const name of ownNames) {
    const trimmed = name.trim();
    if (trimmed === '') continue;
    own.add(trimmed.toLowerCase());
    const canonical = canonicalSkillName(trimmed);
    if (canonical !== undefined) own.add(canonical.toLowerCase());
  }
  return own;
}

/** How many possessives ("FedRAMP’s policies") make a skill's name the program a posting speaks of as itself. */
const MIN_POSSESSIVES = 2;

/**
 * The skills a posting names as an actor more than once, by a possessive ("FedRAMP’s Cyber Data
 * Analyst will shape FedRAMP’s policies"): its own program, whatever its organization is read as;
 * "Django’s ORM" once is still the seeker's skill. Reads two code units after each range.
 */
function namesSpokenOfAsItself(text: string, found: readonly SkillMatch[]): string[] {
  return found
    .filter((match) => match.ranges.filter(([, end]) => isPossessiveAt(text, end)).length >= MIN_POSSESSIVES)
    .map((match) => match.name);
}

/** `match` without its mentions as an actor ("FedRAMP’s data needs"): none of them lists it among skills. */
function withoutPossessives(text: string, match: SkillMatch): SkillMatch {
  return { ...match, ranges: match.ranges.filter(([, end]) => !isPossessiveAt(text, end)) };
}

function isPossessiveAt(text: string, end: number): boolean {
  const mark = text[end];
  return (mark === '’' || mark === "'") && text[end + 1] === 's' && !/\w/.test(text[end + 2] ?? '');
}

/** An offer's skills (lib/postings/types.ts: Offer), the groups and optional ones only when it has some. */
export type PostingSkills = SkillsByKind & { skillGroups?: string[][]; optionalSkills?: string[] };

/**
 * The skills of `text` that are skill evidence (lib/skills/skill-evidence.ts): those found in it,
 * less the ranges the evidence rules and the phrases that ask nothing (lib/skills/not-asked.ts) blank, each skill ordered by its first range kept. The rules
 * read only the lines holding a skill (a fifth of a posting's lines, under half its text), and the
 * text is not searched again after them. Searching the text they leave, as reader versions before
 * 16 did, gives the same on every shared posting; it differs only where a blank changes what stands
 * around a skill (a context word a spelling's guard asks for, the end of a longer spelling).
 */
function skillsAsked(text: string): SkillMatch[] {
  const found = extractSkills(text);
  if (found.length === 0) return found;
  const lines = linesHolding(text, found);
  const evidence = skillEvidence(withoutUnaskedPhrases(text, lines), lines);
  if (evidence === text) return found;
  return found
    .flatMap((match) => {
      const ranges = match.ranges.filter(([start, end]) => evidence.slice(start, end) === text.slice(start, end));
      return ranges.length === 0 ? [] : [{ ...match, ranges }];
    })
    .sort((a, b) => a.ranges[0]![0] - b.ranges[0]![0]);
}

/** The lines of `text` holding some of the matches' ranges, to be read. */
function linesHolding(text: string, matches: readonly SkillMatch[]): TextLines {
  const starts = lineStartsOf(text);
  const holds = new Uint8Array(starts.length);
  for (const { ranges } of matches) {
    // A spelling of several words may go on over a line break ("Ruby on\nRails").
    for (const [start, end] of ranges) {
      const first = lastAtOrBelow(starts, start);
      // A match is never empty: its last character is on its first line or below.
      for (let line = first, last = lastAtOrBelow(starts, end - 1, first); line <= last; line++) holds[line] = 1;
    }
  }
  const read: number[] = [];
  holds.forEach((held, line) => {
    if (held) read.push(line);
  });
  return { starts, read };
}

function resolveDeclared(value: string): string[] {
  return value.slice(0, MAX_DECLARED_LENGTH).split(LIST_SEPARATOR).flatMap((piece) => {
    const name = piece.trim().replace(/(?<!\.)\.+$/, '');
    if (name === '') return [];
    const canonical = canonicalSkillName(name);
    if (canonical !== undefined) return [canonical];
    const known = extractSkills(name).map((match) => match.name);
    if (known.length > 0) return known;
    return looksLikeName(name) ? [name] : [];
  });
}

function looksLikeName(text: string): boolean {
  const words = foldText(text).split(/\s+/);
  return text.length <= MAX_NAME_LENGTH && words.length <= MAX_NAME_WORDS && !words.some((word) => NOT_SKILL_WORDS.has(word));
}
