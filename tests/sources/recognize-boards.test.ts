import { describe, expect, it } from 'vitest';
import { boardPermissionPattern, isBoardLocation, parseSourceUrl } from '../../lib/sources';

// What a seeker pastes → the board Vigie reads, the one address its answer comes from, and the host permission asked.
const BOARDS: Array<[string, { kind: string; board: string; url: string }, string]> = [
  ['https://boards.greenhouse.io/acme', { kind: 'greenhouse', board: 'acme', url: 'https://boards-api.greenhouse.io/v1/boards/acme/jobs?content=true' }, 'https://boards-api.greenhouse.io/*'],
  ['https://job-boards.greenhouse.io/acme', { kind: 'greenhouse', board: 'acme', url: 'https://boards-api.greenhouse.io/v1/boards/acme/jobs?content=true' }, 'https://boards-api.greenhouse.io/*'],
  ['https://job-boards.greenhouse.io/acme/jobs/4012345006?gh_src=abc', { kind: 'greenhouse', board: 'acme', url: 'https://boards-api.greenhouse.io/v1/boards/acme/jobs?content=true' }, 'https://boards-api.greenhouse.io/*'],
  ['https://boards.greenhouse.io/embed/job_board?for=acme', { kind: 'greenhouse', board: 'acme', url: 'https://boards-api.greenhouse.io/v1/boards/acme/jobs?content=true' }, 'https://boards-api.greenhouse.io/*'],
  ['https://boards-api.greenhouse.io/v1/boards/acme/jobs', { kind: 'greenhouse', board: 'acme', url: 'https://boards-api.greenhouse.io/v1/boards/acme/jobs?content=true' }, 'https://boards-api.greenhouse.io/*'],
  ['https://jobs.lever.co/globex', { kind: 'lever', board: 'globex', url: 'https://api.lever.co/v0/postings/globex?mode=json' }, 'https://api.lever.co/*'],
  ['https://jobs.lever.co/globex/5f6e1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b/apply', { kind: 'lever', board: 'globex', url: 'https://api.lever.co/v0/postings/globex?mode=json' }, 'https://api.lever.co/*'],
  ['https://jobs.eu.lever.co/globex', { kind: 'lever', board: 'globex', url: 'https://api.eu.lever.co/v0/postings/globex?mode=json' }, 'https://api.eu.lever.co/*'],
  ['https://api.lever.co/v0/postings/globex?mode=json', { kind: 'lever', board: 'globex', url: 'https://api.lever.co/v0/postings/globex?mode=json' }, 'https://api.lever.co/*'],
  ['https://jobs.ashbyhq.com/initech', { kind: 'ashby', board: 'initech', url: 'https://api.ashbyhq.com/posting-api/job-board/initech?includeCompensation=true' }, 'https://api.ashbyhq.com/*'],
  ['https://api.ashbyhq.com/posting-api/job-board/initech', { kind: 'ashby', board: 'initech', url: 'https://api.ashbyhq.com/posting-api/job-board/initech?includeCompensation=true' }, 'https://api.ashbyhq.com/*'],
  ['https://vandelay.recruitee.com/', { kind: 'recruitee', board: 'vandelay', url: 'https://vandelay.recruitee.com/api/offers/' }, 'https://vandelay.recruitee.com/*'],
  ['https://vandelay.recruitee.com/o/backend-developer-ruby', { kind: 'recruitee', board: 'vandelay', url: 'https://vandelay.recruitee.com/api/offers/' }, 'https://vandelay.recruitee.com/*'],
  ['https://apply.workable.com/pied-piper/', { kind: 'workable', board: 'pied-piper', url: 'https://apply.workable.com/api/v1/widget/accounts/pied-piper?details=true' }, 'https://apply.workable.com/*'],
  ['https://umbrella.jobs.personio.de', { kind: 'personio', board: 'umbrella', url: 'https://umbrella.jobs.personio.de/xml' }, 'https://umbrella.jobs.personio.de/*'],
  ['https://umbrella.jobs.personio.com/job/1739021', { kind: 'personio', board: 'umbrella', url: 'https://umbrella.jobs.personio.com/xml' }, 'https://umbrella.jobs.personio.com/*'],
  ['https://hooli.teamtailor.com/jobs', { kind: 'teamtailor', board: 'hooli', url: 'https://hooli.teamtailor.com/jobs.rss' }, 'https://hooli.teamtailor.com/*'],
  ['https://emplois.example.gouv.fr/offres/rss', { kind: 'feed', board: 'emplois.example.gouv.fr', url: 'https://emplois.example.gouv.fr/offres/rss' }, 'https://emplois.example.gouv.fr/*'],
  ['https://coop.example.org/emplois/atom.xml', { kind: 'feed', board: 'coop.example.org', url: 'https://coop.example.org/emplois/atom.xml' }, 'https://coop.example.org/*'],
  ['https://example.org/jobs/feed/', { kind: 'feed', board: 'example.org', url: 'https://example.org/jobs/feed/' }, 'https://example.org/*'],
  ['https://example.org/offres?format=rss', { kind: 'feed', board: 'example.org', url: 'https://example.org/offres?format=rss' }, 'https://example.org/*'],
];

describe('recognizing a careers page or a feed', () => {
  it.each(BOARDS)('%s', (pasted, expected, permission) => {
    const parsed = parseSourceUrl(pasted);
    if (!parsed.ok) throw new Error(`not recognized: ${parsed.error}`);
    expect(parsed.location).toMatchObject(expected);
    expect(isBoardLocation(parsed.location) && boardPermissionPattern(parsed.location)).toBe(permission);
  });

  it('gives the same source for two addresses of one board', () => {
    const keys = ['https://boards.greenhouse.io/acme', 'https://job-boards.greenhouse.io/acme/jobs/1'].map((url) => {
      const parsed = parseSourceUrl(url);
      return parsed.ok ? parsed.key : parsed.error;
    });
    expect(keys[0]).toBe(keys[1]);
  });

  it.each([
    ['https://boards.greenhouse.io/', 'unsupported'],
    ['https://jobs.lever.co/', 'unsupported'],
    ['https://www.recruitee.com/', 'unsupported'],
    ['https://www.teamtailor.com/fr/', 'unsupported'],
    ['https://example.org/careers', 'unsupported'],
    ['https://exa mple.org/jobs.md', 'not-a-url'],
  ])('refuses %s', (pasted, error) => {
    expect(parseSourceUrl(pasted)).toEqual({ ok: false, error });
  });

  it('reads a board address typed without https:// as the same board', () => {
    const typed = parseSourceUrl('boards.greenhouse.io/acme');
    const full = parseSourceUrl('https://boards.greenhouse.io/acme');
    expect(typed.ok && full.ok && typed.key === full.key).toBe(true);
  });

  it('still reads Git folders and Markdown files as before', () => {
    const folder = parseSourceUrl('https://github.com/o/r/tree/main/jobs');
    const file = parseSourceUrl('https://example.org/jobs/dev.md');
    expect(folder.ok && folder.location.kind).toBe('github');
    expect(file.ok && file.location.kind).toBe('file');
    expect(folder.ok && isBoardLocation(folder.location)).toBe(false);
  });
});
