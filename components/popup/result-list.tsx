import { useRef } from 'preact/hooks';
import type { BoardResult } from '../../lib/board/select-results';
import type { Board } from '../../lib/board/read-board';
import { useT } from '../i18n';
import { moveRowFocus } from './move-focus';
import { OfferRow } from './offer-row';

interface Props {
  results: BoardResult[];
  total: number;
  explain: Board['explain'];
  savedIds: ReadonlySet<string>;
  newIds: ReadonlySet<string>;
  onOpen: (offerId: string) => void;
  onToggleSave: (offerId: string) => void;
  onShowMore: () => void;
}

export function ResultList({ results, total, explain, savedIds, newIds, onOpen, onToggleSave, onShowMore }: Props) {
  const t = useT();
  const list = useRef<HTMLUListElement>(null);

  function onKeyDown(event: KeyboardEvent) {
    if (!list.current) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      moveRowFocus(list.current, event.key === 'ArrowDown' ? 1 : -1);
    }
    if (event.key === 's' && !event.ctrlKey && !event.metaKey && !event.altKey) {
      const row = (event.target as HTMLElement).closest<HTMLElement>('[data-offer-id]');
      if (row?.dataset.offerId) {
        event.preventDefault();
        onToggleSave(row.dataset.offerId);
      }
    }
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
            onOpen={() => onOpen(result.summary.id)}
            onToggleSave={() => onToggleSave(result.summary.id)}
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
