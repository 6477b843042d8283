import { canonicalSkillName } from './canonical-skill-name';
import { extractSkills } from './extract-skills';
import { foldText } from '../text/fold';
import { matchesOf } from '../text/matches-of';
import { allLines, replaceReadLines, type TextLines } from '../text/text-lines';

/*
 * Lines of a posting that name skills without asking for them. A team roster names its
 * members' roles ("* Product Manager : Agathe L.", "- Fabien : Data scientist", "Anne Pichon
 * (UX designer)"): the posting introduces colleagues, it does not ask the recruit to be one.
 * A job title in capitals ("DÉVELOPPEUSE WEB", a heading the regional job board copies from
 * applicant-tracking pages) is the posting's name, not a requirement. A sentence listing a
 * team's trades ("intrapreneurs, développeurs, designers UX/UI et coachs") names colleagues' jobs.
 */

/** Words that make one side of "X : Y" a role: FR and EN job titles as postings write them. */
const ROLE_WORDS = new Set([
  'developpeur', 'developpeuse', 'developpeurs', 'developpeuses', 'developpeur·se', 'developpeur.se', 'dev', 'developer', 'engineer',
  'ingenieur', 'ingenieure', 'designer', 'designeuse', 'manager', 'coach', 'owner', 'po', 'pm', 'scientist', 'analyst',
  'analyste', 'intrapreneur', 'intrapreneuse', 'intrapreneure', 'charge', 'chargee', 'charge·e', 'responsable', 'lead',
  'head', 'directeur', 'directrice', 'director', 'chef', 'cheffe', 'stagiaire', 'intern', 'consultant', 'consultante',
  'architecte', 'architect', 'devops', 'sre', 'bizdev', 'juriste', 'researcher', 'chercheur', 'chercheuse', 'cto', 'ceo',
  'cpo', 'fondateur', 'fondatrice', 'founder', 'mentor', 'sponsor', 'referent', 'referente', 'administrateur',
  'administratrice', 'designers', 'developers', 'engineers',
]);

const LIST_MARK = /^[ \t]*(?:[-*+•·–]|\d{1,2}[.)])?[ \t]*/;
// A person as rosters write one: one to four capitalized words or initials ("Agathe", "Agathe L.", "Anne-Sophie de La Tour").
const NAME_WORD = String.raw`(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.?)`;
const PERSON = new RegExp(String.raw`^${NAME_WORD}(?:\s+(?:${NAME_WORD}|de|du|van|von|le|la|da|di))*$`, 'u');
const MAX_NAME_WORDS = 4;
const MAX_ROLE_WORDS = 6;
const MAX_ROSTER_LINE = 120;
// "Role : Person", "Person : Role", "Person – Role", "Person, Role".
const PAIR = /^([^:–—,()]{1,60}?)\s*(?:\s:\s?|:\s|\s[–—-]\s|,\s)\s*([^:–—,()]{1,60})$/u;
// "Person (Role)", several on a line: "Agathe (PM), Fabien (dev)".
const PERSON_WITH_ROLE = new RegExp(String.raw`${NAME_WORD}(?:\s+${NAME_WORD}){0,3}\s*\(([^()\n]{1,60})\)`, 'gu');
// "un designer UX", "1 ux designer", "deux développeurs", "a product manager": a member counted in a team.
const COUNT_WORDS = new Set(['un', 'une', 'un·e', 'un.e', 'deux', 'trois', 'quatre', 'cinq', 'six', 'a', 'an', 'one', 'two', 'three', 'four', 'five']);
const MEMBER_ROLE_WORDS = new Set([...ROLE_WORDS, 'ux', 'ui', 'devs', 'intrapreneurs', 'coachs', 'chargees', 'charges', 'scientists', 'managers', 'analysts', 'specialists']);
const WORDS_AFTER_COUNT = 2;
// "intrapreneurs, développeurs, designers et coachs": a team's composition, not what the job asks.
const MIN_TEAM_ROLES = 3;
const MAX_LIST_GAP = 2;
const LIST_WORD = /^(et|and|ou|or|&)$/;
// "You are a Python developer or a Go engineer": members joined by "or" only are the one job, each way it may be held.
const ALTERNATIVE_ROLES = /^[\s,]*(?:ou(?: bien)?|or|et\/ou|and\/or)\s*$/i;
const MAX_MEMBER_ITEM_WORDS = 10;
const ITEM_SEPARATORS = /[\s/,]+/;
const ITEM_WORD = /[^\s/,]+/g;
const SENTENCE = /[^.;!?]+[.;!?]*/g;
// At most 80 characters, longer than any word a rule reads: TRAILING_PUNCTUATION, tried from each
// mark of a run of them, is quadratic in the run ("……a"), so a word's length bounds it.
const WORD = /[^\s/,()*]{1,80}/g;
const TRAILING_PUNCTUATION = /[.;:!?…]+$/;
// "chargée de déploiement", "head of product": the words that join a role to what it is about.
const ROLE_COMPLEMENT = new Set(['de', 'du', 'des', "d'", 'of', 'en']);
const LOWERCASE = /\p{Ll}/u;
// Nearly every line has one: a search without the u flag finds it sooner (bulk parsing, skillEvidence).
const ASCII_LOWERCASE = /[a-z]/;
// A word that folds to a member's role, in folded text: after what may start a word of WORD, a
// side of PAIR, a sentence (. ; ! ?) or a list item (LIST_MARK), up to what may end one (a WORD
// separator, trailing punctuation, the end). Every word that isRole or countedMemberSpans reads
// as a role is found so, and no two in one find: a line or sentence with fewer finds than a rule
// needs is left as it is, without splitting it into words and folding each one. Only the worker's
// bulk parsing (skillEvidence) counts them so: a page reads short blocks, and its script stays
// without this pattern (tests/e2e/build/built-extension.test.ts weighs it).
const MEMBER_ROLE_WORD = /* @__PURE__ */ new RegExp(
  String.raw`(?:^|[\s/,()*.:;!?+•·–-])(?:${/* @__PURE__ */ [...MEMBER_ROLE_WORDS].join('|').replace(/[.]/g, String.raw`\.`)})(?=$|[\s/,()*.;:!?…])`,
  'g',
);
const CAPITAL_WORD = /\p{Lu}{4,}/gu;
/** The fewest code units CAPITAL_WORD matches. */
const MIN_CAPITAL_WORD = 4;
const ROLE_IN_BRACKETS = /^\s*\(([^()\n]{1,60})\)/;

