import type { BoardPosting } from '../../postings/board-posting';
import type { RemotePolicy, Salary } from '../../postings/types';
import { firstSegment, locationOf } from './board-url';
import { htmlSection } from './html-section';
import { defineBoardAdapter } from './define-board-adapter';
import { isRecord, listOf, textOf } from './read-answer';
import { salaryRange } from './salary-range';

/** Lever runs two instances: accounts on the EU one have their pages and API under `eu.`. */
const INSTANCES = [
  { pages: 'jobs.lever.co', api: 'api.lever.co' },
  { pages: 'jobs.eu.lever.co', api: 'api.eu.lever.co' },
] as const;

// The documentation writes `on-site`; live answers write `onsite`.
const WORKPLACE: Readonly<Record<string, RemotePolicy>> = { remote: 'full', hybrid: 'partial', onsite: 'none', 'on-site': 'none' };
const SALARY_INTERVAL: Readonly<Record<string, Salary['unit']>> = {
  'per-year-salary': 'year',
  'per-month-salary': 'month',
  'per-week-salary': 'unknown',
  'per-day-wage': 'day',
  'per-hour-wage': 'hour',
  'one-time': 'unknown',
};

/**
 * Lever's postings API: `GET /v0/postings/{site}?mode=json`, a bare array of every published
 * posting (github.com/lever/postings-api). The site is the first segment of jobs.lever.co/{site}.
 */
export const leverAdapter = defineBoardAdapter({
  kind: 'lever',
  format: 'json',
  absence: 'closed',

  locate(url) {
    const instance = INSTANCES.find(({ pages, api }) => url.hostname === pages || url.hostname === api);
    if (!instance) return undefined;
    const site = url.hostname === instance.api ? apiSite(url) : firstSegment(url);
    if (!site) return undefined;
    const encoded = encodeURIComponent(site);
    return locationOf('lever', site, `https://${instance.api}/v0/postings/${encoded}?mode=json`, `https://${instance.pages}/${encoded}`);
  },

  read(answer) {
    // An unknown site answers 404 {"ok":false,"error":"Document not found"}; any other object is not a board.
    if (!Array.isArray(answer)) return { ok: false, reason: 'wrong-shape' };
    return { ok: true, value: { postings: answer.flatMap(toPosting) } };
  },
});

function apiSite(url: URL): string | undefined {
  const [version, postings, site] = url.pathname.split('/').filter(Boolean);
  return version === 'v0' && postings === 'postings' && site ? decodeURIComponent(site) : undefined;
}

function toPosting(entry: unknown): BoardPosting[] {
  if (!isRecord(entry)) return [];
  const id = textOf(entry.id);
  const title = textOf(entry.text);
  if (!id || !title) return [];
  const categories = isRecord(entry.categories) ? entry.categories : {};
  const createdAt = typeof entry.createdAt === 'number' ? new Date(entry.createdAt) : undefined;
  return [{
    id,
    title,
    url: textOf(entry.hostedUrl),
    applyUrl: textOf(entry.applyUrl),
    html: descriptionHtml(entry),
    text: textOf(entry.descriptionPlain),
    location: textOf(categories.location),
    employment: textOf(categories.commitment),
    remote: WORKPLACE[textOf(entry.workplaceType)?.toLowerCase() ?? ''],
    salary: salaryOf(entry.salaryRange, textOf(entry.salaryDescriptionPlain)),
    salaryText: textOf(entry.salaryDescriptionPlain),
    postedAt: createdAt && Number.isFinite(createdAt.getTime()) ? createdAt.toISOString() : undefined,
    departments: [textOf(categories.department), textOf(categories.team)].filter((name): name is string => name !== undefined),
  }];
}

/** The description, then each list ("Requirements", "Benefits"…) under its heading, then the closing part. */
function descriptionHtml(entry: Record<string, unknown>): string | undefined {
  const lists = listOf(entry.lists).flatMap((list) => {
    if (!isRecord(list)) return [];
    const heading = textOf(list.text);
    const content = textOf(list.content);
    return content === undefined ? [] : [htmlSection(heading, `<ul>${content}</ul>`)];
  });
  const parts = [textOf(entry.description), ...lists, textOf(entry.additional)].filter((part): part is string => part !== undefined);
  return parts.length > 0 ? parts.join('\n') : undefined;
}

function salaryOf(range: unknown, text: string | undefined): Salary | undefined {
  if (!isRecord(range)) return undefined;
  return salaryRange(range.min, range.max, SALARY_INTERVAL[textOf(range.interval) ?? ''] ?? 'unknown', textOf(range.currency) ?? 'USD', text);
}
