import { foldText } from '../text/fold';
import { asText } from './field-values';
import type { FrontMatterFields } from './front-matter-fields';
import { LIMITS } from './limits';
import { accentPattern } from './accent-pattern';
import { markdownToLine } from './markdown-to-text';
import { asOrganization } from './split-title';
import { lineAt } from '../text/line-at';
import { matchesOf } from '../text/matches-of';

// Mail services anyone may have an address at: their domain names no employer.
const MAIL_SERVICES = /(?:^|\.)(?:gmail|googlemail|yahoo|hotmail|outlook|live|msn|aol|icloud|me|gmx|proton|protonmail|free|orange|wanadoo|laposte|sfr|yandex|zoho|fastmail|hey)\.[a-z.]+$/i;

/** Long names a body spells out, and the name their own postings go by. */
const SHORT_NAMES: ReadonlyArray<{ name: string; spelled: readonly string[] }> = [
  { name: 'DINUM', spelled: ['direction interministerielle du numerique'] },
  { name: 'ANCT', spelled: ['agence nationale de la cohesion des territoires'] },
];

const UPPER = '\\p{Lu}';
const WORD = `[\\p{L}\\p{N}][\\p{L}\\p{N}_.&'’-]*`;
// A name opens with a capital or a digit ("Etalab", "Direction interministérielle du numérique",
// "beta.gouv.fr" is written lower-case: a domain name counts too) and runs to punctuation.
const NAME = `(?![Ll]es? |[Ll]a |[Tt]he )(?:[${UPPER}0-9][\\p{L}\\p{N}_.&'’-]*|[a-z][\\w-]*\\.(?:gouv\\.)?[a-z]{2,4})(?:[ \\t]+${WORD}){0,6}?`;
// What a posting presents its employer as, FR and EN: an organization, or the product its team makes.
const PRESENTED_AS = `(?:start-?up|coop[ée]rative|entreprise|soci[ée]t[ée]|association|agence|structure|incubateur|laboratoire|administration|collectif|service|plateforme|syst[èe]me|application|outil|produit|dispositif|programme|company|cooperative|agency|organi[sz]ation|nonprofit|non-profit|platform|system|app|tool|product|program|programme)`;
const ARTICLE = `(?:[Ll]a |[Ll]e |[Ll]es |[Ll]['’](?=\\p{Lu})|[Tt]he )?`;
/**
 * Sentences that name who hires, in French and English; the name is the first group. Each runs
 * only where its cheap `hint` is found: most bodies hold none of them. A pattern `inLine` matches
 * within one line (and the line break before it), and every match holds a hint: it runs on the
 * lines of the hints only, not from each line start of the sample (the "recrute" one tried its
 * name at every line and cost more than the rest of the organization's reading).
 */
