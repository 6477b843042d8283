// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { FiltersBar } from '../../components/popup/filters-bar';
import { DEFAULT_FILTERS } from '../../lib/board/board-filters';
import { renderInFrench } from './render';

// The popup before its first paint: a paint that never comes.
vi.mock('../../components/after-first-paint', () => ({ whenFirstPainted: () => new Promise<void>(() => {}) }));

const fieldNames = (shown: HTMLElement) => [...shown.querySelectorAll('[name]')].map((field) => field.getAttribute('name'));

describe('the folded filters before the first paint', () => {
  const folded = () => renderInFrench(<FiltersBar filters={DEFAULT_FILTERS} sources={[]} hasSkills={false} onChange={() => {}} />);

  it('build no field while folded: the first frame stays light', () => {
    expect(fieldNames(folded())).toEqual([]);
  });

  it('build their fields as the summary is clicked (the mouse, Enter or Space)', () => {
    const shown = folded();
    act(() => shown.querySelector<HTMLElement>('summary')!.click());
    expect(fieldNames(shown)).toEqual(['open-only', 'new-only', 'contract', 'remote', 'location', 'source', 'posted-since', 'applications', 'sort']);
  });

  it('build them when unfolded otherwise (the browser’s find in page, a script)', () => {
    const shown = folded();
    act(() => { shown.querySelector('details')!.dispatchEvent(new Event('toggle')); });
    expect(fieldNames(shown)).toHaveLength(9);
  });
});