/** What the rules ask of skill names: the taxonomy for postings, a page's compiled terms on pages (lib/page/counted-on-page.ts). */
export interface SkillNames {
  /** Whether `text` names a skill anywhere. */
  namesSkill(text: string): boolean;
  /** Whether `word`, whole, is a skill's name. */
  isSkillName(word: string): boolean;
}

const TAXONOMY_NAMES: SkillNames = {
  namesSkill: (text) => extractSkills(text).length > 0,
  isSkillName: (word) => canonicalSkillName(word) !== undefined,
};

/**
 * `text` with the lines that are not skill evidence blanked (same length, so offsets hold):
 * team rosters, the roles a sentence counts among a team's members, and job titles in capitals.
 * With `lines`, only the lines it reads are read, the others kept as they are: the bulk parsing
 * reads only the lines where it found a skill (lib/postings/read-skills.ts).
 */
export function skillEvidence(text: string, lines?: TextLines): string {
  // Postings are parsed by the thousand: a line's role words, counted in one pass over the whole
  // text (or over each line read, when few are), let most lines skip the rules.
  const rolesByLine = lines ? undefined : roleWordsByLine(text);
  return replaceReadLines(text, lines ?? allLines(text), (line, index) => {
    const roles = rolesByLine ? (rolesByLine[index] ?? 0) : roleWordsIn(line);
    // Without a role, only a title in capitals is blanked: a line too short to hold a word in
    // capitals (most are blank) or with a lower-case letter is kept.
    if (roles === 0 && (line.length < MIN_CAPITAL_WORD || ASCII_LOWERCASE.test(line))) return line;
    return lineEvidence(line, TAXONOMY_NAMES, { roles, rolesIn: roleWordsIn });
  });
}

/** skillEvidence with the skill names given: the content script has a page's terms, not the taxonomy, and short blocks to read. */
export function skillEvidenceBy(text: string, names: SkillNames): string {
  return replaceReadLines(text, allLines(text), (line) => lineEvidence(line, names));
}

/**
 * What the bulk parsing knows of a line before the rules read it: how many of its words may be a
 * member's role (see roleWordsByLine), and how to count them in a part of it. A rule needing more
 * role words than that is skipped; without it every rule reads the line, to the same result.
 */
interface RoleWords {
  roles: number;
  rolesIn(text: string): number;
}

