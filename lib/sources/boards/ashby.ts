import type { BoardPosting } from '../../postings/board-posting';
import type { RemotePolicy, Salary } from '../../postings/types';
import { firstSegment, locationOf } from './board-url';
import { defineBoardAdapter } from './define-board-adapter';
import { isRecord, listOf, textOf } from './read-answer';
import { salaryRange } from './salary-range';

const API = 'https://api.ashbyhq.com/posting-api/job-board';
const WORKPLACE: Readonly<Record<string, RemotePolicy>> = { remote: 'full', hybrid: 'partial', onsite: 'none' };
const INTERVAL: Readonly<Record<string, Salary['unit']>> = { '1 YEAR': 'year', '1 MONTH': 'month', '1 DAY': 'day', '1 HOUR': 'hour' };

/**
 * Ashby's posting API: `GET /posting-api/job-board/{name}?includeCompensation=true`
 * (developers.ashbyhq.com). The name is the first segment of jobs.ashbyhq.com/{name}. Unlisted
 * jobs come in the answer too (`isListed: false`): they are not public postings and are left out.
 */
export const ashbyAdapter = defineBoardAdapter({
  kind: 'ashby',
  format: 'json',
  absence: 'closed',

  locate(url) {
    const name = url.hostname === 'jobs.ashbyhq.com' ? firstSegment(url) : url.hostname === 'api.ashbyhq.com' ? apiName(url) : undefined;
    if (!name) return undefined;
    const encoded = encodeURIComponent(name);
    return locationOf('ashby', name, `${API}/${encoded}?includeCompensation=true`, `https://jobs.ashbyhq.com/${encoded}`);
  },

  read(answer) {
    if (!isRecord(answer) || !Array.isArray(answer.jobs)) return { ok: false, reason: 'wrong-shape' };
    return { ok: true, value: { postings: answer.jobs.flatMap(toPosting) } };
  },
});

function apiName(url: URL): string | undefined {
  const match = /^\/posting-api\/job-board\/([^/]+)\/?$/.exec(url.pathname);
  return match?.[1] === undefined ? undefined : decodeURIComponent(match[1]);
}

function toPosting(job: unknown): BoardPosting[] {
  if (!isRecord(job) || job.isListed === false) return [];
  const id = textOf(job.id);
  const title = textOf(job.title);
  if (!id || !title) return [];
  const compensation = isRecord(job.compensation) ? job.compensation : {};
  return [{
    id,
    title,
    url: textOf(job.jobUrl),
    applyUrl: textOf(job.applyUrl),
    html: textOf(job.descriptionHtml),
    text: textOf(job.descriptionPlain),
    location: textOf(job.location),
    employment: textOf(job.employmentType),
    remote: remoteOf(job),
    salary: salaryOf(compensation),
    salaryText: textOf(compensation.compensationTierSummary),
    postedAt: textOf(job.publishedAt),
    departments: [textOf(job.department), textOf(job.team)].filter((name): name is string => name !== undefined),
  }];
}

/** `workplaceType` when given ("OnSite", "Remote", "Hybrid"); else `isRemote: true`. `isRemote` may be null. */
function remoteOf(job: Record<string, unknown>): RemotePolicy | undefined {
  const workplace = WORKPLACE[textOf(job.workplaceType)?.toLowerCase() ?? ''];
  if (workplace) return workplace;
  return job.isRemote === true ? 'full' : undefined;
}

function salaryOf(compensation: Record<string, unknown>): Salary | undefined {
  const salary = listOf(compensation.summaryComponents).find((component) => isRecord(component) && component.compensationType === 'Salary');
  if (!isRecord(salary)) return undefined;
  const unit = INTERVAL[textOf(salary.interval) ?? ''] ?? 'unknown';
  const text = textOf(salary.summary) ?? textOf(compensation.compensationTierSummary);
  return salaryRange(salary.minValue, salary.maxValue, unit, textOf(salary.currencyCode) ?? 'USD', text);
}
