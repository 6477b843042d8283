import type { BoardFilters } from '../../lib/board/board-filters';
import { DEFAULT_FILTERS } from '../../lib/board/board-filters';
import type { SourceRecord } from '../../lib/db/records';
import { useT } from '../i18n';
import type { Board } from './popup-model';

interface Props {
  board: Board | null | undefined;
  sources: SourceRecord[];
  query: string;
  filters: BoardFilters;
  syncing: boolean;
  onOpenOptions: () => void;
  onResetFilters: () => void;
}

export function EmptyState({ board, sources, query, filters, syncing, onOpenOptions, onResetFilters }: Props) {
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
  const filtered = JSON.stringify({ ...filters, sort: DEFAULT_FILTERS.sort }) !== JSON.stringify({ ...DEFAULT_FILTERS, openOnly: false });
  return (
    <div class="empty" data-testid="empty">
      <p>{query ? t('emptyNoMatch', [query]) : t('emptyNoResult')}</p>
      <ul class="suggestions">
        {query && <li>{t('suggestionFewerWords')}</li>}
        {filtered && <li><button type="button" onClick={onResetFilters}>{t('suggestionResetFilters')}</button></li>}
      </ul>
    </div>
  );
}
