import { offerFromBoardPosting } from '../../lib/postings/board-posting';
import type { Offer } from '../../lib/postings/types';
import { adapterFor, createHttpClient, isBoardLocation, parseSourceUrl } from '../../lib/sources';
import type { BoardLocation, Fetched, Listing } from '../../lib/sources/types';
import { BoardHosts, type BoardReply } from './board-hosts';

/** The day the fixtures are read on: their deadlines are compared to it. */
export const READ_ON = new Date('2026-12-01T12:00:00Z');

export function boardLocation(pasted: string): BoardLocation {
  const parsed = parseSourceUrl(pasted);
  if (!parsed.ok || !isBoardLocation(parsed.location)) throw new Error(`${pasted} is not a board address`);
  return parsed.location;
}

/** Lists the board a seeker pasted, its host answering `reply`, and reads the listing's postings as offers. */
export async function readBoard(pasted: string, reply: BoardReply): Promise<{ listing: Fetched<Listing>; offers: Offer[]; hosts: BoardHosts }> {
  const location = boardLocation(pasted);
  const hosts = new BoardHosts();
  hosts.set(location.url, reply);
  const http = createHttpClient({ fetch: hosts.fetch, backoffMs: 1, attempts: 1 });
  const listing = await adapterFor(location).list(location, http, {});
  const files = listing.ok && listing.value.status === 'listed' ? listing.value.files : [];
  const offers = files.flatMap((file) => (file.posting ? [offerFromBoardPosting(file.posting, { path: file.path, url: file.htmlUrl, sourceId: 'src' }, READ_ON)] : []));
  return { listing, offers, hosts };
}
