import { defineBoardAdapter } from './define-board-adapter';
import { locationOf, subdomainOf } from './board-url';
import { readFeed } from './read-feed';

/**
 * Teamtailor career sites (acme.teamtailor.com) publish their open jobs as RSS at `/jobs.rss`;
 * the channel's title is the company's name.
 */
export const teamtailorAdapter = defineBoardAdapter({
  kind: 'teamtailor',
  format: 'xml',
  // Teamtailor's jobs.rss is a feed like any other, which may show only the newest jobs: a job
  // that drops off is not taken as closed.
  absence: 'kept',

  locate(url) {
    const company = subdomainOf(url, 'teamtailor.com');
    if (!company || company === 'www' || company === 'app') return undefined;
    return locationOf('teamtailor', company, `https://${company}.teamtailor.com/jobs.rss`, `https://${company}.teamtailor.com/jobs`);
  },

  read: readFeed,
});
