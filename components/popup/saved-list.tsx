import { useMemo, useState } from 'preact/hooks';
import { localDay } from '../../lib/board/deadline';
import { lastStep } from '../../lib/db/stage-history';
import { STAGES, type FavoriteRecord, type Stage } from '../../lib/db/records';
import { arrangeFavorites, countByStage, DEFAULT_FAVORITES_VIEW, FAVORITE_ORDERS, type FavoritesView } from '../../lib/favorites/arrange-favorites';
import { useT } from '../i18n';
import { stepText } from '../step-text';
import { useSavedText } from '../use-saved-text';
import { publicationNote } from './publication-note';

interface Props {
  favorites: FavoriteRecord[];
  publishedIds: ReadonlySet<string>;
  onOpen: (offerId: string) => void;
  onUnsave: (offerId: string) => void;
  onNote: (offerId: string, note: string) => void;
  onStage: (offerId: string, stage: Stage) => void;
  onExport: (format: 'csv' | 'json') => void;
  onImport: (file: File) => void;
  onOpenTracker: () => void;
  importMessage?: string;
}

export function SavedList({ favorites, publishedIds, onOpen, onUnsave, onNote, onStage, onExport, onImport, onOpenTracker, importMessage }: Props) {
  const t = useT();
  const [view, setView] = useState<FavoritesView>(DEFAULT_FAVORITES_VIEW);
  const shown = useMemo(() => arrangeFavorites(favorites, view, localDay(Date.now())), [favorites, view]);
  const counts = useMemo(() => countByStage(favorites), [favorites]);
  return (
    <section class="saved" aria-labelledby="saved-title">
      <div class="saved-bar">
        <h2 id="saved-title">{t('savedTitle', [String(favorites.length)])}</h2>
        <div class="row">
          <button type="button" data-testid="open-tracker" aria-label={t('openTrackerLabel')} title={t('openTrackerLabel')} onClick={onOpenTracker}>{t('openTracker')}</button>
          <button type="button" onClick={() => onExport('csv')} disabled={favorites.length === 0}>CSV</button>
          <button type="button" onClick={() => onExport('json')} disabled={favorites.length === 0}>JSON</button>
          <label class="button-like">
            {t('importShort')}
            <input type="file" accept="application/json,.json" class="visually-hidden" data-testid="import-saved"
              onChange={(event) => { const file = event.currentTarget.files?.[0]; if (file) onImport(file); }} />
          </label>
        </div>
      </div>
      {importMessage && <p role="status">{importMessage}</p>}
      {favorites.length > 0 && (
        <div class="saved-view">
          <label>
            {t('savedStageFilter')}
            <select name="saved-stage" value={view.stage} onChange={(event) => setView({ ...view, stage: event.currentTarget.value as FavoritesView['stage'] })}>
              <option value="all">{t('savedAllStages', [String(favorites.length)])}</option>
              {STAGES.map((stage) => <option key={stage} value={stage}>{t('savedAtStage', [t(`stage_${stage}`), String(counts[stage])])}</option>)}
            </select>
          </label>
          <label>
            {t('sortLabel')}
            <select name="saved-order" value={view.order} onChange={(event) => setView({ ...view, order: event.currentTarget.value as FavoritesView['order'] })}>
              {FAVORITE_ORDERS.map((order) => <option key={order} value={order}>{t(`savedOrder_${order}`)}</option>)}
            </select>
          </label>
        </div>
      )}
      {favorites.length === 0 ? (
        <p class="empty">{t('noSaved')}</p>
      ) : shown.length === 0 ? (
        <p class="empty" role="status" data-testid="saved-none-at-stage">
          {t('savedNoneAtStage', [t(`stage_${view.stage}`)])}{' '}
          <button type="button" onClick={() => setView({ ...view, stage: 'all' })}>{t('savedShowAll', [String(favorites.length)])}</button>
        </p>
      ) : (
        <ul class="saved-items">
          {shown.map((favorite) => (
            <SavedItem key={favorite.offerId} favorite={favorite} published={publishedIds.has(favorite.offerId)}
              onOpen={onOpen} onUnsave={onUnsave} onNote={onNote} onStage={onStage} />
          ))}
        </ul>
      )}
    </section>
  );
}

function SavedItem({ favorite, published, onOpen, onUnsave, onNote, onStage }: { favorite: FavoriteRecord; published: boolean } & Pick<Props, 'onOpen' | 'onUnsave' | 'onNote' | 'onStage'>) {
  const t = useT();
  // Saved once typing pauses, and at once when the popup closes before that (it closes on any click outside it).
  const [note, setNote] = useSavedText(favorite.note, (value) => onNote(favorite.offerId, value));
  const { snapshot } = favorite;
  const step = lastStep(favorite);
  const noteId = `note-${favorite.offerId}`;
  const stageId = `stage-${favorite.offerId}`;
  return (
    <li class="saved-item" data-testid="saved-offer" data-offer-id={favorite.offerId}>
      <button type="button" class="offer-open" data-row-focus onClick={() => onOpen(favorite.offerId)}>
        <span class="offer-title">{snapshot.title}</span>
        <span class="offer-facts">{[snapshot.organization, publicationNote(snapshot.sourceId, published, t)].filter(Boolean).join(' · ')}</span>
        {step && <span class="saved-step" data-testid="saved-step">{stepText(step, t)}</span>}
      </button>
      <div class="saved-controls">
        <label for={stageId}>{t('stageLabel')}</label>
        <select id={stageId} data-testid="stage" value={favorite.stage} onChange={(event) => onStage(favorite.offerId, event.currentTarget.value as Stage)}>
          {STAGES.map((stage) => <option key={stage} value={stage}>{t(`stage_${stage}`)}</option>)}
        </select>
        <button type="button" class="danger" data-testid="unsave" onClick={() => onUnsave(favorite.offerId)} aria-label={t('unsaveOffer', [snapshot.title])}>
          {t('unsave')}
        </button>
      </div>
      <label for={noteId} class="visually-hidden">{t('noteLabel', [snapshot.title])}</label>
      <textarea id={noteId} data-testid="note" rows={2} maxLength={5000} placeholder={t('notePlaceholder')} value={note}
        onInput={(event) => setNote(event.currentTarget.value)} />
    </li>
  );
}

