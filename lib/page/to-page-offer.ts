import { detectContract, detectContractByVotes } from '../postings/detect-contract';
import { detectRemote } from '../postings/detect-remote';
import { decodeHtmlEntities } from '../postings/decode-html-entities';
import { decodeEscapedMarkup, htmlAsBody } from '../postings/html-body';
import { toAnalysisText } from '../postings/markdown-to-text';
import { readSkills } from '../postings/read-skills';
import { summarize } from '../postings/summarize';
import type { ContractType, Offer, OfferStatus, RemotePolicy } from '../postings/types';
import { hashString } from '../text/hash';
import { PAGE_SOURCE_ID, pageOfferId } from './canonical-page-url';
import type { JobPosting } from './job-posting';

// schema.org's employmentType values that say what the contract is; FULL_TIME and PART_TIME do not.
const EMPLOYMENT_TYPES: Record<string, ContractType> = {
  CONTRACTOR: 'freelance',
  INTERN: 'internship',
  TEMPORARY: 'CDD',
};

// The elements a description's blocks open and close with (a <br> ends a line too).
const BLOCK_NAMES = 'address|article|aside|blockquote|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|ol|p|pre|section|table|td|th|tr|ul';
const BLOCK_START = new RegExp(`<(?:${BLOCK_NAMES})(?=[\\s/>])`, 'gi');
const BLOCK_END = new RegExp(`</(?:${BLOCK_NAMES})\\s*>|<br\\s*/?>`, 'gi');
// A heading's own markup ("<h2><strong>Candidater</strong></h2>"): its words only, as the section rules read headings.
const HEADING_ELEMENT = /<(h[1-6])((?:\s[^<>]{0,200})?)>([^]{0,300}?)<\/\1\s*>/gi;
const TAG = /<[a-z][a-z0-9]*[\s/>]/i;
const ANY_TAG = /<[^<>]*>/g;
const LINE_BREAKS = /[^\S\n]*\n\s*/g;

/**
 * A posting read from a page, as an Offer that can be saved and matched like a source's: its
 * description read as a posting file's body (descriptionBody), its names and title freed of the
 * markup and entities pages leave in them.
 */
export function toPageOffer(posting: JobPosting, canonicalUrl: string, now = new Date()): Offer {
  const title = plainLine(posting.title) || posting.title;
  const description = descriptionBody(posting.description);
  const text = `${title}\n${toAnalysisText(description)}`;
  return {
    id: pageOfferId(canonicalUrl),
    sourceId: PAGE_SOURCE_ID,
    path: canonicalUrl,
    url: canonicalUrl,
    title,
    organization: posting.organization === undefined ? undefined : plainLine(posting.organization) || undefined,
    status: readStatus(posting.validThrough, now),
    contract: readContract(posting, title, text),
    remote: readRemote(posting, text),
    location: posting.location,
    ...readSkills(posting.skills.map(plainLine), title, description),
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

/**
 * A JobPosting's description as a posting body. Pages declare it as HTML (sometimes escaped once
 * more, lib/postings/html-body.ts) or as text. HTML is kept, and shown through the sanitizer as a
 * job board's is, each block on a line of its own: the skills reader then finds its headings
 * ("<h2>Le Contexte : La Fabrique Numérique</h2>", "<p><strong>About Acme:</strong></p>") and
 * leaves out the parts presenting the organization, its team or how to apply, as it does in a
 * posting file (lib/text/body-sections.ts). Text keeps a paragraph per line.
 */
export function descriptionBody(description: string): string {
  const html = decodeEscapedMarkup(description);
  if (!TAG.test(html)) return decodeHtmlEntities(html).trim().replace(LINE_BREAKS, '\n\n');
  const headings = html.replace(HEADING_ELEMENT, (_heading, name: string, attributes: string, words: string) => `<${name}${attributes}>${words.replace(ANY_TAG, '')}</${name}>`);
  return htmlAsBody(headings.replace(BLOCK_START, '\n$&').replace(BLOCK_END, '$&\n'));
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
