// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { PopupApp } from '../../components/popup/popup-app';
import type { PopupActions, PopupData } from '../../components/popup/popup-model';
import { DEFAULT_FILTERS } from '../../lib/board/board-filters';
import type { FavoriteRecord, OfferSummary } from '../../lib/db/records';
import { indexGroups } from '../../lib/duplicates/merge-duplicates';
import { sampleOffer } from '../db/sample-offer';
import { waitFor } from '../support/wait-for';
import { renderIn, renderInFrench } from './render';

const favorite = (offerId: string, sourceId: string): FavoriteRecord => ({
  offerId, snapshot: sampleOffer({ id: offerId, sourceId, title: 'Développeuse Python' }), note: '', stage: 'saved', stageHistory: [{ stage: 'saved', at: 1 }], savedAt: 1, updatedAt: 1,
});

const noActions = new Proxy({}, { get: () => async () => {} }) as PopupActions;
const emptyData = (filters = DEFAULT_FILTERS): PopupData => ({
  board: null, sources: [], favorites: [], mySkills: [], newIds: new Set(),
  noise: { rules: [], wordHits: new Map() }, duplicates: indexGroups([]), searches: [], initialQuery: '', initialFilters: filters,
});

describe('the popup', () => {
  it('says on the folded filters how many are set, since they outlive the popup', () => {
    const summary = (filters: PopupData['initialFilters']) => renderInFrench(<PopupApp data={emptyData(filters)} actions={noActions} />).querySelector('details.filters summary')?.textContent;
    expect(summary(DEFAULT_FILTERS)).toBe('Filtres et tri');
    expect(summary({ ...DEFAULT_FILTERS, contract: 'internship', location: 'Marseille', sort: 'date' })).toBe('Filtres et tri · 2 actifs');
  });

  it('unsaves every saved copy of a merged posting from the saved list', async () => {
    const unsaved: string[] = [];
    const ignore = async () => {};
    const actions = new Proxy({ unsave: async (offerId: string) => void unsaved.push(offerId) } as Partial<PopupActions>, {
      get: (target, name: keyof PopupActions) => target[name] ?? ignore,
    }) as PopupActions;
    const group = [{ id: 'a:job.md', sourceId: 'a', title: 'Développeuse Python' }, { id: 'b:job.md', sourceId: 'b', title: 'Développeuse Python' }];
    const data: PopupData = {
      board: null, sources: [], favorites: [favorite('a:job.md', 'a'), favorite('b:job.md', 'b')], mySkills: [], newIds: new Set(),
      noise: { rules: [], wordHits: new Map() }, duplicates: indexGroups([group]), searches: [], initialQuery: '', initialFilters: DEFAULT_FILTERS,
    };
    const shown = renderInFrench(<PopupApp data={data} actions={actions} />);
    await act(() => shown.querySelector<HTMLElement>('[data-testid="tab-saved"]')!.click());
    // The saved list's code loads when the tab is first shown (a lazy chunk).
    await waitFor(() => shown.querySelector('[data-testid="saved-offer"]'), { interval: 10, message: 'the saved list' });
    const rows = shown.querySelectorAll('[data-testid="saved-offer"]');
    expect(rows).toHaveLength(1);
    await act(() => rows[0]!.querySelector<HTMLElement>('[data-testid="unsave"]')!.click());
    expect(unsaved.sort()).toEqual(['a:job.md', 'b:job.md']);
  });

  describe('counts the saved postings on their tab', () => {
    const sameJob = [{ id: 'a:job.md', sourceId: 'a', title: 'Développeuse Python' }, { id: 'b:job.md', sourceId: 'b', title: 'Développeuse Python' }];
    const savedTab = (shown: HTMLElement) => shown.querySelector('[data-testid="tab-saved"]')?.textContent;

    it('from the first frame with the worker’s copy, and the same once the favorites and their duplicates are read', () => {
      // Three offers saved, two of them one job published in two places: two postings.
      const stages = new Map([['a:job.md', 'saved'], ['b:job.md', 'applied'], ['c:other.md', 'saved']] as const);
      const first = renderInFrench(<PopupApp data={{ ...emptyData(), firstSaved: { stages, postings: 2 } }} actions={noActions} />);
      expect(savedTab(first)).toBe('Sauvegardées (2)');
      const read: PopupData = { ...emptyData(), favorites: [favorite('a:job.md', 'a'), favorite('b:job.md', 'b'), favorite('c:other.md', 'c')], duplicates: indexGroups([sameJob]) };
      expect(savedTab(renderInFrench(<PopupApp data={read} actions={noActions} />))).toBe('Sauvegardées (2)');
    });

    it('says no number until the favorites are read when there was no copy, rather than a 0', () => {
      expect(savedTab(renderInFrench(<PopupApp data={{ ...emptyData(), firstSaved: {} }} actions={noActions} />))).toBe('Sauvegardées');
      expect(savedTab(renderIn('en', <PopupApp data={{ ...emptyData(), firstSaved: {} }} actions={noActions} />))).toBe('Saved');
      expect(savedTab(renderIn('en', <PopupApp data={emptyData()} actions={noActions} />))).toBe('Saved (0)');
    });
  });

  describe('labels its tabs, for the eye and the screen reader, with a number only once it is known', () => {
    const tabs = (shown: HTMLElement) => [...shown.querySelectorAll('[role="tab"]')].map((tab) => tab.textContent);
    const summary = (id: string): OfferSummary => ({ id, sourceId: 'a', title: id, status: 'open', contract: 'CDI', remote: 'none', skills: [], tags: [], firstSeenAt: 1 });

    it('while the popup opens: nothing read yet, or only the first rows (the front page holds 2 of the board’s postings)', () => {
      expect(tabs(renderInFrench(<PopupApp data={{ ...emptyData(), board: undefined, searches: undefined, firstSaved: {} }} actions={noActions} />))).toEqual(['Offres', 'Sauvegardées', 'Recherches']);
      const front = { summaries: new Map([['a:1', summary('a:1')], ['a:2', summary('a:2')]]), answers: '', updatedAt: 1 };
      expect(tabs(renderIn('en', <PopupApp data={{ ...emptyData(), board: front, searches: undefined, firstSaved: { postings: 0 } }} actions={noActions} />))).toEqual(['Postings', 'Saved (0)', 'Searches']);
    });

    it('once read: nothing synced yet is 0 postings', () => {
      expect(tabs(renderInFrench(<PopupApp data={emptyData()} actions={noActions} />))).toEqual(['Offres (0)', 'Sauvegardées (0)', 'Recherches (0)']);
    });
  });
});
