import type { Offer } from '../../lib/postings/types';

/** A minimal offer: only what the search index reads varies between tests. */
export function makeOffer(id: string, fields: Partial<Offer> = {}): Offer {
  return {
    id,
    sourceId: 'test',
    path: `${id}.md`,
    title: '',
    status: 'closed',
    contract: 'unknown',
    remote: 'unknown',
    skills: [],
    domains: [],
    softSkills: [],
    tags: [],
    summary: '',
    body: '',
    frontMatter: {},
    contentHash: id,
    warnings: [],
    ...fields,
  };
}
