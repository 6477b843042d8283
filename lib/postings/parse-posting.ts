import { hashString } from '../text/hash';
import { decodeText } from './decode-text';
import { cleanTitle, deriveTitle } from './derive-title';
import { derivePageUrl } from './derive-page-url';
import { detectLanguage } from './detect-language';
import { detectRemote } from './detect-remote';
import { withEmojiShortcodes } from './emoji-shortcodes';
import { asBoolean, asText, asTextList, asTextLists } from './field-values';
import { indexFields, type FrontMatterFields } from './front-matter-fields';
import { LIMITS } from './limits';
import { linesWithDigitOf } from './lines-with-digit';
import { toAnalysisText } from './markdown-to-text';
import { PostingError } from './posting-error';
import { readContact } from './read-contact';
import { readContract } from './read-contract';
import { readDeadline } from './read-deadline';
import { readPostedDate, readStartDate } from './read-dates';
import { readFrontMatter, type FrontMatter } from './read-front-matter';
import { readLabeledFields } from './read-labeled-fields';
import { readPlace } from './read-place';
import { readOrganization } from './read-organization';
import { readSalary } from './read-salary';
import { readSkills } from './read-skills';
import { readStatus } from './read-status';
import { repairMojibake } from './repair-mojibake';
import { splitTitle } from './split-title';
import { summarize } from './summarize';
import { removeTemplateTags } from './template-tags';
import { toSafeData } from './to-safe-data';
import { toSafeUrl } from './to-safe-url';
import type { Offer, ParseContext, PostingWarning, RemotePolicy } from './types';
import { offerId } from './offer-id';

const HEADING = /^[ \t]{0,3}#{1,6}[ \t]+\S|^[^\n]{1,200}\n=+[ \t]*$/m;

/** Reads one posting file. Throws PostingError when the file is not a posting at all. */
export function parsePosting(raw: string | Uint8Array, context: ParseContext): Offer {
  return parsePostingAt(raw, context, new Date());
}

/** parsePosting with the current time given: closing dates are compared to `now`. */
export function parsePostingAt(raw: string | Uint8Array, context: ParseContext, now: Date): Offer {
  const { path } = context;
  const decoded = decodeText(raw, path);
  const warnings: PostingWarning[] = [...decoded.warnings];
  const repair = repairMojibake(decoded.text);
  if (repair.encoding) {
    warnings.push({ code: 'mojibake-repaired', message: `${path}: ${repair.repaired} characters repaired (UTF-8 text had been read as ${repair.encoding})` });
  }
  const frontMatter = readFrontMatter(normalizeLineEnds(repair.text), path);
  warnings.push(...frontMatter.warnings);
  const safe = toSafeData(frontMatter.data);
  if (safe.truncated) warnings.push({ code: 'truncated', message: `${path}: front-matter values too deep, too many, too long or unsafe were left out` });

  const fields = indexFields(safe.value);
  // Shortcodes become their emoji here, once, so that the card and the popup show them without a table of their own.
  const body = withEmojiShortcodes(removeTemplateTags(frontMatter.body, (key) => asText(safe.value[key])?.slice(0, LIMITS.maxFieldText)));
  const analyzedBody = body.slice(0, LIMITS.maxAnalyzedText);
  const plainBody = toAnalysisText(analyzedBody);
  assertIsPosting(frontMatter, plainBody, path);
  const labeled = readLabeledFields(plainBody);
  const title = deriveTitle(fields, body, plainBody, path);
  if (title.derivedFrom) warnings.push({ code: 'title-derived', message: `${path}: no title in the front matter; taken from ${title.derivedFrom}` });

  // The role key may become the title (see splitTitle): read as a title is, bounded and without controls.
  const titleParts = splitTitle(title.title, cleanTitle(asText(fields.find('derivedTitle')?.value)));
  const language = detectLanguage(title.title, plainBody);
  // The body's lines with a digit, searched for once for the deadline and the salary (fields12).
  const digitLinesOf = linesWithDigitOf(plainBody);
  const deadline = readDeadline(fields, plainBody, digitLinesOf);
  const sourceId = context.sourceId ?? '';
  const contact = readContact(asTextList(fields.find('contact')?.value), analyzedBody);
  // Remote work is read in the title and the body together.
  const titledBody = `${title.title}\n${plainBody}`;
  const remote = readRemote(fields, asText(fields.find('location')?.value), titledBody);
  const organization = readOrganization(fields, { title: title.title, fromTitle: titleParts.organization, plainBody, contact });
  const declaredOrganization = asTextList(fields.find('organization')?.value);
  return {
    id: offerId(sourceId, path),
    sourceId,
    path,
    url: readPageUrl(fields, context, warnings),
    title: titleParts.position,
    organization,
    status: readStatus(fields, now, deadline),
    contract: readContract(fields, title.title, labeled, plainBody),
    remote,
    ...readPlace(asText(fields.find('location')?.value), labeled.location ?? [], remote, plainBody),
    ...readSkills(asTextLists(fields.findAll('skills')), title.title, analyzedBody, [...(organization === undefined ? [] : [organization]), ...declaredOrganization]),
    tags: unique(asTextLists(fields.findAll('tags'))),
    postedAt: readPostedDate(fields, path),
    startsAt: readStartDate(fields, labeled.startsAt ?? []),
    deadline,
    language,
    salary: readSalary([...asTextList(fields.find('salary')?.value), ...(labeled.salary ?? []), plainBody], digitLinesOf),
    contact,
    translationKey: asText(fields.find('translationKey')?.value)?.slice(0, LIMITS.maxFieldText),
    summary: summarize(body),
    body,
    frontMatter: safe.value,
    contentHash: hashString(decoded.text),
    warnings,
  };
}