/** One line as skill evidence, its role words counted or not (see RoleWords). */
function lineEvidence(line: string, names: SkillNames, counted?: RoleWords): string {
  // A roster, a counted member or a named role all need a role.
  if (counted?.roles === 0) return isTitleInCapitals(line, names) ? ' '.repeat(line.length) : line;
  if (isRosterLine(line, names) || isTitleInCapitals(line, names)) return ' '.repeat(line.length);
  const member = memberItemSpan(line);
  if (member) return blank(line, [member]);
  const withoutNamed = line.includes('(') ? line.replace(PERSON_WITH_ROLE, (match, role: string) => (isRole(role) ? ' '.repeat(match.length) : match)) : line;
  // Blanking a name may free a role glued to it: count again then.
  if (!counted) return withoutNamed.replace(SENTENCE, (sentence) => withoutCountedRoles(sentence));
  const roles = withoutNamed === line ? counted.roles : counted.rolesIn(withoutNamed);
  if (roles < 2) return withoutNamed;
  // A line of one sentence, most of them, is not counted again.
  return withoutNamed.replace(SENTENCE, (sentence) => withoutCountedRoles(sentence, sentence.length === withoutNamed.length ? roles : counted.rolesIn(sentence)));
}

/**
 * How many words each line of `text` has that may be a member's role (see MEMBER_ROLE_WORD), from
 * one fold of the whole text: folding keeps every line break, so its lines are the text's lines.
 */
function roleWordsByLine(text: string): number[] {
  const folded = foldText(text);
  const counts: number[] = [];
  let line = 0;
  let lineStart = 0;
  for (const match of matchesOf(MEMBER_ROLE_WORD, folded)) {
    // The match may start with the line break before its word: its end is on the word's line.
    const end = match.index + match[0].length;
    for (let index = folded.indexOf('\n', lineStart); index >= 0 && index < end; index = folded.indexOf('\n', lineStart)) {
      line++;
      lineStart = index + 1;
    }
    counts[line] = (counts[line] ?? 0) + 1;
  }
  return counts;
}

function roleWordsIn(text: string): number {
  return foldText(text).match(MEMBER_ROLE_WORD)?.length ?? 0;
}

/**
 * "- Un designer UX", "- 2 développeurs, en Django": one member of the team, as a list item. The
 * member (count word through role) is no evidence; what the item says after it may be ("en Django").
 */
function memberItemSpan(line: string): Span | undefined {
  const item = line.replace(LIST_MARK, '');
  if (item.length === line.length) return undefined;
  // Most items start with no count: their first word is folded alone, not the whole item.
  if (!isCount(firstFoldedWord(item))) return undefined;
  if (foldText(item).split(ITEM_SEPARATORS).filter(Boolean).length > MAX_MEMBER_ITEM_WORDS) return undefined;
  const spans = countedMemberSpans(item);
  if (spans.length !== 1) return undefined;
  const offset = line.length - item.length;
  const { start, end } = spans[0]!;
  // "une chargée de produit (product manager)": a role in brackets names the same member.
  const restated = ROLE_IN_BRACKETS.exec(item.slice(end));
  const memberEnd = restated && isRole(restated[1]!) ? end + restated[0].length : end;
  return { start: start + offset, end: memberEnd + offset };
}

/**
 * The first word of an item as splitting its folded text at ITEM_SEPARATORS gives it: folding
 * keeps each separator as one and makes none, so the item's words, folded one by one, are the
 * folded item's words, less those that fold to nothing (a lone accent).
 */
function firstFoldedWord(item: string): string {
  for (const match of item.matchAll(ITEM_WORD)) {
    const folded = foldText(match[0]);
    if (folded !== '') return folded;
  }
  return '';
}

interface Span {
  start: number;
  end: number;
}

/** A word of a sentence (see WORD), its trailing punctuation left out of its span and its fold. */
interface Word extends Span {
  folded: string;
}

function wordsOf(sentence: string): Word[] {
  // matchAll, not matchesOf: WORD is short, so copying it costs nothing, and the page script,
  // which reads words but never counts roles by line, then carries no matchesOf (its size budget).
  return [...sentence.matchAll(WORD)].map((match) => {
    const text = match[0].replace(TRAILING_PUNCTUATION, '');
    return { folded: foldText(text), start: match.index, end: match.index + text.length };
  });
}

/**
 * The counted members of a sentence, each from its count word through its role: "un designer
 * UI/UX", "2 chargées de déploiement", "1 Product Manager", "a developer" (not the rest of the sentence).
 */
