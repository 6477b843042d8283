import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDuplicateGroups, groupDuplicates, type DuplicateCandidate, type TextComparisons } from '../../lib/duplicates/find-duplicates';
import { parsePosting } from '../../lib/postings';
import { SHARED_DIR } from '../support/fixtures';
import { mulberry32 } from '../support/mulberry32';

const FIXTURES = join(SHARED_DIR, 'fixtures');
/** Real postings' texts, titles, organizations and addresses: what the grouping compares. */
const fixtures = readdirSync(FIXTURES).flatMap((folder) =>
  readdirSync(join(FIXTURES, folder))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => parsePosting(readFileSync(join(FIXTURES, folder, name)), { sourceId: folder, path: name })),
);
const SOURCES = ['a', 'b', 'c', 'd'];
const ORGANIZATIONS = ['Etalab', 'ETALAB ', 'DINUM', 'Aidants Connect', 'aidantsconnect', 'ANCT'];

type Board = Map<string, DuplicateCandidate>;

/**
 * One step of a board's history, as syncs and saved pages make it: postings published (some the
 * copy of another source's, some an organization's whole batch, past the size from which its
 * postings are compared title by title), edited a little or rewritten, moved to another
 * organization or title, given another address or language, and removed.
 */
function step(board: Board, random: () => number, next: () => string): void {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const fixture = () => pick(fixtures);
  const existing = [...board.values()];
  const change = (update: Partial<DuplicateCandidate>) => {
    const posting = existing.length > 0 ? pick(existing) : undefined;
    if (posting) board.set(posting.id, { ...posting, ...update });
  };
  const roll = random();
  if (roll < 0.25 || existing.length < 4) {
    const offer = fixture();
    const id = `${pick(SOURCES)}:${next()}`;
    board.set(id, { id, sourceId: id.split(':')[0]!, url: random() < 0.3 ? offer.url : undefined, title: offer.title, organization: pick(ORGANIZATIONS), language: offer.language, text: offer.body });
  } else if (roll < 0.45) {
    // Another source publishes the same job, its text a little edited, or not.
    const original = pick(existing);
    const sourceId = pick(SOURCES.filter((source) => source !== original.sourceId));
    const id = `${sourceId}:${next()}`;
    const text = random() < 0.5 ? original.text : `${original.text}\n\nPoste ouvert aux contractuels.`;
    board.set(id, { ...original, id, sourceId, text, url: random() < 0.5 ? original.url : undefined });
  } else if (roll < 0.55) {
    change({ text: `${pick(existing).text} Mise à jour.` });
  } else if (roll < 0.62) {
    change({ text: fixture().body });
  } else if (roll < 0.69) {
    change({ organization: pick(ORGANIZATIONS) });
  } else if (roll < 0.74) {
    change({ title: fixture().title });
  } else if (roll < 0.79) {
    change({ url: random() < 0.5 ? pick(existing).url : undefined });
  } else if (roll < 0.82) {
    change({ language: pick(['fr', 'en', undefined]) });
  } else if (roll < 0.95) {
    board.delete(pick(existing).id);
  } else if (random() < 0.5) {
    // An organization's batch, from two sources: past 60 postings its texts are compared title by title.
    const organization = pick(ORGANIZATIONS);
    for (let count = 0; count < 31; count++) {
      const offer = fixture();
      for (const sourceId of ['a', 'b']) {
        const id = `${sourceId}:${next()}`;
        board.set(id, { id, sourceId, title: offer.title, organization, language: offer.language, text: offer.body });
      }
    }
  } else {
    // …and the batch taken down.
    for (const posting of existing) if (random() < 0.5) board.delete(posting.id);
  }
}

describe('groupDuplicates, handed the comparisons of the grouping before', () => {
  it('finds the groups a full grouping finds, at every step of generated histories', () => {
    let steps = 0;
    let merged = 0;
    for (const seed of [1, 2, 3]) {
      const random = mulberry32(seed);
      let counter = 0;
      const next = () => `${seed}-${counter++}.md`;
      const board: Board = new Map();
      let comparisons: TextComparisons = new Map();
      for (let index = 0; index < 50; index++) {
        step(board, random, next);
        const candidates = [...board.values()];
        const incremental = groupDuplicates(candidates, comparisons);
        expect(incremental.groups).toEqual(findDuplicateGroups(candidates));
        comparisons = incremental.comparisons;
        steps++;
        merged += incremental.groups.length;

      }
    }
    expect(steps).toBe(150);
    // The histories do make duplicates (found by address and by text) for the two to agree on.
    expect(merged).toBeGreaterThan(steps);
    // Each step runs a full grouping beside the incremental one: slow on a loaded host, whatever the code.
  }, 90_000);

  it('reads again only the blocks that changed: the others keep the pairs found before', () => {
    const [first, second] = fixtures.filter((offer) => offer.body.length > 2_000);
    const posting = (id: string, organization: string, text: string): DuplicateCandidate => ({ id, sourceId: id.split(':')[0]!, title: 'Développeur', organization, text });
    const before = groupDuplicates([posting('a:1', 'Etalab', first!.body), posting('b:1', 'Etalab', first!.body), posting('a:2', 'DINUM', second!.body), posting('b:2', 'DINUM', second!.body)]);
    const etalabPairs = [...before.comparisons.values()].find((pairs) => pairs.some((pair) => pair.includes('a:1')));
    const after = groupDuplicates([posting('a:1', 'Etalab', first!.body), posting('b:1', 'Etalab', first!.body), posting('a:2', 'DINUM', second!.body), posting('b:2', 'DINUM', `${second!.body} Mise à jour.`)], before.comparisons);
    // The same array, not an equal one: Etalab's texts were not compared again.
    expect([...after.comparisons.values()]).toContain(etalabPairs);
    expect(after.comparisons.size).toBe(2);
    expect([...after.comparisons.keys()].filter((fingerprint) => before.comparisons.has(fingerprint))).toHaveLength(1);
    expect(after.groups.map((group) => group.map((member) => member.id))).toEqual([['a:1', 'b:1'], ['a:2', 'b:2']]);
  });

  it('compares again a block whose stored pairs name a posting not in it (a damaged row), rather than trust them', () => {
    const [first] = fixtures.filter((offer) => offer.body.length > 2_000);
    const candidates = ['a:1', 'b:1', 'c:1'].map((id): DuplicateCandidate => ({ id, sourceId: id.split(':')[0]!, title: 'Développeur', organization: 'Etalab', text: first!.body }));
    const before = groupDuplicates(candidates);
    const damaged: TextComparisons = new Map([...before.comparisons].map(([fingerprint, pairs]) => [fingerprint, [...pairs, ['a:1', 'gone:1'] as const]]));
    const after = groupDuplicates(candidates, damaged);
    expect(after.groups).toEqual(findDuplicateGroups(candidates));
    expect([...after.comparisons.values()].flat(2)).not.toContain('gone:1');
  });
});
