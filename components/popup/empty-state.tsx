import type { SourceRecord } from '../../lib/db/records';
import { tCount, useT } from '../i18n';
import type { Board } from '../../lib/board/read-board';

/** What the filters hide when nothing is listed (see hiddenResults in popup-app.tsx). */
export interface HiddenResults {
  /** Offers matching the query once "open postings only" is off, the other filters kept. */
  closed: number;
  /** Offers matching the query with no filter at all. */
  all: number;
}

interface Props {
  board: Board | null | undefined;
  sources: SourceRecord[];
  query: string;
  hidden: HiddenResults;
  syncing: boolean;
  onOpenOptions: () => void;
  onShowClosed: () => void;
  onResetFilters: () => void;
}

/**
 * Never an unexplained 0: says how many postings the filters hide, with one click to show
 * them, or, when no word of the query is in any posting, says that, with the number searched.
 */
export function EmptyState({ board, sources, query, hidden, syncing, onOpenOptions, onShowClosed, onResetFilters }: Props) {
  const t = useT();
  if (board === undefined) return <p class="empty" role="status">{t('loading')}</p>;
  if (sources.length === 0) {
    return (
      <div class="empty" data-testid="empty">
        <p>{t('emptyNoSource')}</p>
        <button type="button" class="primary" onClick={onOpenOptions}>{t('addSourceCta')}</button>
      </div>
    );
  }
  if (board === null || board.summaries.size === 0) {
    return <p class="empty" data-testid="empty">{syncing ? t('emptyFirstSync') : t('emptyNothingYet')}</p>;
  }
  const suffix = query ? '' : 'NoQuery';
  if (hidden.closed > 0) {
    return (
      <div class="empty" data-testid="empty" data-reason="closed">
        <p role="status">{t(`emptyHiddenClosed${suffix}`, [String(hidden.closed)])}</p>
        <button type="button" class="primary" data-testid="show-hidden" onClick={onShowClosed}>{t('showClosed')}</button>
      </div>
    );
  }
  if (hidden.all > 0) {
    return (
      <div class="empty" data-testid="empty" data-reason="filters">
        <p role="status">{t(`emptyHiddenByFilters${suffix}`, [String(hidden.all)])}</p>
        <button type="button" class="primary" data-testid="show-hidden" onClick={onResetFilters}>{t('showHidden')}</button>
      </div>
    );
  }
  return (
    <div class="empty" data-testid="empty" data-reason="no-match">
      <p role="status">{query ? t('emptyNoWordMatch', [query, String(board.summaries.size)]) : t('emptyNoResult')}</p>
      {query && <p>{t('suggestionSpelling')}</p>}
    </div>
  );
}

/**
 * Below the results, with "open postings only" on: how many closed postings match too, and one
 * click to list them. Nothing when none is hidden.
 */
export function ClosedLine({ count, onShow }: { count: number; onShow: () => void }) {
  const t = useT();
  if (count === 0) return null;
  return (
    <p class="closed-line" data-testid="closed-line">
      {tCount(t, 'closedHidden', count)}{' '}
      <button type="button" data-testid="show-closed" aria-label={t('showClosed')} onClick={onShow}>{t('closedShow')}</button>
    </p>
  );
}