function countedMemberSpans(sentence: string, words: readonly Word[] = wordsOf(sentence)): Span[] {
  const spans: Span[] = [];
  for (let index = 0; index < words.length; index++) {
    if (!isCount(words[index]!.folded)) continue;
    const following = words.slice(index + 1, index + 1 + WORDS_AFTER_COUNT);
    let last = following.findLastIndex((word) => MEMBER_ROLE_WORDS.has(word.folded));
    if (last < 0) continue;
    last += index + 1;
    // The role goes on over role words ("designer UX") and a complement ("chargées de déploiement").
    for (;;) {
      if (MEMBER_ROLE_WORDS.has(words[last + 1]?.folded ?? '')) last += 1;
      else if (ROLE_COMPLEMENT.has(words[last + 1]?.folded ?? '') && words[last + 2] !== undefined && !isCount(words[last + 2]!.folded) && isPhrase(sentence, words.slice(last, last + 3))) last += 2;
      else break;
    }
    spans.push({ start: words[index]!.start, end: words[last]!.end });
    index = last;
  }
  return spans;
}

// "chargées de déploiement" is one role; "développeurs, en Django" says in what they work.
function isPhrase(sentence: string, words: ReadonlyArray<Span>): boolean {
  return words.every((word, index) => index === 0 || /^\s+$/.test(sentence.slice(words[index - 1]!.end, word.start)));
}

/**
 * A sentence that lists a team's trades ("une équipe de développeurs, designers UX/UI et
 * coachs") blanked; one that counts several members ("As a developer you will work with a
 * designer"), its counted roles blanked, the rest kept, unless "or" alone joins them (the job's own roles). With its `roles` counted (see RoleWords),
 * one with fewer than two is kept without reading it.
 */
function withoutCountedRoles(sentence: string, roles?: number): string {
  if (roles !== undefined && roles < 2) return sentence;
  // Both rules read the same words: cut out and folded once.
  const words = wordsOf(sentence);
  if (longestRoleList(sentence, words) >= MIN_TEAM_ROLES) return ' '.repeat(sentence.length);
  const spans = countedMemberSpans(sentence, words);
  if (spans.length < 2 || spans.every((span, index) => index === 0 || ALTERNATIVE_ROLES.test(sentence.slice(spans[index - 1]!.end, span.start)))) return sentence;
  return blank(sentence, spans);
}

/** `text` with its spans (in order, apart) blanked, in one pass: a line may count thousands of members. */
function blank(text: string, spans: readonly Span[]): string {
  let blanked = '';
  let kept = 0;
  for (const { start, end } of spans) {
    blanked += text.slice(kept, start) + ' '.repeat(end - start);
    kept = end;
  }
  return blanked + text.slice(kept);
}

/**
 * The longest list of roles in a sentence: roles (runs of role words, "designers UX/UI" is one)
 * with at most MAX_LIST_GAP other words between one and the next ("développeurs, business
 * developers, designers"), list words aside. "En tant que développeur, vous travaillerez avec un
 * designer" is no list: the job, then a colleague.
 */
function longestRoleList(sentence: string, words: readonly Word[]): number {
  let longest = 0;
  let listed = 0;
  let gap = 9;
  let end = 0;
  for (const word of words) {
    // "designers UX/UI" goes on; a comma or another word starts the next role (between two words
    // stand separators and trailing punctuation, which holds none of these).
    const apart = gap > 0 || /[,()]/.test(sentence.slice(end, word.start));
    end = word.end;
    const { folded } = word;
    if (MEMBER_ROLE_WORDS.has(folded)) {
      if (apart) longest = Math.max(longest, (listed = gap > MAX_LIST_GAP ? 1 : listed + 1));
      gap = 0;
    } else if (!LIST_WORD.test(folded)) gap++;
  }
  return longest;
}

function isCount(word: string): boolean {
  return COUNT_WORDS.has(word) || /^\d{1,2}$/.test(word);
}

function isRosterLine(line: string, names: SkillNames): boolean {
  if (line.length > MAX_ROSTER_LINE) return false;
  const pair = PAIR.exec(line.replace(LIST_MARK, '').trim());
  if (!pair) return false;
  const [, left = '', right = ''] = pair;
  return (isPerson(left, names) && isRole(right)) || (isRole(left) && isPerson(right, names));
}

function isPerson(text: string, names: SkillNames): boolean {
  const trimmed = text.trim();
  return PERSON.test(trimmed) && trimmed.split(/\s+/).length <= MAX_NAME_WORDS && !names.namesSkill(trimmed);
}

function isRole(text: string): boolean {
  const words = foldText(text).split(/[\s/]+/).filter(Boolean);
  return words.length > 0 && words.length <= MAX_ROLE_WORDS && words.some((word) => ROLE_WORDS.has(word));
}

/** A line in capitals with a word that names no skill: "DÉVELOPPEUSE WEB", not "HTML, CSS, SQL". */
function isTitleInCapitals(line: string, names: SkillNames): boolean {
  if (LOWERCASE.test(line)) return false;
  return (line.match(CAPITAL_WORD) ?? []).some((word) => !names.isSkillName(word));
}
