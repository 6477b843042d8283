import { foldText } from './fold';

/**
 * Headings of the parts of a posting that describe who posts it or how to apply rather than
 * the job: "Qui sommes-nous ?", "L’équipe", "Candidater" on beta.gouv.fr, "About us", "How to
 * apply", "Why join…" elsewhere. A team roster there ("Fabien : Data scientist") names roles
 * that are not the one offered, and the organization's own trades ("nos chantiers vont de la
 * datavisualisation au design UX/UI") are not skills the job asks for: the search weighs these
 * parts little, the skills reader skips them. Compared folded, without punctuation or emoji, at
 * the start of the heading. Not "Contexte" nor "Le produit": beta.gouv.fr describes the
 * product's stack there (but see presentsByName: "Le Contexte : La Fabrique Numérique").
 */
const ASIDE_HEADINGS: readonly string[] = [
  'qui sommes nous', 'qui sommes-nous', 'a propos de nous', 'a propos de l', 'l equipe', 'notre equipe', 'votre equipe', 'l equipe actuelle',
  'equipe', 'la team', 'contact', 'contacts', 'candidater', 'candidature', 'pour candidater', 'comment candidater',
  'postuler', 'pour postuler', 'comment postuler', 'comment envoyer', 'processus de recrutement',
  'about us', 'about the team', 'about the company', 'about the organization', 'who we are', 'our team', 'the team',
  'meet the team', 'how to apply', 'to apply', 'apply', 'application process', 'hiring process', 'recruitment process',
  // The organization presented, why join it, what it offers all its staff: the same in every posting it writes.
  'qui compose', 'composition de l equipe', 'la communaute', 'quelques presentations', 'qu est-ce qu une start-up',
  'l entreprise', 'notre entreprise', 'la societe', 'notre societe', 'la cooperative', 'notre cooperative', 'l association',
  'notre association', 'pourquoi nous rejoindre', 'les valeurs', 'nos valeurs', 'diversite et inclusion',
  'about working', 'why join', 'why work', 'what we offer', 'our values', 'our company', 'general process',
];

/**
 * A Markdown heading ("## L’équipe") or a line in bold alone, which posters use as one ("**Contact**"),
 * or the same in HTML, as applicant-tracking pages paste them ("<h2>About us</h2>", "<p><strong>About
 * Doximity:</strong></p>"),
 * matched on the line without its trailing spaces. Each part can match a line one way only: `.`
 * with the `s` flag ends the heading at the line's end whatever it holds (without it, a line
 * separator U+2028 sent the spaces and the text trading characters back and forth, quadratic in
 * the line's length), and the bold line ends on its `**` or `** :`, with no spaces left after them to share out.
 */
