import { allLines, lineEnd, replaceReadLines, type TextLines } from '../text/text-lines';

/*
 * Phrases that name skills without asking for them (the worker's bulk reading,
 * lib/postings/read-skills.ts, reads them on the lines where it found a skill):
 * - the team's sessions the recruit is to take part in: "une présence régulière à Paris pour
 *   participer aux sessions communes de tests utilisateurs, démonstrations, rétrospective et
 *   planification", "attend the weekly meetings on user research". Being there is not a skill; a
 *   job that runs them ("animer des sessions de tests utilisateurs") still asks for it.
 * - the positions a notice hires for, listed after a line saying so: "The positions we are hoping
 *   to fill include" then "- Login.gov - UX Designer", "Nous recrutons pour les postes suivants :".
 *   Each is a job title, not a skill.
 */

/** Stops a clause: what follows says why or with what, no longer which sessions. */
const CLAUSE_END = String.raw`[.;!?\n]|\s(?:pour|afin|avec|to|with|using|in order)\s`;
const TEAM_SESSIONS = new RegExp(
  String.raw`(?<!\p{L})(?:particip(?:er|ez|erez|ent|e|ation)\s+(?:à|aux?)|(?:take|takes|taking)\s+part\s+in|participat(?:e|es|ing)\s+in|attend(?:s|ing)?|join(?:s|ing)?)` +
    String.raw`\s+(?:(?:la|les|des|nos|vos|leurs|the|our|your|its|their|all|team|regular|weekly|daily)\s+)*` +
    String.raw`(?:sessions?|r[ée]unions?|rituels?|c[ée]r[ée]monies|ceremonies|rituals|meetings?)(?!\p{L})(?:(?!${CLAUSE_END})[^])*`,
  'giu',
);
/**
 * A word TEAM_SESSIONS cannot match without (its verbs), with the same flags: a line lacking all of
 * them is not searched by TEAM_SESSIONS, whose opening lookbehind V8 tries at every character.
 */
const SESSION_VERB = /particip|part\s|attend|join/iu;

// A line announcing positions (trimmed): a position word and a hiring word, in either order, then
// "include", "are", "suivants" or a colon at the line's end.
const POSITION_WORD = String.raw`(?:positions?|roles?|openings?|vacanc(?:y|ies)|postes?|profils|jobs)`;
const HIRING_WORD = String.raw`(?:fill|filling|hire|hiring|recruit(?:ing)?|open|available|recrut\w*|pourvoir|ouverts?)`;
const POSITIONS_INTRO = new RegExp(
  String.raw`(?:\b${POSITION_WORD}\b[^.!?\n]{0,80}\b${HIRING_WORD}\b|\b${HIRING_WORD}\b[^.!?\n]{0,60}\b${POSITION_WORD}\b)[^.!?\n:]{0,40}?` +
    String.raw`(?:\s+(?:include|includes|including|are|suivants|following|below))?\s*:?$`,
  'i',
);
// Both sticky, tried at a line's start: a list item, and a line of spaces alone.
const LIST_ITEM = /[ \t]*(?:[-*+•·–]|\d{1,2}[.)])[ \t]+\S/y;
const BLANK_LINE = /[^\S\n]*(?:\n|$)/y;

/**
 * `text` with the phrases above blanked (same length, line breaks kept, so offsets hold). With
 * `lines`, only the lines it reads are read: a phrase naming no skill changes nothing, and the
 * lines holding none are most of a posting.
 */
export function withoutUnaskedPhrases(text: string, lines: TextLines = allLines(text)): string {
  const isListedPosition = listedPositionReader(text, lines.starts);
  return replaceReadLines(text, lines, (line, index) =>
    isListedPosition(index)
      ? ' '.repeat(line.length)
      : SESSION_VERB.test(line)
        ? line.replace(TEAM_SESSIONS, (phrase) => ' '.repeat(phrase.length))
        : line,
  );
}

/**
 * Whether line `index` is an item of a list of positions: below a line announcing them, other items
 * and blank lines between. Asked of lines in increasing order, it looks at each line once: walking up
 * from each item to its list's head took a time growing with the square of the list (5 s for a
 * hostile body of 11,000 items).
 */
function listedPositionReader(text: string, starts: readonly number[]): (index: number) => boolean {
  let scanned = 0;
  /** The last line above `scanned` that is neither a list item nor blank, and whether it announces positions, once asked. */
  let head = -1;
  let headAnnounces: boolean | undefined;
  // Tested where a line starts, without cutting it out: neither pattern reads past a line break.
  const isItem = (index: number) => {
    LIST_ITEM.lastIndex = starts[index]!;
    return LIST_ITEM.test(text);
  };
  const isBlank = (index: number) => {
    BLANK_LINE.lastIndex = starts[index]!;
    return BLANK_LINE.test(text);
  };
  return (index) => {
    if (!isItem(index)) return false;
    for (; scanned < index; scanned++) {
      if (!isBlank(scanned) && !isItem(scanned)) {
        head = scanned;
        headAnnounces = undefined;
      }
    }
    if (head < 0) return false;
    // Tested trimmed: spaces after the colon matched by a run of their own, beside \s*, shared each
    // space every way before failing (68 s for a line of 20,000 spaces and a word).
    headAnnounces ??= POSITIONS_INTRO.test(text.slice(starts[head]!, lineEnd(starts, head, text)).trimEnd());
    return headAnnounces;
  };
}
