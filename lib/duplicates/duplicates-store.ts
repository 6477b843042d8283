import { groupDuplicates, type DuplicateCandidate, type DuplicatePair, type TextComparisons } from './find-duplicates';
import { PAGE_SOURCE_ID } from '../page/canonical-page-url';
import type { Offer } from '../postings/types';
import type { StoredOffer } from '../db/records';
import type { OfferEvent } from '../db/records';
import type { VigieDatabase } from '../db/schema';
import { readListedOffers } from '../db/listed-offers';
import { indexGroups, judgeWithGroups, readDuplicateGroups, type DuplicateIndex } from './merge-duplicates';
import type { CopiesOfPostings } from '../notify/next-announcement';

/** The groups of postings that are one job (lib/duplicates), for the popup: stored in the settings table, no schema change. */
export const DUPLICATES_KEY = 'duplicateGroups';
/** What the last grouping compared (see TextComparisons), for the next one to read only the texts of blocks that changed. */
export const COMPARISONS_KEY = 'duplicateComparisons';

/**
 * Finds the duplicates again among the listed offers and the pages saved while browsing, and
 * stores the groups. Runs after a sync that changed the board (given the listed offers, read once
 * with the word hits) and after a page is saved; it compares again only the texts of the blocks
 * that changed since the last time (see groupDuplicates).
 */
export async function refreshDuplicates(db: VigieDatabase, listed?: readonly StoredOffer[]): Promise<void> {
  const candidates: DuplicateCandidate[] = (listed ?? (await readListedOffers(db))).map(toCandidate);
  // A page saved while browsing is in no source: only its saved snapshot knows it.
  const pages = await db.favorites.filter((favorite) => favorite.snapshot.sourceId === PAGE_SOURCE_ID).toArray();
  for (const page of pages) candidates.push(toCandidate(page.snapshot));
  const previous = readTextComparisons((await db.settings.get(COMPARISONS_KEY))?.value);
  const { groups, comparisons } = groupDuplicates(candidates, previous);
  await db.settings.bulkPut([
    { key: DUPLICATES_KEY, value: groups },
    { key: COMPARISONS_KEY, value: [...comparisons] },
  ]);
}

/** The comparisons stored as [fingerprint, pairs] entries, sanitized (untrusted storage): anything else is forgotten, and compared again. */
export function readTextComparisons(value: unknown): TextComparisons {
  if (!Array.isArray(value)) return new Map();
  return new Map(value.flatMap((entry): Array<[string, DuplicatePair[]]> => {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !Array.isArray(entry[1])) return [];
    const pairs = (entry[1] as unknown[]).filter(isPair);
    return pairs.length === entry[1].length ? [[entry[0], pairs]] : [];
  }));
}

function isPair(value: unknown): value is DuplicatePair {
  return Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string';
}

function toCandidate(offer: Offer): DuplicateCandidate {
  return { id: offer.id, sourceId: offer.sourceId, url: offer.url, title: offer.title, organization: offer.organization, language: offer.language, text: offer.body, identifier: offer.identifier };
}

export async function readDuplicateIndex(db: VigieDatabase): Promise<DuplicateIndex> {
  return indexGroups(readDuplicateGroups((await db.settings.get(DUPLICATES_KEY))?.value));
}

/** One key per posting, whichever copy: its group's first member. */
function postingKey(offerId: string, groups: DuplicateIndex): string | undefined {
  return groups.get(offerId)?.[0]?.id;
}

/** The postings among the pending events' that were already announced through another copy. */
export async function announcedPostings(db: VigieDatabase, pending: readonly OfferEvent[], groups: DuplicateIndex): Promise<Set<string>> {
  const pendingIds = new Set(pending.map((event) => event.offerId));
  const copies = [...new Set(pending.flatMap((event) => groups.get(event.offerId)?.map((member) => member.id) ?? []))].filter((id) => !pendingIds.has(id));
  if (copies.length === 0) return new Set();
  const announced = await db.events.where('offerId').anyOf(copies).filter((event) => event.type === 'opened' && (event.announce === 'announced' || event.announce === 'announcing')).toArray();
  return new Set(announced.flatMap((event) => postingKey(event.offerId, groups) ?? []));
}

/** For the notifications (lib/notify): the same job from two sources is announced once, and not when any copy is hidden. */
export async function copiesOfPostings(db: VigieDatabase, pending: readonly OfferEvent[]): Promise<CopiesOfPostings> {
  const groups = await readDuplicateIndex(db);
  return {
    noise: (judge) => judgeWithGroups(judge, groups),
    postingOf: (offerId) => postingKey(offerId, groups),
    announcedPostings: await announcedPostings(db, pending, groups),
  };
}
