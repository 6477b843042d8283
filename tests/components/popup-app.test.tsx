// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { PopupApp } from '../../components/popup/popup-app';
import type { PopupActions, PopupData } from '../../components/popup/popup-model';
import { DEFAULT_FILTERS } from '../../lib/board/board-filters';
import type { FavoriteRecord } from '../../lib/db/records';
import { indexGroups } from '../../lib/duplicates/merge-duplicates';
import { sampleOffer } from '../db/sample-offer';
import { waitFor } from '../support/wait-for';
import { renderInFrench } from './render';

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
});
