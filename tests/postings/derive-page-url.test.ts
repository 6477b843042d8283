import { describe, expect, it } from 'vitest';
import { derivePageUrl } from '../../lib/postings/derive-page-url';

describe('derivePageUrl', () => {
  it.each([
    {
      case: 'a beta.gouv.fr job, known by its file URL',
      context: { path: 'content/_jobs/2022-01-07-PM-incubateur.md', url: 'https://github.com/betagouv/beta.gouv.fr/blob/77e2919/content/_jobs/2022-01-07-PM-incubateur.md' },
      url: 'https://beta.gouv.fr/recrutement/2022/01/07/PM-incubateur.html',
    },
    {
      case: 'a beta.gouv.fr job, known by its source id',
      context: { path: 'content/_jobs/2020-11-28-trackdechets_stagebizdév.md', sourceId: 'github:https://api.github.com/betagouv/beta.gouv.fr@:content/_jobs' },
      url: 'https://beta.gouv.fr/recrutement/2020/11/28/trackdechets_stagebizd%C3%A9v.html',
    },
    { case: 'the same folder in another repository', context: { path: 'content/_jobs/2022-01-07-pm.md', sourceId: 'github:someone/site' }, url: undefined },
    { case: 'another beta.gouv.fr folder', context: { path: 'content/_startups/x.md', sourceId: 'betagouv/beta.gouv.fr' }, url: undefined },
  ])('$case', ({ context, url }) => {
    expect(derivePageUrl(context)).toBe(url);
  });
});
