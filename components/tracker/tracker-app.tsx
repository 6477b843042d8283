import { useEffect, useMemo, useState } from 'preact/hooks';
import { STAGES, type FavoriteRecord, type Stage } from '../../lib/db/records';
import { boardColumns, stageBeside } from '../../lib/favorites/board-columns';
import { dueFollowUps } from '../../lib/favorites/follow-up';
import { useT } from '../i18n';
import { TrackerCard } from './tracker-card';
import { TrackerColumn } from './tracker-column';
import type { TrackerActions } from './tracker-model';

interface Props {
  /** undefined while loading. */
  favorites: FavoriteRecord[] | undefined;
  followUpDays: number;
  actions: TrackerActions;
  journalUrl: string;
  now?: number;
}

type Focus = { offerId: string; part: 'handle' | 'menu' };

/** The application tracker: one column per stage; cards move by pointer (drag and drop), arrows or their menu, and each move is announced. */
export function TrackerApp({ favorites, followUpDays, actions, journalUrl, now = Date.now() }: Props) {
  const t = useT();
  const [announcement, setAnnouncement] = useState('');
  const [focus, setFocus] = useState<Focus>();
  const [dropTarget, setDropTarget] = useState<Stage>();
  const { shown, moveTo } = useStageMoves(favorites, actions.setStage);
  const columns = useMemo(() => boardColumns(shown), [shown]);
  const followUps = useMemo(() => new Map(dueFollowUps(favorites ?? [], now, followUpDays).map((followUp) => [followUp.offerId, followUp])), [favorites, now, followUpDays]);

  useEffect(() => void (document.title = t('trackerTitle')), [t]);
  // A moved card is drawn anew in its new column: the focus follows it there.
  useEffect(() => {
    if (!focus) return;
    const selector = focus.part === 'handle' ? `[data-card-handle="${CSS.escape(focus.offerId)}"]` : `[data-move-select="${CSS.escape(focus.offerId)}"]`;
    document.querySelector<HTMLElement>(selector)?.focus();
    setFocus(undefined);
  }, [columns, focus]);

  function move(favorite: FavoriteRecord, stage: Stage, from?: Focus['part']) {
    if (stage === favorite.stage) return;
    moveTo(favorite.offerId, stage);
    if (from) setFocus({ offerId: favorite.offerId, part: from });
    setAnnouncement(t('trackerMoved', [favorite.snapshot.title, t(`stage_${stage}`), String(STAGES.indexOf(stage) + 1), String(STAGES.length)]));
  }

  function step(favorite: FavoriteRecord, direction: -1 | 1) {
    const stage = stageBeside(favorite.stage, direction);
    if (stage) move(favorite, stage, 'handle');
    else setAnnouncement(t('trackerCannotMove', [favorite.snapshot.title]));
  }

  function drop(stage: Stage, event: DragEvent) {
    event.preventDefault();
    setDropTarget(undefined);
    const favorite = shown.find((item) => item.offerId === event.dataTransfer?.getData('text/plain'));
    if (favorite) move(favorite, stage);
  }

  return (
    // Busy until the saved offers are read: the columns are drawn empty meanwhile, and say so.
    <main class="tracker" aria-busy={favorites === undefined}>
      <header class="tracker-head">
        <h1>{t('trackerTitle')}</h1>
        <nav class="row">
          <a href={journalUrl} data-testid="open-journal">{t('trackerOpenJournal')}</a>
        </nav>
      </header>
      <p class="help" id="tracker-card-hint">{t('trackerHelp')}</p>
      {followUps.size > 0 && <p class="tracker-follow-ups" data-testid="follow-up-count">{t('trackerFollowUps', [String(followUps.size)])}</p>}
      <p class="visually-hidden" role="status" aria-live="polite" data-testid="move-announcement">{announcement}</p>
      {favorites && favorites.length === 0 && <p class="empty">{t('trackerNoSaved')}</p>}
      <div class="tracker-columns">
        {columns.map((column) => (
          <TrackerColumn key={column.stage} stage={column.stage} favorites={column.favorites} dropTarget={dropTarget === column.stage} onDragOver={setDropTarget} onDrop={drop}
            card={(favorite) => <TrackerCard favorite={favorite} followUp={followUps.get(favorite.offerId)} now={now} actions={actions} onMove={move} onStep={step} />} />
        ))}
      </div>
    </main>
  );
}

/**
 * The saved offers as the board shows them: a move shows at once, then the worker's write comes back
 * through the live query (and the move is forgotten); a move the worker refused is undone.
 */
function useStageMoves(favorites: FavoriteRecord[] | undefined, setStage: TrackerActions['setStage']) {
  const [moves, setMoves] = useState<ReadonlyMap<string, Stage>>(new Map());
  const shown = useMemo(() => (favorites ?? []).map((favorite) => ({ ...favorite, stage: moves.get(favorite.offerId) ?? favorite.stage })), [favorites, moves]);
  useEffect(() => {
    const stored = new Map((favorites ?? []).map((favorite) => [favorite.offerId, favorite.stage]));
    setMoves((pending) => new Map([...pending].filter(([offerId, stage]) => stored.get(offerId) !== stage)));
  }, [favorites]);
  const forget = (offerId: string) => setMoves((pending) => new Map([...pending].filter(([pendingId]) => pendingId !== offerId)));
  function moveTo(offerId: string, stage: Stage) {
    setMoves((pending) => new Map(pending).set(offerId, stage));
    void setStage(offerId, stage).then((done) => {
      if (!done) forget(offerId);
    });
  }
  return { shown, moveTo };
}
