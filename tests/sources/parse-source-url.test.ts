import { describe, expect, it } from 'vitest';
import { parseSourceUrl, withScheme } from '../../lib/sources';

describe('parseSourceUrl', () => {
  it.each([
    [
      'https://github.com/betagouv/beta.gouv.fr/tree/77e2919a2754b1f4943b08dfda3cfd21f84ec105/content/_jobs',
      { kind: 'github', apiBase: 'https://api.github.com', owner: 'betagouv', repo: 'beta.gouv.fr', ref: '77e2919a2754b1f4943b08dfda3cfd21f84ec105', path: 'content/_jobs' },
    ],
    [
      'https://github.com/qloridant/multi-site-contents/tree/main/texts/jobs/posts',
      { kind: 'github', apiBase: 'https://api.github.com', owner: 'qloridant', repo: 'multi-site-contents', ref: 'main', path: 'texts/jobs/posts' },
    ],
    [
      'https://api.github.com/repos/betagouv/beta.gouv.fr/contents/content/_jobs?ref=v1.2',
      { kind: 'github', apiBase: 'https://api.github.com', owner: 'betagouv', repo: 'beta.gouv.fr', ref: 'v1.2', path: 'content/_jobs' },
    ],
    [
      'https://ghe.example.org/api/v3/repos/team/jobs/contents/offres',
      { kind: 'github', apiBase: 'https://ghe.example.org/api/v3', owner: 'team', repo: 'jobs', ref: undefined, path: 'offres' },
    ],
    [
      'http://127.0.0.1:4321/repos/o/r/contents/a%20b/c?ref=main',
      { kind: 'github', apiBase: 'http://127.0.0.1:4321', owner: 'o', repo: 'r', ref: 'main', path: 'a b/c' },
    ],
    [
      'https://gitlab.com/group/sub/project/-/tree/main/jobs/posts',
      { kind: 'gitlab', apiBase: 'https://gitlab.com/api/v4', webBase: 'https://gitlab.com', project: 'group/sub/project', ref: 'main', path: 'jobs/posts' },
    ],
    [
      'http://127.0.0.1:4321/api/v4/projects/42/repository/tree?path=jobs&ref=dev',
      { kind: 'gitlab', apiBase: 'http://127.0.0.1:4321/api/v4', project: '42', ref: 'dev', path: 'jobs' },
    ],
    ['https://example.org/jobs/dev.md', { kind: 'file', url: 'https://example.org/jobs/dev.md' }],
    [
      'https://github.com/o/r/blob/main/jobs/dev.md',
      { kind: 'file', url: 'https://raw.githubusercontent.com/o/r/main/jobs/dev.md' },
    ],
  ])('reads %s', (url, location) => {
    const parsed = parseSourceUrl(url);
    expect(parsed.ok && parsed.location).toEqual(location);
  });

  it.each([
    ['not a url', 'not-a-url'],
    ['ftp://example.org/jobs.md', 'unsupported'],
    ['https://example.org/jobs/', 'unsupported'],
    ['https://github.com/o/r/issues/12', 'unsupported'],
    ['javascript:alert(1)', 'unsupported'],
  ])('refuses %s with a reason', (url, error) => {
    expect(parseSourceUrl(url)).toEqual({ ok: false, error });
  });

  it.each([
    ['github.com/o/r/tree/main/jobs', 'https://github.com/o/r/tree/main/jobs'],
    ['  gitlab.com/g/p/-/tree/main/jobs ', 'https://gitlab.com/g/p/-/tree/main/jobs'],
    ['//example.org/jobs/dev.md', 'https://example.org/jobs/dev.md'],
    ['github.com:443/o/r/tree/main/jobs', 'https://github.com:443/o/r/tree/main/jobs'],
  ])('accepts %s typed without a scheme, as https', (typed, url) => {
    expect(withScheme(typed)).toBe(url);
    const parsed = parseSourceUrl(typed);
    const expected = parseSourceUrl(url);
    expect(parsed.ok && expected.ok && parsed.key === expected.key).toBe(true);
  });

  it('names sources of one repository apart: folder, branch, and archive for a pinned commit', () => {
    const names = [
      'https://github.com/betagouv/beta.gouv.fr',
      'https://github.com/betagouv/beta.gouv.fr/tree/main/content/_jobs',
      'https://github.com/betagouv/beta.gouv.fr/tree/77e2919a2754b1f4943b08dfda3cfd21f84ec105/content/_jobs',
      'https://github.com/betagouv/beta.gouv.fr/tree/staging/content/_jobs',
      'https://gitlab.com/g/p/-/tree/main/jobs',
    ].map((url) => {
      const parsed = parseSourceUrl(url);
      return parsed.ok ? parsed.name : undefined;
    });
    expect(names).toEqual([
      'betagouv/beta.gouv.fr',
      'betagouv/beta.gouv.fr · content/_jobs',
      'betagouv/beta.gouv.fr · content/_jobs · archive 77e2919',
      'betagouv/beta.gouv.fr · content/_jobs · staging',
      'g/p · jobs',
    ]);
  });

  it('gives the same key to the web and API forms of one folder', () => {
    const web = parseSourceUrl('https://github.com/o/r/tree/main/jobs');
    const api = parseSourceUrl('https://api.github.com/repos/o/r/contents/jobs?ref=main');
    expect(web.ok && api.ok && web.key === api.key).toBe(true);
  });
});
