import { useEffect, useMemo, useState } from 'preact/hooks';
import { STAGES, type FavoriteRecord, type Stage } from '../../lib/db/records';
import { boardColumns, stageBeside } from '../../lib/favorites/board-columns';
import { dueFollowUps } from '../../lib/favorites/follow-up';
import { useT } from '../i18n';
import { TrackerCard } from './tracker-card';
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
  // A move shows at once; the worker's write then comes back through the live query.
  const [moves, setMoves] = useState<ReadonlyMap<string, Stage>>(new Map());
  const [announcement, setAnnouncement] = useState('');
  const [focus, setFocus] = useState<Focus>();
  const [dropTarget, setDropTarget] = useState<Stage>();
  const shown = useMemo(() => (favorites ?? []).map((favorite) => ({ ...favorite, stage: moves.get(favorite.offerId) ?? favorite.stage })), [favorites, moves]);
  const columns = useMemo(() => boardColumns(shown), [shown]);
  const followUps = useMemo(() => new Map(dueFollowUps(favorites ?? [], now, followUpDays).map((followUp) => [followUp.offerId, followUp])), [favorites, now, followUpDays]);

  useEffect(() => void (document.title = t('trackerTitle')), [t]);
  useEffect(() => {
    setMoves((pending) => new Map([...pending].filter(([offerId, stage]) => favorites?.find((favorite) => favorite.offerId === offerId)?.stage !== stage)));
  }, [favorites]);
  // A moved card is drawn anew in its new column: the focus follows it there.
  useEffect(() => {
    if (!focus) return;
    const selector = focus.part === 'handle' ? `[data-card-handle="${CSS.escape(focus.offerId)}"]` : `[data-move-select="${CSS.escape(focus.offerId)}"]`;
    document.querySelector<HTMLElement>(selector)?.focus();
    setFocus(undefined);
  }, [columns, focus]);

  function move(favorite: FavoriteRecord, stage: Stage, from?: Focus['part']) {
    if (stage === favorite.stage) return;
    setMoves((pending) => new Map(pending).set(favorite.offerId, stage));
    if (from) setFocus({ offerId: favorite.offerId, part: from });
    setAnnouncement(t('trackerMoved', [favorite.snapshot.title, t(`stage_${stage}`), String(STAGES.indexOf(stage) + 1), String(STAGES.length)]));
    void actions.setStage(favorite.offerId, stage).then((done) => {
      if (!done) setMoves((pending) => new Map([...pending].filter(([offerId]) => offerId !== favorite.offerId)));
    });
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
    <main class="tracker">
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
          <section key={column.stage} class={dropTarget === column.stage ? 'tracker-column drop-target' : 'tracker-column'} aria-labelledby={`column-${column.stage}`}
            data-testid="tracker-column" data-stage={column.stage}
            onDragOver={(event) => {
              event.preventDefault();
              if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
              setDropTarget(column.stage);
            }}
            onDragLeave={() => setDropTarget(undefined)}
            onDrop={(event) => drop(column.stage, event)}>
            <h2 id={`column-${column.stage}`}>{t('trackerColumnTitle', [t(`stage_${column.stage}`), String(column.favorites.length)])}</h2>
            {column.favorites.length === 0 ? (
              <p class="empty">{t('trackerEmptyColumn')}</p>
            ) : (
              <ul>
                {column.favorites.map((favorite) => (
                  <li key={favorite.offerId}>
                    <TrackerCard favorite={favorite} followUp={followUps.get(favorite.offerId)} now={now} actions={actions}
                      onMove={move} onStep={step} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </main>
  );
}
