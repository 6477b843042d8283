import type { ComponentChildren } from 'preact';
import type { FavoriteRecord, Stage } from '../../lib/db/records';
import { useT } from '../i18n';

interface Props {
  stage: Stage;
  favorites: readonly FavoriteRecord[];
  /** A card is dragged over this column: it is outlined. */
  dropTarget: boolean;
  onDragOver: (stage: Stage | undefined) => void;
  onDrop: (stage: Stage, event: DragEvent) => void;
  card: (favorite: FavoriteRecord) => ComponentChildren;
}

/** One stage of the tracker board: its title with its count, its cards, and where a dragged card drops. */
export function TrackerColumn({ stage, favorites, dropTarget, onDragOver, onDrop, card }: Props) {
  const t = useT();
  return (
    <section class={dropTarget ? 'tracker-column drop-target' : 'tracker-column'} aria-labelledby={`column-${stage}`} data-testid="tracker-column" data-stage={stage}
      onDragOver={(event) => {
        event.preventDefault();
        if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
        onDragOver(stage);
      }}
      onDragLeave={() => onDragOver(undefined)}
      onDrop={(event) => onDrop(stage, event)}>
      <h2 id={`column-${stage}`}>{t('trackerColumnTitle', [t(`stage_${stage}`), String(favorites.length)])}</h2>
      {favorites.length === 0 ? (
        <p class="empty">{t('trackerEmptyColumn')}</p>
      ) : (
        <ul>{favorites.map((favorite) => <li key={favorite.offerId}>{card(favorite)}</li>)}</ul>
      )}
    </section>
  );
}