const BODY_PATTERNS: ReadonlyArray<{ hint: RegExp; pattern: RegExp; inLine?: boolean }> = [
  // "L'entité que vous intégrerez est la Direction interministérielle du numérique."
  { hint: /int[ée]grerez/, pattern: new RegExp(`entit[ée] que vous int[ée]grerez est ${ARTICLE}(${NAME})(?=[ \\t]*[.,;:(\\n]|$)`, 'u') },
  // "La Fabrique numérique, l'incubateur du ministère des armées, recrute…", "L'Incubateur des Territoires recherche…"
  {
    hint: /recrute|recherche|hiring|looking for|seeking/g,
    inLine: true,
    pattern: new RegExp(
      `(?:^|\\n)[ \\t]*${ARTICLE}(${NAME})(?:,[^,\\n]{1,100},)?[ \\t]+(?:recrute|recherche|is hiring|is looking for|are looking for|is seeking)\\b`,
      'u',
    ),
  },
  // "Alerte COVID est un système d'avis…", "France chaleur urbaine (FCU) est une start-up d'État",
  // "Skimlinks is a company…": the product or organization the posting opens by presenting.
  {
    // "est un" is in most French bodies: the hint asks for what follows too.
    hint: new RegExp(String.raw`\b(?:est|is|c['’]est)[ \t]+(?:une?|an?)[ \t]+(?:\S+[ \t]+)?${PRESENTED_AS}`, 'g'),
    inLine: true,
    pattern: new RegExp(
      `(?:^|[\\n.!?][ \\t]*)${ARTICLE}(${NAME})(?:[ \\t]+\\([^()\\n]{1,20}\\))?[ \\t]+(?:est|is|c['’]est)[ \\t]+(?:une?|an?)[ \\t]+(?:[\\p{L}-]+[ \\t]+)?${PRESENTED_AS}\\b`,
      'u',
    ),
  },
  // "au sein d'Etalab", "au sein de la DINUM"
  { hint: /au sein/, pattern: new RegExp(`au sein (?:de la |du |des |de l['’]|d['’]|de )(${NAME})(?=[ \\t]*[.,;:(\\n]|[ \\t]+(?:et|qui|pour|dont|en)\\b|$)`, 'u') },
  // "## About Skimlinks", "## About the Canadian Digital Service", "## À propos de Etalab"
  { hint: /About|propos de/g, inLine: true, pattern: new RegExp(`(?:^|\\n)[ \\t]*(?:#{1,6}[ \\t]+)?(?:About|[ÀA] propos de(?: la| l['’]| du)?)[ \\t]+${ARTICLE}(${NAME})[ \\t]*(?:\\n|$)`, 'u') },
];
// "Le Service numérique canadien (SNC) modifie…", "The Canadian Digital Service (CDS) is…": a name
// defining its acronym, read back from the acronym, at the start of a sentence.
const ACRONYM = /\(([A-Z][A-Za-z]{1,7}(?: [A-Z]{1,4})?)\)/g;
// "Le Laboratoire d’innovation (Lab MI) du Ministère de l’Intérieur": the name goes on after its
// short form, over joining words and capitalized words.
const JOINING = `(?:du|de|des|de la|d['’]|l['’]|of|the|for)`;
const NAME_AFTER_ACRONYM = new RegExp(`^((?:[ \\t]+${JOINING})+[ \\t]*\\p{Lu}[\\p{L}-]*(?:(?:[ \\t]+${JOINING})*[ \\t]*\\p{Lu}[\\p{L}-]*)*)`, 'u');
const NAME_BEFORE_ACRONYM = new RegExp(`(?:^|[\\n.!?][ \\t]*)${ARTICLE}(${NAME})[ \\t]+$`, 'u');
const NAME_SPAN = 120;
// Openings of a sentence that look like a name and are not one.
const NOT_A_NAME = new Set(['vous', 'nous', 'notre', 'votre', 'our', 'we', 'you', 'this', 'it', 'us', 'ce', 'cette', 'il', 'elle', 'on', 'equipe', 'team', 'the team', 'poste', 'role', 'the role', 'position']);
// "# UI Designer Junior" with "La plateforme de l'inclusion" on the line under it: a short line
// right under the opening heading, no sentence, names the product (or team) the posting is for.
const SUBTITLE = /^\s*#[ \t]+[^\n]+\n[ \t]*(\p{Lu}[^\n.!?:;,()[\]]{1,80}?)[ \t]*(?:\n|$)/u;
const MAX_SUBTITLE_WORDS = 6;
// "Publié le 3 mars 2022", "CDD 12 mois": a date or a duration under the heading, no name.
const NUMBER = /\d{2}/;
// Where a posting says who it is: its first paragraphs.
const BODY_SAMPLE = 4000;

/**
 * Who hires: a key (`startup` on beta.gouv.fr, `equipe`, `company`, `hiringOrganization`…), else
 * the organization a title names ("Login.gov: Fraud Supervisor"), else a sentence of the body
 * ("au sein d'Etalab", "The Canadian Digital Service (CDS) is…"), else the domain of the contact
 * address ("contact@multi.coop": multi.coop), unless it is a mail service's.
 */
export function readOrganization(
  fields: FrontMatterFields,
  reading: { title: string; fromTitle: string | undefined; plainBody: string; contact: string | undefined },
): string | undefined {
  const { fromTitle, plainBody } = reading;
  const declared = declaredOrganization(fields.find('organization')?.value);
  if (declared && !SLUG.test(declared) && !LIST_OF_NAMES.test(declared)) return declared.slice(0, LIMITS.maxFieldText);
  const fromBody = () => organizationInBody(plainBody.slice(0, BODY_SAMPLE));
  const name = !declared
    ? (fromTitle ?? fromBody() ?? contactDomain(reading.contact))
    : SLUG.test(declared)
      ? (spelledOut(declared, `${reading.title}\n${plainBody}`) ?? fromTitle ?? fromBody() ?? humanized(declared))
      : (fromTitle ?? fromBody() ?? declared);
  return name?.slice(0, LIMITS.maxFieldText);
}

