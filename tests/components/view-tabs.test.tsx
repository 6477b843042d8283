// @vitest-environment happy-dom
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { ViewTabs, type View } from '../../components/popup/view-tabs';
import { renderInFrench } from './render';

function Tabs() {
  const [view, setView] = useState<View>('results');
  return <ViewTabs view={view} labels={{ results: 'Résultats', saved: 'Sauvegardées', searches: 'Recherches' }} label="Vues" onSelect={setView} />;
}

describe('the popup’s views', () => {
  it('are one tab list: one Tab stop, arrow keys move and select', () => {
    const shown = renderInFrench(<Tabs />);
    const tabs = () => [...shown.querySelectorAll<HTMLElement>('[role="tab"]')];
    expect(shown.querySelectorAll('[role="tablist"]')).toHaveLength(1);
    expect(tabs().map((tab) => tab.tabIndex)).toEqual([0, -1, -1]);
    const press = (key: string) => act(() => { document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true })); });
    tabs()[0]?.focus();
    press('ArrowRight');
    expect(tabs().map((tab) => tab.getAttribute('aria-selected'))).toEqual(['false', 'true', 'false']);
    expect(document.activeElement?.id).toBe('tab-saved');
    expect(tabs().map((tab) => tab.tabIndex)).toEqual([-1, 0, -1]);
    press('ArrowRight');
    expect(document.activeElement?.id).toBe('tab-searches');
    press('ArrowRight');
    expect(document.activeElement?.id).toBe('tab-results');
    press('End');
    expect(document.activeElement?.id).toBe('tab-searches');
    press('Home');
    expect(tabs()[0]?.getAttribute('aria-selected')).toBe('true');
  });
});
