// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { PopupApp } from '../../components/popup/popup-app';
import type { PopupActions, PopupData } from '../../components/popup/popup-model';
import { DEFAULT_FILTERS } from '../../lib/board/board-filters';
import type { FavoriteRecord } from '../../lib/db/records';
import { indexGroups } from '../../lib/duplicates/merge-duplicates';
import { sampleOffer } from '../db/sample-offer';
import { renderInFrench } from './render';

const favorite = (offerId: string, sourceId: string): FavoriteRecord => ({
  offerId, snapshot: sampleOffer({ id: offerId, sourceId, title: 'Développeuse Python' }), note: '', stage: 'saved', stageHistory: [{ stage: 'saved', at: 1 }], savedAt: 1, updatedAt: 1,
});

describe('the popup', () => {
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
    const rows = shown.querySelectorAll('[data-testid="saved-offer"]');
    expect(rows).toHaveLength(1);
    await act(() => rows[0]!.querySelector<HTMLElement>('[data-testid="unsave"]')!.click());
    expect(unsaved.sort()).toEqual(['a:job.md', 'b:job.md']);
  });
});
