import type { Offer } from '../../lib/postings/types';

export function sampleOffer(overrides: Partial<Offer> = {}): Offer {
  return {
    id: 's:a.md',
    sourceId: 's',
    path: 'a.md',
    title: 'Développeuse ou développeur fullstack',
    organization: 'data.gouv.fr',
    status: 'open',
    contract: 'freelance',
    remote: 'partial',
    location: 'Paris',
    skills: ['Python', 'Vue.js'],
    domains: [],
    softSkills: [],
    tags: [],
    summary: 'Une mission de longue durée.',
    body: 'Une mission de longue durée.',
    frontMatter: { open: true },
    contentHash: 'h1',
    warnings: [],
    ...overrides,
  };
}
