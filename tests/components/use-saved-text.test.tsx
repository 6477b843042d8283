// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSavedText } from '../../components/use-saved-text';

let edit: (value: string) => void = () => {};
function Field({ stored, save }: { stored: string; save: (value: string) => void }) {
  const [value, setValue] = useSavedText(stored, save);
  edit = setValue;
  return <output>{value}</output>;
}

function mount() {
  const saved: string[] = [];
  const container = document.createElement('div');
  document.body.append(container);
  const show = (stored: string) => act(() => render(<Field stored={stored} save={(value) => saved.push(value)} />, container));
  return { saved, container, show, shown: () => container.textContent };
}

afterEach(() => vi.useRealTimers());

describe('useSavedText', () => {
  it('follows the stored value when not typing, and saves what is typed once typing pauses', () => {
    vi.useFakeTimers();
    const field = mount();
    field.show('Léa');
    field.show('Léa Martin');
    expect(field.shown()).toBe('Léa Martin');
    act(() => edit('Léa Martin, RH'));
    field.show('Autre');
    expect(field.shown()).toBe('Léa Martin, RH');
    act(() => void vi.advanceTimersByTime(500));
    expect(field.saved).toEqual(['Léa Martin, RH']);
    field.show('Léa Martin, RH');
    field.show('Changé dans le popup');
    expect(field.shown()).toBe('Changé dans le popup');
  });

  it('saves a pending edit when the field goes away or the page is left', () => {
    vi.useFakeTimers();
    const field = mount();
    field.show('');
    act(() => edit('Relancer lundi'));
    act(() => render(null, field.container));
    expect(field.saved).toEqual(['Relancer lundi']);
    const other = mount();
    other.show('');
    act(() => edit('Appeler'));
    dispatchEvent(new Event('pagehide'));
    expect(other.saved).toEqual(['Appeler']);
  });
});