function contactDomain(contact: string | undefined): string | undefined {
  const domain = contact?.startsWith('mailto:') ? contact.slice(contact.lastIndexOf('@') + 1).toLowerCase() : undefined;
  return domain === undefined || MAIL_SERVICES.test(domain) ? undefined : domain;
}

// An identifier rather than a name, as beta.gouv.fr's `startup` often holds: lower-case words
// joined by hyphens ("place-de-marche-inclusion", "chauffage-urbain", "aidants-connect").
const SLUG = /^[\p{Ll}\p{N}]+(?:-[\p{Ll}\p{N}]+)+$/u;

// Several products rather than one name ("PSIJ, Candilib, Drône tracking, FEDEL-DM..."): beta.gouv.fr's
// `startup` of an incubator that hires for all its teams. The body then says who hires.
const LIST_OF_NAMES = /,[^,]*,|(?:\.\.\.|…)$/;

/** How the text writes a slug's words, when it does ("Aidants Connect", "e-Chauffeur", "Civils de la Défense"). */
function spelledOut(slug: string, text: string): string | undefined {
  return spellingPattern(slug).exec(text)?.[0];
}

// A source's postings share a few slugs (beta.gouv.fr's `startup`): each one's pattern is compiled
// once, not once per posting. Bounded: a worker reading many sources keeps the latest ones only, and
// only patterns of slugs of a real name's length (a front-matter value may run to 10,000 characters,
// its pattern to ten times that: a thousand of them kept 290 MB).
const SPELLINGS = new Map<string, RegExp>();
const MAX_SPELLINGS = 1000;
const MAX_REMEMBERED_SLUG_LENGTH = 100;

