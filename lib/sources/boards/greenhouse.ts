import { decodeEscapedMarkup } from '../../postings/html-body';
import type { BoardPosting } from '../../postings/board-posting';
import { defineBoardAdapter } from './define-board-adapter';
import { firstSegment, locationOf } from './board-url';
import { isRecord, listOf, namesOf, textOf } from './read-answer';

const API = 'https://boards-api.greenhouse.io';
const PAGE_HOSTS = new Set(['boards.greenhouse.io', 'job-boards.greenhouse.io']);
// Custom fields a board may expose in `metadata` that say the contract.
const EMPLOYMENT_FIELD = /employment|contract|contrat|job type/i;

/**
 * Greenhouse's job board API: `GET /v1/boards/{token}/jobs?content=true`, the whole board in one
 * answer (developers.greenhouse.io/job-board.html). The token is the first segment of the board's
 * page (boards.greenhouse.io/acme, job-boards.greenhouse.io/acme) or the embed's `for=` parameter.
 */
export const greenhouseAdapter = defineBoardAdapter({
  kind: 'greenhouse',
  format: 'json',
  absence: 'closed',

  locate(url) {
    const token = boardToken(url);
    if (!token) return undefined;
    return locationOf('greenhouse', token, `${API}/v1/boards/${encodeURIComponent(token)}/jobs?content=true`, `https://job-boards.greenhouse.io/${encodeURIComponent(token)}`);
  },

  read(answer) {
    if (!isRecord(answer) || !Array.isArray(answer.jobs)) return { ok: false, reason: 'wrong-shape' };
    const postings = answer.jobs.flatMap(toPosting);
    return { ok: true, value: { postings, name: postings.find((posting) => posting.organization)?.organization } };
  },
});

function boardToken(url: URL): string | undefined {
  if (url.hostname === 'boards-api.greenhouse.io') {
    const [version, boards, token] = url.pathname.split('/').filter(Boolean);
    return version === 'v1' && boards === 'boards' ? token : undefined;
  }
  if (!PAGE_HOSTS.has(url.hostname)) return undefined;
  const embedded = url.searchParams.get('for');
  if (url.pathname.startsWith('/embed/')) return embedded || undefined;
  return firstSegment(url);
}

function toPosting(job: unknown): BoardPosting[] {
  if (!isRecord(job)) return [];
  const id = textOf(job.id);
  const title = textOf(job.title);
  if (!id || !title) return [];
  const content = textOf(job.content);
  return [{
    id,
    title,
    url: textOf(job.absolute_url),
    organization: textOf(job.company_name),
    html: content === undefined ? undefined : decodeEscapedMarkup(content),
    location: isRecord(job.location) ? textOf(job.location.name) : undefined,
    employment: employmentOf(job.metadata),
    // first_published is when the posting went up; updated_at moves with every edit.
    postedAt: textOf(job.first_published) ?? textOf(job.updated_at),
    closesAt: textOf(job.application_deadline),
    language: textOf(job.language),
    departments: namesOf(job.departments),
  }];
}

function employmentOf(metadata: unknown): string | undefined {
  const field = listOf(metadata).find((entry) => isRecord(entry) && EMPLOYMENT_FIELD.test(textOf(entry.name) ?? ''));
  return isRecord(field) ? textOf(field.value) : undefined;
}
