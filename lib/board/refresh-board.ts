import type { BoardRecord, OfferSummary, StoredOffer } from '../db/records';
import type { VigieDatabase } from '../db/schema';
import { createSearchIndex, loadSearchIndex, type SearchIndex } from '../search';
import { SEARCH_INDEX_VERSION } from '../search/serialize-index';
import { OFFER_SUMMARY_VERSION, toOfferSummary } from './offer-summary';

/**
 * Brings the popup's board up to date with the offers, from the events recorded since it
 * was last built; rebuilds it whole when there is none. Runs in the worker after a sync,
 * so that opening the popup only loads it. Says whether anything changed.
 */
export async function refreshBoard(db: VigieDatabase, now = Date.now()): Promise<boolean> {
  const board = await db.board.get('current');
  // A board saved by an older Vigie holds an index or summaries in an older format, and offers read
  // again by a newer parser left no event behind: built again, whole.
  if (!board || board.outdated || board.index.version !== SEARCH_INDEX_VERSION || board.summaryVersion !== OFFER_SUMMARY_VERSION) {
    await rebuildBoard(db, now);
    return true;
  }
  const events = await db.events.where('seq').above(board.lastEventSeq).toArray();
  // A deadline reminder changes no posting: the board only moves past it.
  const changes = events.filter((event) => event.type !== 'deadline');
  if (changes.length === 0) {
    if (events.length > 0) await db.board.update('current', { lastEventSeq: Math.max(...events.map((event) => event.seq ?? 0)) });
    return false;
  }
  const changedIds = [...new Set(changes.map((event) => event.offerId))];
  const offers = await db.offers.bulkGet(changedIds);
  const index = loadSearchIndex(board.index);
  const summaries = new Map(board.summaries.map((summary) => [summary.id, summary]));
  changedIds.forEach((id, position) => {
    const offer = offers[position];
    if (offer?.listed) {
      index.update(offer);
      summaries.set(id, toOfferSummary(offer));
    } else {
      index.remove(id);
      summaries.delete(id);
    }
  });
  await saveBoard(db, index, [...summaries.values()], Math.max(board.lastEventSeq, ...events.map((event) => event.seq ?? 0)), now);
  return true;
}

/** Builds the board from every listed offer, reading them one at a time to keep memory flat. */
export async function rebuildBoard(db: VigieDatabase, now = Date.now()): Promise<void> {
  const lastEvent = await db.events.orderBy('seq').last();
  const index = createSearchIndex();
  const summaries: OfferSummary[] = [];
  await db.offers.each((offer: StoredOffer) => {
    if (!offer.listed) return;
    index.add(offer);
    summaries.push(toOfferSummary(offer));
  });
  await saveBoard(db, index, summaries, lastEvent?.seq ?? 0, now);
}

/** How many results the popup can show before the whole board is loaded: more than fit on its screen. */
const FRONT_PAGE_SIZE = 60;

async function saveBoard(db: VigieDatabase, index: SearchIndex, summaries: OfferSummary[], lastEventSeq: number, now: number): Promise<void> {
  const record: BoardRecord = { id: 'current', index: index.toJSON(), summaries, summaryVersion: OFFER_SUMMARY_VERSION, lastEventSeq, updatedAt: now };
  const byId = new Map(summaries.map((summary) => [summary.id, summary]));
  const front = index.search('', { limit: FRONT_PAGE_SIZE }).flatMap((hit) => byId.get(hit.id) ?? []);
  await db.transaction('rw', [db.board, db.frontPage], async () => {
    await db.board.put(record);
    await db.frontPage.put({ id: 'current', summaries: front, total: summaries.length, updatedAt: now });
  });
}
