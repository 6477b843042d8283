import type { BoardPosting } from '../../postings/board-posting';
import { defineBoardAdapter } from './define-board-adapter';
import { locationOf, subdomainOf } from './board-url';
import { htmlSection } from './html-section';
import { isRecord, listOf, textOf } from './read-answer';

// Personio serves a company's board on one of two domains; the XML feed is at the same place.
const DOMAINS = ['jobs.personio.de', 'jobs.personio.com'] as const;

/**
 * Personio's XML feed, `https://{company}.jobs.personio.de/xml` (when the company turned it on):
 * `<workzag-jobs>` holding one `<position>` per open job, its description in `<jobDescription>`
 * parts whose HTML is in CDATA. A board with no open job answers an empty `<workzag-jobs/>`.
 */
export const personioAdapter = defineBoardAdapter({
  kind: 'personio',
  format: 'xml',
  absence: 'closed',

  locate(url) {
    const domain = DOMAINS.find((each) => url.hostname.endsWith(`.${each}`));
    const company = domain && subdomainOf(url, domain);
    if (!domain || !company) return undefined;
    const origin = `https://${company}.${domain}`;
    return locationOf('personio', company, `${origin}/xml`, `${origin}/`);
  },

  read(answer, location) {
    if (!isRecord(answer) || !('workzag-jobs' in answer)) return { ok: false, reason: 'wrong-shape' };
    const jobs = answer['workzag-jobs'];
    const positions = isRecord(jobs) ? listOf(jobs.position) : [];
    return { ok: true, value: { postings: positions.flatMap((position) => toPosting(position, new URL(location.url).origin)) } };
  },
});

function toPosting(position: unknown, origin: string): BoardPosting[] {
  if (!isRecord(position)) return [];
  const id = textOf(position.id);
  const title = textOf(position.name);
  if (!id || !title) return [];
  const descriptions = isRecord(position.jobDescriptions) ? listOf(position.jobDescriptions.jobDescription) : [];
  const html = descriptions.flatMap((part) => {
    if (!isRecord(part)) return [];
    const heading = textOf(part.name);
    const value = textOf(part.value);
    return value === undefined ? [] : [htmlSection(heading, value)];
  });
  return [{
    id,
    title,
    url: `${origin}/job/${encodeURIComponent(id)}`,
    organization: textOf(position.subcompany),
    html: html.length > 0 ? html.join('\n') : undefined,
    location: textOf(position.office),
    employment: textOf(position.employmentType) ?? textOf(position.schedule),
    postedAt: textOf(position.createdAt),
    departments: [textOf(position.department), textOf(position.recruitingCategory)].filter((name): name is string => name !== undefined),
  }];
}
