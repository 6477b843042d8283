import { detectContract, detectContractByVotes } from '../postings/detect-contract';
import { detectRemote } from '../postings/detect-remote';
import { decodeEscapedMarkup } from '../postings/html-body';
import { toAnalysisText } from '../postings/markdown-to-text';
import { readSkills } from '../postings/read-skills';
import { summarize } from '../postings/summarize';
import type { ContractType, Offer, OfferStatus, RemotePolicy } from '../postings/types';
import { hashString } from '../text/hash';
import { PAGE_SOURCE_ID, pageOfferId } from './canonical-page-url';
import { descriptionBody } from './description-body';
import type { JobPosting } from './job-posting';

// schema.org's employmentType values that say what the contract is; FULL_TIME and PART_TIME do not.
const EMPLOYMENT_TYPES: Record<string, ContractType> = {
  CONTRACTOR: 'freelance',
  INTERN: 'internship',
  TEMPORARY: 'CDD',
};

/**
 * A posting read from a page, as an Offer that can be saved and matched like a source's: its
 * description read as a posting file's body (descriptionBody), its names and title freed of the
 * markup and entities pages leave in them.
 */
export function toPageOffer(posting: JobPosting, canonicalUrl: string, now = new Date()): Offer {
  const title = plainLine(posting.title) || posting.title;
  const description = descriptionBody(posting.description);
  const text = `${title}\n${toAnalysisText(description)}`;
  const organization = posting.organization === undefined ? undefined : plainLine(posting.organization) || undefined;
  return {
    id: pageOfferId(canonicalUrl),
    sourceId: PAGE_SOURCE_ID,
    path: canonicalUrl,
    url: canonicalUrl,
    title,
    organization,
    status: readStatus(posting.validThrough, now),
    contract: readContract(posting, title, text),
    remote: readRemote(posting, text),
    location: posting.location,
    ...readSkills(posting.skills.map(plainLine), title, description, organization === undefined ? [] : [organization]),
    tags: [],
    postedAt: isoDay(posting.datePosted),
    salary: posting.salary,
    identifier: posting.identifier,
    summary: summarize(description),
    body: description,
    frontMatter: {},
    contentHash: hashString(text),
    warnings: [],
  };
}

/** A name or title on one line, without the tags or entities a page left in it ("D&eacute;veloppeur", "<b>CDI</b>"). */
function plainLine(text: string): string {
  return toAnalysisText(decodeEscapedMarkup(text)).replace(/\s+/g, ' ').trim();
}

function readStatus(validThrough: string | undefined, now: Date): OfferStatus {
  if (validThrough === undefined) return 'open';
  const end = Date.parse(validThrough);
  if (Number.isNaN(end)) return 'open';
  return end < now.getTime() ? 'closed' : 'open';
}

function readContract(posting: JobPosting, title: string, text: string): ContractType {
  for (const type of posting.employmentTypes) {
    const known = EMPLOYMENT_TYPES[type.trim().toUpperCase()];
    if (known) return known;
  }
  const declared = detectContract(`${posting.employmentTypes.join(' ')}\n${title}`);
  return declared !== 'unknown' ? declared : detectContractByVotes(text);
}

function readRemote(posting: JobPosting, text: string): RemotePolicy {
  // TELECOMMUTE alongside a place is Google's way of writing "remote, or at this office".
  if (posting.telecommute) return posting.location ? 'partial' : 'full';
  return detectRemote(text);
}

function isoDay(value: string | undefined): string | undefined {
  const match = value === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  return match ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}
