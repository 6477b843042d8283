import { useRef } from 'preact/hooks';
import type { BoardResult } from '../../lib/board/select-results';
import type { Board } from '../../lib/board/read-board';
import { useT } from '../i18n';
import { moveRowFocus } from './move-focus';
import { OfferRow } from './offer-row';
import type { NoiseReason } from '../../lib/noise/judge-noise';
import type { OfferSummary } from '../../lib/db/records';

interface Props {
  results: BoardResult[];
  total: number;
  explain: Board['explain'];
  savedIds: ReadonlySet<string>;
  newIds: ReadonlySet<string>;
  onOpen: (offerId: string) => void;
  onToggleSave: (offerId: string) => void;
  /** Why a result is hidden or blocked; only while the seeker shows those. */
  noiseOf: (summary: OfferSummary) => NoiseReason | undefined;
  onHide: (summary: OfferSummary) => void;
  onShowAgain: (summary: OfferSummary, reason: NoiseReason) => void;
  onShowMore: () => void;
}

/** Keys that hide the focused row's posting ("not interested"). */
const HIDE_KEYS = new Set(['h', 'H', 'Delete']);

export function ResultList({ results, total, explain, savedIds, newIds, onOpen, onToggleSave, noiseOf, onHide, onShowAgain, onShowMore }: Props) {
  const t = useT();
  const list = useRef<HTMLUListElement>(null);

  function onKeyDown(event: KeyboardEvent) {
    if (!list.current) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      moveRowFocus(list.current, event.key === 'ArrowDown' ? 1 : -1);
    }
    if (HIDE_KEYS.has(event.key) && !event.ctrlKey && !event.metaKey && !event.altKey) {
      const result = resultOf(event.target as HTMLElement);
      if (result && !noiseOf(result.summary)) {
        event.preventDefault();
        // Focus goes on to the next posting (the previous one at the end) before this one leaves the list.
        if (!moveRowFocus(list.current, 1) || document.activeElement?.closest('[data-offer-id]') === (event.target as HTMLElement).closest('[data-offer-id]')) moveRowFocus(list.current, -1);
        onHide(result.summary);
      }
    }
    if (event.key === 's' && !event.ctrlKey && !event.metaKey && !event.altKey) {
      const row = (event.target as HTMLElement).closest<HTMLElement>('[data-offer-id]');
      if (row?.dataset.offerId) {
        event.preventDefault();
        onToggleSave(row.dataset.offerId);
      }
    }
  }

  function resultOf(target: HTMLElement): BoardResult | undefined {
    const id = target.closest<HTMLElement>('[data-offer-id]')?.dataset.offerId;
    return results.find((result) => result.summary.id === id);
  }

  return (
    <>
      <ul class="results" ref={list} onKeyDown={onKeyDown} aria-label={t('resultsLabel')}>
        {results.map((result) => (
          <OfferRow
            key={result.summary.id}
            result={result}
            why={explain?.(result.summary, result.matchedTerms)}
            saved={savedIds.has(result.summary.id)}
            isNew={newIds.has(result.summary.id)}
            noise={noiseOf(result.summary)}
            onOpen={() => onOpen(result.summary.id)}
            onToggleSave={() => onToggleSave(result.summary.id)}
            onHide={() => onHide(result.summary)}
            onShowAgain={() => {
              const reason = noiseOf(result.summary);
              if (reason) onShowAgain(result.summary, reason);
            }}
          />
        ))}
      </ul>
      {total > results.length && (
        <button type="button" class="show-more" onClick={onShowMore}>
          {t('showMore', [String(total - results.length)])}
        </button>
      )}
    </>
  );
}
