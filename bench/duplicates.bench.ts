import { findDuplicateGroups, groupDuplicates, type DuplicateCandidate } from '../lib/duplicates/find-duplicates';
import type { Offer } from '../lib/postings/types';
import { generateOffers } from './support/corpus';
import { round, type Benchmark } from './support/benchmark';

const EDITED = 10;
const PUBLISHED = 5;

const candidate = (offer: Offer, sourceId: string, organization = offer.organization): DuplicateCandidate => ({
  id: `${sourceId}:${offer.path}`, sourceId, url: undefined, title: offer.title, organization, language: offer.language, text: offer.body,
});

/** The worst case: two sources publishing the same 5,000 postings, so that every text is compared. */
function sameFiveThousandTwice(offers: readonly Offer[]): DuplicateCandidate[] {
  return ['a', 'b'].flatMap((sourceId) => offers.map((offer) => candidate(offer, sourceId)));
}

/** 10,000 postings spread over 2,000 organizations and 5 sources: each organization publishes one posting in each source. */
function spread(offers: readonly Offer[]): DuplicateCandidate[] {
  return offers.map((offer, index) => candidate(offer, `s${Math.floor(index / 2_000)}`, `org${index % 2_000}`));
}

/** A sync of one source: a few postings edited, and a few new ones that the other source publishes too. */
function afterOneSync(board: readonly DuplicateCandidate[], fresh: readonly Offer[]): DuplicateCandidate[] {
  const edited = new Set(board.filter((posting) => posting.sourceId === board[board.length - 1]!.sourceId).slice(0, EDITED).map((posting) => posting.id));
  const sources = [...new Set(board.map((posting) => posting.sourceId))].slice(0, 2);
  return [
    ...board.map((posting) => (edited.has(posting.id) ? { ...posting, text: `${posting.text}\n\nMise à jour : poste ouvert aux contractuels.` } : posting)),
    ...sources.flatMap((sourceId) => fresh.map((offer) => candidate(offer, sourceId))),
  ];
}

function timed<T>(work: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = work();
  return { value, ms: performance.now() - started };
}

/**
 * Duplicate grouping after a sync that changed the board (lib/duplicates): a full grouping, as
 * every such sync ran before, against one handed the comparisons of the grouping before, which
 * compares again only the blocks the sync changed. Both must find the same groups.
 */
const benchmark: Benchmark = {
  name: 'duplicates',
  async run() {
    const fresh = generateOffers(10_000 + PUBLISHED).slice(10_000).map((offer, index) => ({ ...offer, path: `new-${index}.md` }));
    const cases = [
      { name: 'two sources, the same 5,000 postings', board: sameFiveThousandTwice(generateOffers(5_000)) },
      { name: '10,000 postings, 2,000 organizations, 5 sources', board: spread(generateOffers(10_000)) },
    ];
    return cases.map(({ name, board }) => {
      const before = groupDuplicates(board);
      const next = afterOneSync(board, fresh);
      const full = timed(() => findDuplicateGroups(next));
      const incremental = timed(() => groupDuplicates(next, before.comparisons));
      const unchanged = timed(() => groupDuplicates(next, incremental.value.comparisons));
      return {
        case: name,
        'sync': `${EDITED} edited, ${PUBLISHED} published in 2 sources`,
        'full grouping (ms)': round(full.ms, 0),
        'incremental (ms)': round(incremental.ms, 0),
        'nothing changed (ms)': round(unchanged.ms, 0),
        'same groups': String(JSON.stringify(full.value) === JSON.stringify(incremental.value.groups)),
        groups: full.value.length,
      };
    });
  },
};

export default benchmark;
