import { asTextList } from './field-values';
import type { FrontMatterFields } from './front-matter-fields';
import { parseFrenchDate } from './french-dates';
import { linesWithDigit, type DigitLinesOf } from './lines-with-digit';
import { quickPattern } from './quick-pattern';

/**
 * Front-matter keys that name the last day to apply (normalized, see indexFields). Not
 * `depublication_date`: beta.gouv.fr takes a page down then, which says nothing to applicants.
 */
const DEADLINE_KEYS = [
  'date_limite_de_candidature', 'date_limite', 'deadline', 'application_deadline', 'apply_by', 'closing_date',
  // The US GSA's TTS site: `closes`; ANCT's incubator: `poste_ferme`; schema.org: `validThrough`.
  'closes', 'poste_ferme', 'validthrough', 'valid_through', 'expires', 'expiration_date',
] as const;

/** Words that announce the deadline in a body, in French and English; the date follows within a few words. */
const BEFORE_DATE = String.raw`(?:au plus tard |jusqu['’]au |avant (?:le )?)`;
const DEADLINE_PHRASES = [
  String.raw`date limite(?: de (?:d[ée]p[ôo]t|candidature|r[ée]ception)s?(?: des candidatures)?)?`,
  String.raw`cl[ôo]ture des candidatures`,
  String.raw`candidatures? (?:ouvertes? |accept[ée]es? |re[çc]ues? )?jusqu['’](?:au|[àa])`,
  String.raw`postul(?:er|ez) ${BEFORE_DATE}`,
  String.raw`candidat(?:er|ez) ${BEFORE_DATE}`,
  String.raw`[ée]crivez[- ]nous ${BEFORE_DATE}`,
  String.raw`envoyez[^.\n]{0,60}? ${BEFORE_DATE}`,
  String.raw`apply (?:by|before|no later than)`,
  String.raw`applications? (?:close|are due|must be (?:received|submitted))(?: on| by| before)?`,
  String.raw`closes? on`,
  String.raw`closing date(?: for (?:this|the) (?:vacancy|position|posting|role))?(?: is)?`,
  String.raw`application deadline(?: is)?`,
  String.raw`deadline(?: to apply| for applications)?(?: is)?`,
];
const DEADLINE_PHRASE = quickPattern(`(?:${DEADLINE_PHRASES.join('|')})`, DEADLINE_PHRASES, 'i');
// The date stands right after the phrase ("Date limite : 8 mars 2020", "closes on April 25, 2024").
const DATE_WINDOW = 60;

/** The last day to apply, ISO (YYYY-MM-DD): a deadline key, else a deadline phrase of the body. */
export function readDeadline(fields: FrontMatterFields, plainBody: string, digitLinesOf: DigitLinesOf = linesWithDigit): string | undefined {
  for (const key of DEADLINE_KEYS) {
    const date = asTextList(fields.get(key))
      .map((text) => parseFrenchDate(text.slice(0, 200)))
      .find((found) => found !== undefined);
    if (date !== undefined) return date;
  }
  return readBodyDeadline(plainBody, digitLinesOf);
}

/**
 * The date following the first deadline phrase of a body's analysis text that has one. No phrase
 * runs over a line's end, and the date stands on the phrase's line: only lines with a digit count.
 */
export function readBodyDeadline(plainBody: string, digitLinesOf: DigitLinesOf = linesWithDigit): string | undefined {
  for (const line of digitLinesOf(plainBody)) {
    const date = deadlineInLine(line);
    if (date !== undefined) return date;
  }
  return undefined;
}

function deadlineInLine(line: string): string | undefined {
  for (const match of DEADLINE_PHRASE.matchAll(line)) {
    const after = match.index + match[0].length;
    const date = parseFrenchDate(line.slice(after, after + DATE_WINDOW));
    if (date !== undefined) return date;
  }
  return undefined;
}