/** A file with neither front matter nor a heading is some other Markdown (or text) file. */
function assertIsPosting(frontMatter: FrontMatter, plainBody: string, path: string): void {
  if (frontMatter.block === 'none' && !HEADING.test(frontMatter.body)) {
    throw new PostingError('not-a-posting', path, 'neither front matter nor a heading: not a job posting');
  }
  if (Object.keys(frontMatter.data).length === 0 && plainBody.trim() === '') {
    throw new PostingError('not-a-posting', path, 'no front-matter values and no text: not a job posting');
  }
}

function readPageUrl(fields: FrontMatterFields, context: ParseContext, warnings: PostingWarning[]): string | undefined {
  const external = asText(fields.find('externalUrl')?.value);
  const safeExternal = external === undefined ? undefined : toSafeUrl(external);
  if (external !== undefined && safeExternal === undefined) {
    warnings.push({ code: 'field-ignored', message: `${context.path}: the external URL is not an http(s) link; ignored` });
  }
  return safeExternal ?? derivePageUrl(context) ?? (context.url === undefined ? undefined : toSafeUrl(context.url));
}

// A location that opens with "Remote" ("Remote", "Remote, UK-only"): the job is done from home.
const REMOTE_LOCATION = /^\s*(?:remote|full[- ]?remote|100\s?%\s*(?:remote|t[ée]l[ée]travail)|t[ée]l[ée]travail(?: complet| total)?)\s*(?:$|[,(/;-])/i;

function readRemote(fields: FrontMatterFields, location: string | undefined, text: string): RemotePolicy {
  const declared = fields.find('remote')?.value;
  const flag = asBoolean(declared);
  if (flag !== undefined) return flag ? 'full' : 'none';
  const written = asText(declared);
  const fromValue = written === undefined ? 'unknown' : detectRemote(written);
  if (fromValue !== 'unknown') return fromValue;
  if (location !== undefined && REMOTE_LOCATION.test(location)) return 'full';
  return detectRemote(text);
}

function normalizeLineEnds(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
