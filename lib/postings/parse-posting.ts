import { hashString } from '../text/hash';
import { decodeText } from './decode-text';
import { deriveTitle } from './derive-title';
import { derivePageUrl } from './derive-page-url';
import { detectContract, detectContractByVotes } from './detect-contract';
import { detectRemote } from './detect-remote';
import { asBoolean, asText, asTextList } from './field-values';
import { indexFields, type FrontMatterFields } from './front-matter-fields';
import { LIMITS } from './limits';
import { toAnalysisText } from './markdown-to-text';
import { PostingError } from './posting-error';
import { readContact } from './read-contact';
import { readPostedDate, readStartDate } from './read-dates';
import { readFrontMatter, type FrontMatter } from './read-front-matter';
import { readLabeledFields, type LabeledFields } from './read-labeled-fields';
import { readLocation } from './read-location';
import { readOrganization } from './read-organization';
import { readSalary } from './read-salary';
import { readSkills } from './read-skills';
import { readStatus } from './read-status';
import { repairMojibake } from './repair-mojibake';
import { summarize } from './summarize';
import { toSafeData } from './to-safe-data';
import { toSafeUrl } from './to-safe-url';
import type { ContractType, Offer, ParseContext, PostingWarning, RemotePolicy } from './types';
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
  const body = frontMatter.body;
  const analyzedBody = body.slice(0, LIMITS.maxAnalyzedText);
  const plainBody = toAnalysisText(analyzedBody);
  assertIsPosting(frontMatter, plainBody, path);
  const labeled = readLabeledFields(plainBody);
  const title = deriveTitle(fields, body, plainBody, path);
  if (title.derivedFrom) warnings.push({ code: 'title-derived', message: `${path}: no title in the front matter; taken from ${title.derivedFrom}` });

  const sourceId = context.sourceId ?? '';
  return {
    id: offerId(sourceId, path),
    sourceId,
    path,
    url: readPageUrl(fields, context, warnings),
    title: title.title,
    organization: readOrganization(fields, context),
    status: readStatus(fields, now),
    contract: readContract(fields, title.title, labeled, plainBody),
    remote: readRemote(fields, `${title.title}\n${plainBody}`),
    location: readLocation(asText(fields.find('location')?.value), labeled.location ?? [], plainBody),
    skills: readSkills(fields.findAll('skills').flatMap(asTextList), `${title.title}\n${plainBody}`),
    tags: unique(fields.findAll('tags').flatMap(asTextList)),
    postedAt: readPostedDate(fields, path),
    startsAt: readStartDate(fields, labeled.startsAt ?? []),
    salary: readSalary([...asTextList(fields.find('salary')?.value), ...(labeled.salary ?? []), plainBody]),
    contact: readContact(asTextList(fields.find('contact')?.value), analyzedBody),
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

function readContract(fields: FrontMatterFields, title: string, labeled: LabeledFields, plainBody: string): ContractType {
  const shortTexts = [
    asTextList(fields.find('contract')?.value).join(' '),
    title,
    asText(fields.find('derivedTitle')?.value) ?? '',
    (labeled.contract ?? []).join('\n'),
  ];
  for (const text of shortTexts) {
    const contract = detectContract(text);
    if (contract !== 'unknown') return contract;
  }
  return detectContractByVotes(plainBody);
}

function readRemote(fields: FrontMatterFields, text: string): RemotePolicy {
  const declared = fields.find('remote')?.value;
  const flag = asBoolean(declared);
  if (flag !== undefined) return flag ? 'full' : 'none';
  const written = asText(declared);
  const fromValue = written === undefined ? 'unknown' : detectRemote(written);
  return fromValue === 'unknown' ? detectRemote(text) : fromValue;
}

function normalizeLineEnds(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
