import { describe, expect, it } from 'vitest';
import { firstBoardOf, readBoard } from '../../lib/board/read-board';
import { readFrontPage } from '../../lib/board/read-front-page';
import type { FirstScreen } from '../../lib/board/first-screen';
import { NOISE_RULES_KEY, WORD_HITS_KEY } from '../../lib/db/noise-store';
import type { ReadStore } from '../../lib/db/read-store';
import { hiddenKey, organizationKey, wordKey } from '../../lib/noise/noise-rules';
import type { BoardRecord, FrontPageRecord, OfferSummary } from '../../lib/db/records';
import { createSearchIndex, type SerializedSearchIndex } from '../../lib/search';
import { makeOffer } from '../search/make-offer';

const summary = (id: string, title: string): OfferSummary => ({ id, sourceId: 's', title, status: 'open', contract: 'CDI', remote: 'none', skills: [], tags: [], firstSeenAt: 1 });
const FRONT: FrontPageRecord = { id: 'current', summaries: [summary('s:1.md', 'Développeur'), summary('s:2.md', 'Designer')], total: 2, updatedAt: 1000 };

/** A store holding the front page or the whole board, and settings (the noise rules, by their keys). */
function storeWith(frontPage: FrontPageRecord | undefined, board?: BoardRecord, settings: Record<string, unknown> = {}): ReadStore {
  const get = async (table: string, key: string) =>
    table === 'frontPage' ? frontPage : table === 'board' ? board : table === 'settings' && key in settings ? { key, value: settings[key] } : undefined;
  return { get, getEach: (reads: Array<[string, string]>) => Promise.all(reads.map(([table, key]) => get(table, key))) } as unknown as ReadStore;
}

const SUMMARIES = FRONT.summaries;
/** An index as Vigie stored it before the body's aside and title pairs (version 1: no aside postings). */
const VERSION_1_INDEX = {
  version: 1,
  ids: ['s:1.md', 's:2.md'],
  statuses: ['open', 'open'],
  postedDays: [null, null],
  terms: ['designer', 'developpeur'],
  headPostings: ['BB', 'AB'],
  bodyPostings: ['', ''],
} as unknown as SerializedSearchIndex;
const boardWith = (index: SerializedSearchIndex): BoardRecord => ({ id: 'current', index, summaries: SUMMARIES, summaryVersion: 1, lastEventSeq: 0, updatedAt: 2000 });

/** What the popup lists before its first paint, from what a store holds. */
const readFirstBoard = async (store: ReadStore | undefined, query: string, kept: FirstScreen | null) => firstBoardOf(await readFrontPage(store), query, kept);

describe('readFrontPage, then firstBoardOf', () => {
  it('lists the front page, which answers the empty query', async () => {
    const board = await readFirstBoard(storeWith(FRONT), '', null);
    expect([...(board?.summaries.keys() ?? [])]).toEqual(['s:1.md', 's:2.md']);
    expect(board?.answers).toBe('');
    expect(board?.updatedAt).toBe(1000);
    expect(board?.index).toBeUndefined();
  });

  it('lists the results kept for the query the popup reopens on, when they come from the same board', async () => {
    const kept = { query: 'design', boardUpdatedAt: 1000, summaries: [summary('s:2.md', 'Designer')] };
    const board = await readFirstBoard(storeWith(FRONT), 'design', kept);
    expect([...(board?.summaries.keys() ?? [])]).toEqual(['s:2.md']);
    expect(board?.answers).toBe('design');
  });

  it('falls back to the front page when the kept results are from an older board', async () => {
    const kept = { query: 'design', boardUpdatedAt: 999, summaries: [summary('s:2.md', 'Designer')] };
    const board = await readFirstBoard(storeWith(FRONT), 'design', kept);
    expect(board?.answers).toBe('');
    expect(board?.summaries.size).toBe(2);
  });

  describe('never lists a posting the seeker is not interested in, though the front page was stored before', () => {
    const at = 5000;
    const front: FrontPageRecord = {
      id: 'current',
      summaries: [
        summary('s:1.md', 'Développeur'),
        summary('s:2.md', 'Designer'),
        { ...summary('s:3.md', 'Chargée de mission'), organization: 'ANCT' },
        summary('s:4.md', 'Stage développeur front'),
        summary('s:5.md', 'Ingénieur ops'),
      ],
      total: 5,
      updatedAt: 1000,
    };
    const listed = async (settings: Record<string, unknown>, query = '', kept: FirstScreen | null = null) =>
      [...((await readFirstBoard(storeWith(front, undefined, settings), query, kept))?.summaries.keys() ?? [])];

    it('hidden, from an organization blocked however written, with a word blocked in titles', async () => {
      const rules = [
        { kind: 'hidden', key: hiddenKey('s:2.md'), offerId: 's:2.md', title: 'Designer', at },
        { kind: 'organization', key: organizationKey('anct'), name: 'anct', at },
        { kind: 'word', key: wordKey('Stage'), word: 'Stage', scope: 'title', at },
      ];
      expect(await listed({ [NOISE_RULES_KEY]: rules })).toEqual(['s:1.md', 's:5.md']);
    });

    it('with a word blocked anywhere, by the postings the worker found holding it', async () => {
      const rules = [{ kind: 'word', key: wordKey('kubernetes'), word: 'kubernetes', scope: 'anywhere', at }];
      expect(await listed({ [NOISE_RULES_KEY]: rules, [WORD_HITS_KEY]: [['s:5.md', 'kubernetes']] })).toEqual(['s:1.md', 's:2.md', 's:3.md', 's:4.md']);
    });

    it('in the results kept for the query the popup reopens on', async () => {
      const kept = { query: 'dev', boardUpdatedAt: 1000, summaries: [summary('s:4.md', 'Stage développeur front'), summary('s:1.md', 'Développeur')] };
      const rules = [{ kind: 'hidden', key: hiddenKey('s:4.md'), at }];
      expect(await listed({ [NOISE_RULES_KEY]: rules }, 'dev', kept)).toEqual(['s:1.md']);
    });

    it('lists again what an undone rule had left out', async () => {
      const rules = [{ kind: 'hidden', key: hiddenKey('s:2.md'), at, removed: true }];
      expect(await listed({ [NOISE_RULES_KEY]: rules })).toEqual(['s:1.md', 's:2.md', 's:3.md', 's:4.md', 's:5.md']);
    });
  });

  it('is null before the worker stored a board, or without a database', async () => {
    expect(await readFirstBoard(storeWith(undefined), '', null)).toBeNull();
    expect(await readFirstBoard(undefined, '', null)).toBeNull();
  });
});

describe('readBoard', () => {
  it('loads the index with the summaries', async () => {
    const index = createSearchIndex([makeOffer('s:1.md', { title: 'Développeur' }), makeOffer('s:2.md', { title: 'Designer' })]).toJSON();
    const board = await readBoard(storeWith(undefined, boardWith(index)));
    expect(board?.index?.search('designer').map((hit) => hit.id)).toEqual(['s:2.md']);
    expect(board?.summaries.size).toBe(2);
  });

  it('lists a board stored by an older Vigie without its index, rather than failing, until the worker rebuilds it', async () => {
    const board = await readBoard(storeWith(undefined, boardWith(VERSION_1_INDEX)));
    expect(board?.index).toBeUndefined();
    expect([...(board?.summaries.keys() ?? [])]).toEqual(['s:1.md', 's:2.md']);
    expect(board?.answers).toBe('');
    expect(board?.updatedAt).toBe(2000);
  });

  it('is null before the worker stored a board', async () => {
    expect(await readBoard(storeWith(FRONT))).toBeNull();
  });
});
