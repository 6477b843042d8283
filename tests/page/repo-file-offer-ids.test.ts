import { describe, expect, it } from 'vitest';
import { repoFileOfferIds } from '../../lib/page/repo-file-offer-ids';
import type { SourceRecord } from '../../lib/db/records';

const sources: Array<Pick<SourceRecord, 'id' | 'location'>> = [
  { id: 'gh', location: { kind: 'github', apiBase: 'https://api.github.com', owner: 'betagouv', repo: 'beta.gouv.fr', path: 'content/_jobs' } },
  { id: 'ghe', location: { kind: 'github', apiBase: 'https://git.example.org/api/v3', owner: 'rh', repo: 'offres', path: '' } },
  { id: 'gl', location: { kind: 'gitlab', apiBase: 'https://gitlab.com/api/v4', project: 'coop/jobs', path: 'posts', webBase: 'https://gitlab.com' } },
  { id: 'file', location: { kind: 'file', url: 'https://example.org/offre.md' } },
];

describe('repoFileOfferIds', () => {
  it.each([
    ['https://github.com/betagouv/beta.gouv.fr/blob/master/content/_jobs/2024-01-02-dev.md', ['gh:content/_jobs/2024-01-02-dev.md']],
    ['https://github.com/BetaGouv/beta.gouv.fr/blob/3f2a1c/content/_jobs/a%20b.md', ['gh:content/_jobs/a b.md']],
    ['https://git.example.org/rh/offres/blob/main/dev.md', ['ghe:dev.md']],
    ['https://gitlab.com/coop/jobs/-/blob/main/posts/dev.md', ['gl:posts/dev.md']],
  ])('%s', (url, ids) => {
    expect(repoFileOfferIds(url, sources)).toEqual(ids);
  });

  it.each([
    'https://github.com/betagouv/beta.gouv.fr/blob/master/README.md',
    'https://github.com/betagouv/beta.gouv.fr/tree/master/content/_jobs',
    'https://github.com/someone/else/blob/main/content/_jobs/x.md',
    'https://gitlab.com/coop/other/-/blob/main/posts/dev.md',
    'https://example.org/offre.md',
    'not a url',
  ])('finds nothing for %s', (url) => {
    expect(repoFileOfferIds(url, sources)).toEqual([]);
  });
});