const HEADING = /^(#{1,6})\s+(.*)$|^\s*\*\*([^*]{2,60})\*\*(?:\s*:)?$|^\s*(?:<p(?:\s[^<>]{0,200})?>\s*)?<(h[1-6]|strong|b)(?:\s[^<>]{0,200})?>([^<]{2,100})<\/\4>\s*(?:<\/p>)?$/is;
/** "&amp;", "&nbsp;" in an HTML heading: no word of it. */
const HTML_ENTITY = /&#?[a-z0-9]{1,8};/gi;
/** An address's domain, read right after its `@`: a name, a dot, more. */
const DOMAIN_AFTER_AT = /[\w-]+\.[\w.]/y;
const BEFORE_AT = /[\w.+-]/;
/** Longest line an HTML heading fills (its tags with attributes, and its words): longer lines are prose, never cut out. */
const MAX_HTML_HEADING_LINE = 400;
/** Level given to a bold line standing for a heading: any real heading ends its section. */
const BOLD_HEADING_LEVEL = 7;

export interface BodyParts {
  /** The job: missions, profile, stack, conditions, context. */
  job: string;
  /** About the organization or the team, how to apply, contact lines. */
  aside: string;
}

/**
 * Splits a Markdown body into the job and its aside, section by section. Runs of lines that go to
 * the same part are cut out whole: only a line that may be a heading or that holds an "@" is read
 * on its own (the search index and the skills reader split every posting).
 */
export function splitBody(markdown: string): BodyParts {
  const job: string[] = [];
  const aside: string[] = [];
  /** Level of the aside heading whose section we are in; 0 outside any. */
  let asideLevel = 0;
  let runStart = 0;
  let runIsAside = false;
  let nextAt = markdown.indexOf('@');
  for (let lineStart = 0; ; ) {
    const newline = markdown.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? markdown.length : newline;
    const line = mayBeHeading(markdown, lineStart, lineEnd) || (nextAt !== -1 && nextAt < lineEnd) ? markdown.slice(lineStart, lineEnd) : undefined;
    const heading = line !== undefined && mayBeHeadingLine(line) ? HEADING.exec(line.trimEnd()) : null;
    if (heading) {
      const level = headingLevel(heading);
      if (asideLevel && level <= asideLevel) asideLevel = 0;
      if (!asideLevel && isAsideHeading(heading[2] ?? heading[3] ?? (heading[5] ?? '').replace(HTML_ENTITY, ' '))) asideLevel = level;
    }
    const isAside = asideLevel !== 0 || (nextAt !== -1 && nextAt < lineEnd && holdsAddress(line!));
    if (isAside !== runIsAside && lineStart > runStart) {
      (runIsAside ? aside : job).push(markdown.slice(runStart, lineStart - 1));
      runStart = lineStart;
    }
    runIsAside = isAside;
    if (newline === -1) break;
    lineStart = newline + 1;
    if (nextAt !== -1 && nextAt < lineStart) nextAt = markdown.indexOf('@', lineStart);
  }
  (runIsAside ? aside : job).push(markdown.slice(runStart));
  return { job: job.join('\n'), aside: aside.join('\n') };
}

/** A Markdown or HTML heading's level; a line in bold alone is below every heading. */
function headingLevel(heading: RegExpExecArray): number {
  if (heading[1]) return heading[1].length;
  const tag = heading[4]?.toLowerCase();
  return tag?.startsWith('h') ? Number(tag.slice(1)) : BOLD_HEADING_LEVEL;
}

/**
 * Whether a line gives an address to write to (name@domain.tld): it is about applying, wherever it
 * stands. Checked at each `@` only: a pattern searching for the name before it started again at
 * every character of a long line with no domain after its `@`, quadratic in the line's length.
 */
function holdsAddress(line: string): boolean {
  for (let at = line.indexOf('@'); at !== -1; at = line.indexOf('@', at + 1)) {
    if (at === 0 || !BEFORE_AT.test(line[at - 1]!)) continue;
    DOMAIN_AFTER_AT.lastIndex = at + 1;
    if (DOMAIN_AFTER_AT.test(line)) return true;
  }
  return false;
}

/**
 * Most lines are prose: their first character tells they are no heading, before any pattern runs
 * (an HTML line, its length too).
 * Only a line that starts with a space of some kind (any code unit up to U+0020 or beyond ASCII)
 * is cut out to be read past its spaces (mayBeHeadingLine); a blank one is not.
 */
function mayBeHeading(text: string, lineStart: number, lineEnd: number): boolean {
  const first = text.charCodeAt(lineStart);
  if (first === 60 /* < */) return lineEnd - lineStart <= MAX_HTML_HEADING_LINE;
  return first === 35 /* # */ || first === 42 /* * */ || (first <= 32 && first !== 10) || first >= 0x80;
}

function mayBeHeadingLine(line: string): boolean {
  const first = line.trimStart().charCodeAt(0);
  return first === 35 /* # */ || first === 42 /* * */ || first === 60 /* < */;
}

/**
 * A heading that names what it presents after a colon, the organization or its setting: "Le
 * Contexte : La Fabrique Numérique", "Context: The Canadian Digital Service", "La Start-up :
 * DomiFa" (the problem its users have, "des tâches de gestion administrative", is no domain of the job).
 * Bare, "Contexte" often describes the product and its stack (see ASIDE_HEADINGS): only a name
 * after the colon, written with a capital, says it presents an organization.
 */
const PRESENTING_HEADING = /^(?:le |la |the |l )?(?:contexte|context|start-?up(?: d etat)?|organisation|organization) ?:$/;
// The article in any case, then the name's own capital: "Le projet" names no one, though its L is a capital.
const LEADING_ARTICLE = /^(?:(?:la|le|les|the|une?|an?)\s+|l['’]\s*)/i;
const CAPITAL_FIRST = /^\p{Lu}/u;

/**
 * "About Doximity", "About Skimlinks": an applicant-tracking page's section on the company, about
 * someone named who is neither the reader nor the job ("About you", "About the role"; folded,
 * the first word after "about"). Not "À propos de …": beta.gouv.fr names its product there
 * ("À propos de nosgestesclimat.fr"), the job's own subject.
 */
const ABOUT_WHOM = /^about ([a-z0-9]+)/;
const NOT_A_NAME_AFTER_ABOUT = new Set([
  'you', 'your', 'yourself', 'the', 'this', 'these', 'our', 'role', 'job', 'position', 'opportunity', 'working', 'what', 'how', 'benefits',
  // The job's own topics: "About Skills", "About Remote Work" say what it asks and how it is worked.
  'skills', 'requirements', 'qualifications', 'responsibilities', 'duties', 'remote', 'location', 'schedule', 'compensation',
  'salary', 'pay', 'eligibility', 'hiring', 'applying',
]);

/** Whether a heading presents someone it names; `words` is the heading folded (see foldedWords). */
function presentsByName(text: string, words: string): boolean {
  const about = ABOUT_WHOM.exec(words)?.[1];
  if (about !== undefined && !NOT_A_NAME_AFTER_ABOUT.has(about)) return true;
  const foldedColon = words.indexOf(':');
  if (foldedColon === -1 || !PRESENTING_HEADING.test(words.slice(0, foldedColon + 1))) return false;
  const named = text.slice(text.indexOf(':') + 1).replace(/^[\s*_]+/, '');
  return CAPITAL_FIRST.test(named.replace(LEADING_ARTICLE, ''));
}

/** ASIDE_HEADINGS as one pattern: a start, then the end of the words, a space, a colon or a hyphen. */
const ASIDE_HEADING = new RegExp(`^(?:${ASIDE_HEADINGS.map((start) => start.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?:$|[ :-])`);

// Answers by heading: a publisher's postings repeat the same headings ("## Qui sommes-nous ?",
// "**About us**"), and postings are split by the thousand. Bounded in number and in length, as
// headings may be anything (a Markdown heading runs to its line's end, of any size).
const asideByHeading = new Map<string, boolean>();
const MAX_REMEMBERED_HEADINGS = 2_000;
const MAX_REMEMBERED_HEADING_LENGTH = 120;

function isAsideHeading(text: string): boolean {
  const remembered = asideByHeading.get(text);
  if (remembered !== undefined) return remembered;
  const words = foldedWords(text);
  const aside = ASIDE_HEADING.test(words) || presentsByName(text, words);
  if (text.length <= MAX_REMEMBERED_HEADING_LENGTH) {
    if (asideByHeading.size >= MAX_REMEMBERED_HEADINGS) asideByHeading.clear();
    // A copy: the heading is a slice of its posting's body, and V8 keeps the whole body alive for
    // its slices (1,000 postings of 230 KB left 230 MB in the map; copied, under a megabyte).
    asideByHeading.set([...text].join(''), aside);
  }
  return aside;
}

/** A heading's words folded, punctuation and emoji out (a colon kept: it says a name follows). */
function foldedWords(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9\s:-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
