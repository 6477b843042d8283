import { describe, expect, it } from 'vitest';
import { gitlabAdapter } from '../../lib/sources/gitlab';
import type { GitLabLocation } from '../../lib/sources/types';
import { recordedHttp } from './recorded-http';

const LOCATION: GitLabLocation = { kind: 'gitlab', apiBase: 'https://gitlab.com/api/v4', webBase: 'https://gitlab.com', project: 'coop/site', ref: 'main', path: 'jobs' };
const TREE = 'https://gitlab.com/api/v4/projects/coop%2Fsite/repository/tree?path=jobs&ref=main&per_page=100';

describe('the GitLab adapter’s listing', () => {
  it('lists the files of the folder, page after page, with their raw and web addresses', async () => {
    const { http, asked } = recordedHttp({
      [`${TREE}&page=1`]: {
        body: [
          { id: 'a1b2', name: 'dev python.md', path: 'jobs/dev python.md', type: 'blob' },
          { id: 'c3d4', name: 'archives', path: 'jobs/archives', type: 'tree' },
          { id: 'e5f6', name: 'logo.png', path: 'jobs/logo.png', type: 'blob' },
        ],
        headers: { 'x-next-page': '2' },
      },
      [`${TREE}&page=2`]: { body: [{ id: '9a8b', name: 'design.md', path: 'jobs/design.md', type: 'blob' }, 'not an entry', { id: 7, name: 'x.md', path: 'jobs/x.md', type: 'blob' }], headers: { 'x-next-page': '' } },
    });
    const listing = await gitlabAdapter.list(LOCATION, http, { token: 'glpat-secret' });
    expect(listing).toEqual({
      ok: true,
      value: {
        status: 'listed',
        complete: true,
        files: [
          {
            name: 'dev python.md',
            path: 'jobs/dev python.md',
            version: 'a1b2',
            blobSha: 'a1b2',
            downloadUrl: 'https://gitlab.com/api/v4/projects/coop%2Fsite/repository/files/jobs%2Fdev%20python.md/raw?ref=main',
            htmlUrl: 'https://gitlab.com/coop/site/-/blob/main/jobs/dev%20python.md',
          },
          // Every file is listed: which are postings, the plan decides by name (lib/sync/plan-sync.ts).
          {
            name: 'logo.png',
            path: 'jobs/logo.png',
            version: 'e5f6',
            blobSha: 'e5f6',
            downloadUrl: 'https://gitlab.com/api/v4/projects/coop%2Fsite/repository/files/jobs%2Flogo.png/raw?ref=main',
            htmlUrl: 'https://gitlab.com/coop/site/-/blob/main/jobs/logo.png',
          },
          {
            name: 'design.md',
            path: 'jobs/design.md',
            version: '9a8b',
            blobSha: '9a8b',
            downloadUrl: 'https://gitlab.com/api/v4/projects/coop%2Fsite/repository/files/jobs%2Fdesign.md/raw?ref=main',
            htmlUrl: 'https://gitlab.com/coop/site/-/blob/main/jobs/design.md',
          },
        ],
      },
    });
    expect(asked.map((request) => request.url)).toEqual([`${TREE}&page=1`, `${TREE}&page=2`]);
    expect(asked.every((request) => request.options?.token === 'glpat-secret')).toBe(true);
  });

  it('refuses a listing that is not a list', async () => {
    const { http } = recordedHttp({ [`${TREE}&page=1`]: { body: { message: '404 Project Not Found' } } });
    expect(await gitlabAdapter.list(LOCATION, http, {})).toEqual({
      ok: false,
      failure: { kind: 'corrupt', message: 'the folder listing is not a list', url: `${TREE}&page=1` },
    });
  });

  it('passes on a failed page, without a partial listing', async () => {
    const { http } = recordedHttp({ [`${TREE}&page=1`]: { body: [], headers: { 'x-next-page': '2' } } });
    expect(await gitlabAdapter.list(LOCATION, http, {})).toEqual({ ok: false, failure: { kind: 'http', status: 404, url: `${TREE}&page=2` } });
  });

  it('stops after 100 pages of a server that pages forever, and says the listing is incomplete', async () => {
    const answers = Object.fromEntries(
      Array.from({ length: 101 }, (_, index) => [`${TREE}&page=${index + 1}`, { body: [], headers: { 'x-next-page': String(index + 2) } }]),
    );
    const { http, asked } = recordedHttp(answers);
    expect(await gitlabAdapter.list(LOCATION, http, {})).toEqual({ ok: true, value: { status: 'listed', files: [], complete: false } });
    expect(asked).toHaveLength(100);
  });
});
