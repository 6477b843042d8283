import type { BoardPosting } from '../../postings/board-posting';
import { defineBoardAdapter } from './define-board-adapter';
import { firstSegment, locationOf } from './board-url';
import { isRecord, textOf } from './read-answer';

const WIDGET_API = 'https://apply.workable.com/api/v1/widget/accounts';

/**
 * Workable's public widget API (used by companies' own careers pages; not documented):
 * `GET /api/v1/widget/accounts/{account}?details=true`, the account's name and every published
 * job with its description. The account is the first segment of apply.workable.com/{account}.
 */
export const workableAdapter = defineBoardAdapter({
  kind: 'workable',
  format: 'json',
  absence: 'closed',

  locate(url) {
    if (url.hostname !== 'apply.workable.com') return undefined;
    const widget = /^\/api\/v1\/widget\/accounts\/([^/]+)/.exec(url.pathname)?.[1];
    const account = widget === undefined ? firstSegment(url) : decodeURIComponent(widget);
    if (!account) return undefined;
    const encoded = encodeURIComponent(account);
    return locationOf('workable', account, `${WIDGET_API}/${encoded}?details=true`, `https://apply.workable.com/${encoded}/`);
  },

  read(answer) {
    if (!isRecord(answer) || !Array.isArray(answer.jobs)) return { ok: false, reason: 'wrong-shape' };
    const name = textOf(answer.name);
    return { ok: true, value: { name, postings: answer.jobs.flatMap((job) => toPosting(job, name)) } };
  },
});

function toPosting(job: unknown, organization: string | undefined): BoardPosting[] {
  if (!isRecord(job)) return [];
  const id = textOf(job.shortcode) ?? textOf(job.id);
  const title = textOf(job.title);
  if (!id || !title) return [];
  const place = [textOf(job.city), textOf(job.state), textOf(job.country)].filter(Boolean).join(', ');
  return [{
    id,
    title,
    url: textOf(job.url) ?? textOf(job.shortlink),
    applyUrl: textOf(job.application_url),
    organization,
    html: textOf(job.description),
    location: place || undefined,
    employment: textOf(job.employment_type),
    remote: job.telecommuting === true ? 'full' : undefined,
    postedAt: textOf(job.published_on) ?? textOf(job.created_at),
    departments: [textOf(job.department), textOf(job.function)].filter((name): name is string => name !== undefined),
  }];
}
