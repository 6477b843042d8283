import type { Offer } from '../postings/types';
import type { SyncLabel } from './sync-entry';

/**
 * The source id of a saved offer that came from another browser and that no source followed here
 * knows: like a page's (PAGE_SOURCE_ID), it says where the offer came from rather than a folder.
 */
export const OTHER_BROWSER_SOURCE_ID = 'other-browser';

/** The small snapshot of a favorite known only by its label: shown until a followed source brings the offer. */
export function labelOnlySnapshot(offerId: string, label: SyncLabel): Offer {
  return {
    id: offerId,
    sourceId: OTHER_BROWSER_SOURCE_ID,
    path: offerId.slice(offerId.indexOf(':') + 1),
    url: label.url,
    title: label.title,
    organization: label.organization,
    status: 'unknown',
    contract: 'unknown',
    remote: 'unknown',
    skills: [],
    domains: [],
    softSkills: [],
    tags: [],
    summary: '',
    body: '',
    frontMatter: {},
    contentHash: '',
    warnings: [],
  };
}

export function isLabelOnlySnapshot(snapshot: Offer): boolean {
  return snapshot.sourceId === OTHER_BROWSER_SOURCE_ID;
}
