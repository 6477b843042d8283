import { defineBoardAdapter } from './define-board-adapter';
import { locationOf } from './board-url';
import { readFeed } from './read-feed';

// What a feed's address looks like: feed.xml, offres.rss, /rss, /feed/, ?format=atom…
const FEED_PATH = /\.(?:rss|atom|xml)$|\/(?:rss|atom|feeds?)(?:\/|$)|[-_.](?:rss|atom|feed)(?:\/|$)/i;
const FEED_QUERY = /(?:^|[?&])(?:format|type|output|feed)=(?:rss|atom|xml)\b|(?:^|[?&])(?:rss|feed|atom)(?:=|&|$)/i;

/**
 * An RSS 2.0 or Atom feed of job offers (a public-service job site's newest offers, a company's
 * jobs.rss): recognized by its address; its items are read as postings.
 */
export const feedAdapter = defineBoardAdapter({
  kind: 'feed',
  format: 'xml',
  // A feed shows its newest items only (often the last 10 or 20): an item that drops off may be
  // open still, and nothing in a feed says a posting closed. Its postings stay as they are.
  absence: 'kept',

  locate(url) {
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    if (!FEED_PATH.test(url.pathname) && !FEED_QUERY.test(url.search)) return undefined;
    const address = url.toString();
    return locationOf('feed', url.hostname, address, address);
  },

  read: readFeed,
});