function spellingPattern(slug: string): RegExp {
  const known = SPELLINGS.get(slug);
  if (known) return known;
  const words = slug.split('-').map(accentPattern);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words.join(String.raw`[\s'’._-]*`)}(?![\\p{L}\\p{N}])`, 'iu');
  if (slug.length > MAX_REMEMBERED_SLUG_LENGTH) return pattern;
  if (SPELLINGS.size >= MAX_SPELLINGS) SPELLINGS.clear();
  SPELLINGS.set(slug, pattern);
  return pattern;
}

/** "chauffage-urbain" → "Chauffage urbain": shown when nothing else names the team. */
function humanized(slug: string): string {
  const words = slug.replace(/-/g, ' ');
  return words.charAt(0).toLocaleUpperCase() + words.slice(1);
}

/** A name, or schema.org's `hiringOrganization: { name: … }`. */
function declaredOrganization(value: unknown): string | undefined {
  const text = value !== null && typeof value === 'object' && !Array.isArray(value) ? asText((value as Record<string, unknown>).name) : asText(value);
  // Markup written in the value ("<b>Coop</b>", "**Coop**") is stripped, as for titles: the name shows as text.
  const line = text === undefined ? '' : markdownToLine(text).replace(/\p{Cf}/gu, '').trim();
  return line === '' ? undefined : line;
}

/** The earliest sentence of the sample that names who hires. */
export function organizationInBody(text: string): string | undefined {
  let best: { index: number; name: string } | undefined;
  const consider = (index: number, written: string | undefined, acronym?: string) => {
    const name = written === undefined ? undefined : asName(written, acronym);
    if (name !== undefined && (best === undefined || index < best.index)) best = { index, name };
  };
  const subtitle = SUBTITLE.exec(text)?.[1];
  if (subtitle !== undefined && subtitle.split(/\s+/).length <= MAX_SUBTITLE_WORDS && !NUMBER.test(subtitle)) consider(0, asOrganization(subtitle));
  for (const { hint, pattern, inLine } of BODY_PATTERNS) {
    const found = inLine ? firstInHintedLine(text, hint, pattern) : hint.test(text) ? pattern.exec(text) : null;
    if (found) consider(found.index, found[1]);
  }
  for (const acronym of matchesOf(ACRONYM, text)) {
    if (best !== undefined && acronym.index > best.index) break;
    const start = Math.max(0, acronym.index - NAME_SPAN);
    // Cut mid-sentence, the slice must not read as a sentence start: a space before it keeps `^` from matching there.
    const before = `${start > 0 ? ' ' : ''}${text.slice(start, acronym.index)}`;
    const name = NAME_BEFORE_ACRONYM.exec(before);
    if (!name) continue;
    const index = acronym.index - before.length + name.index;
    const after = NAME_AFTER_ACRONYM.exec(text.slice(acronym.index + acronym[0].length, acronym.index + acronym[0].length + NAME_SPAN))?.[1];
    consider(index, name[1], acronym[1]);
    if (after !== undefined && name[1] !== undefined) consider(index, `${name[1].trimEnd()}${after}`, acronym[1]);
  }
  return best?.name;
}

/**
 * The first match of `pattern` in the lines holding a match of `hint` (global), as
 * `pattern.exec(text)` finds it: each line is searched with the line break before it, where a
 * match may open, and its index is the text's.
 */
function firstInHintedLine(text: string, hint: RegExp, pattern: RegExp): RegExpExecArray | null {
  for (let from = 0; from < text.length; ) {
    hint.lastIndex = from;
    const found = hint.exec(text);
    if (!found) return null;
    const line = lineAt(text, found.index);
    const start = Math.max(0, line.start - 1);
    const match = pattern.exec(text.slice(start, line.end));
    if (match) {
      match.index += start;
      return match;
    }
    from = line.end + 1;
  }
  return null;
}

function asName(written: string, acronym: string | undefined): string | undefined {
  const name = written.trim().replace(/[.'’-]+$/, '');
  const folded = foldText(name);
  if (name === '' || NOT_A_NAME.has(folded) || NOT_A_NAME.has(folded.split(' ')[0] ?? '')) return undefined;
  if (acronym !== undefined && !spellsAcronym(name, acronym) && !spellsShortName(name, acronym)) return undefined;
  return SHORT_NAMES.find(({ spelled }) => spelled.includes(folded))?.name ?? name;
}

const FUNCTION_WORDS = new Set(['de', 'des', 'du', 'la', 'le', 'les', 'of', 'the', 'for', 'and', 'et', 'd', 'l', 'en', 'a']);

/**
 * Whether an acronym abbreviates a name, each word giving a prefix of its letters in order:
 * "Canadian Digital Service" CDS, "Service numérique canadien" SNC, "Direction interministérielle
 * du numérique" DINUM (DI-NUM). Function words may give nothing; every other word gives a letter.
 */
export function spellsAcronym(name: string, acronym: string): boolean {
  const words = foldText(name).split(/[\s'’-]+/).filter((word) => word !== '');
  const letters = foldText(acronym);
  const fits = (word: number, letter: number): boolean => {
    // Every word of the name has its letter: "Canadian Digital Service" is not "CD".
    if (letter === letters.length) return words.slice(word).every((rest) => FUNCTION_WORDS.has(rest));
    if (word === words.length) return false;
    const current = words[word] ?? '';
    if (FUNCTION_WORDS.has(current) && fits(word + 1, letter)) return true;
    for (let length = 1; length <= current.length && letter + length <= letters.length; length++) {
      if (current.slice(0, length) !== letters.slice(letter, letter + length)) break;
      if (fits(word + 1, letter + length)) return true;
    }
    return false;
  };
  return words.length > 0 && fits(0, 0) && letters.length > 1;
}

/**
 * A short name of a word and initials, "Lab MI" for "Laboratoire d’innovation du Ministère de
 * l’Intérieur": the word opens the name's first word, the initials are those of its other
 * capitalized words, all of them, in order.
 */
export function spellsShortName(name: string, shortName: string): boolean {
  const [word = '', initials = '', ...rest] = shortName.split(' ');
  if (rest.length > 0 || initials === '') return false;
  const [first = '', ...others] = name.split(/[\s'’-]+/).filter((each) => each !== '');
  const capitalized = others.filter((each) => /^\p{Lu}/u.test(each));
  return (
    word.length > 1 &&
    foldText(first).startsWith(foldText(word)) &&
    capitalized.map((each) => foldText(each.charAt(0))).join('') === foldText(initials)
  );
}
