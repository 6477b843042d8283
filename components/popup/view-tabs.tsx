import { useRef } from 'preact/hooks';

export const VIEWS = ['results', 'saved', 'searches'] as const;
export type View = (typeof VIEWS)[number];

interface Props {
  view: View;
  labels: Record<View, string>;
  label: string;
  onSelect: (view: View) => void;
}

/** Keys that move between tabs, as the WAI-ARIA tabs pattern has them: one Tab stop, arrows inside. */
const MOVES: Record<string, (index: number) => number> = {
  ArrowRight: (index) => (index + 1) % VIEWS.length,
  ArrowLeft: (index) => (index - 1 + VIEWS.length) % VIEWS.length,
  Home: () => 0,
  End: () => VIEWS.length - 1,
};

/** The popup's views (results, saved offers, saved searches) as one tab list. */
export function ViewTabs({ view, labels, label, onSelect }: Props) {
  const list = useRef<HTMLDivElement>(null);

  function onKeyDown(event: KeyboardEvent) {
    const move = MOVES[event.key];
    if (!move) return;
    event.preventDefault();
    const next = VIEWS[move(VIEWS.indexOf(view))] ?? view;
    onSelect(next);
    list.current?.querySelector<HTMLElement>(`#tab-${next}`)?.focus();
  }

  return (
    <div class="tabs" role="tablist" aria-label={label} ref={list} onKeyDown={onKeyDown}>
      {VIEWS.map((each) => (
        <button key={each} type="button" role="tab" id={`tab-${each}`} data-testid={`tab-${each}`} aria-controls="view-panel"
          aria-selected={view === each} tabIndex={view === each ? 0 : -1} onClick={() => onSelect(each)}>
          {labels[each]}
        </button>
      ))}
    </div>
  );
}
