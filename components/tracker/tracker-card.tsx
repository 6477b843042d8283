import { localDay } from '../../lib/board/deadline';
import { STAGES, type FavoriteRecord, type Stage, type StageStep } from '../../lib/db/records';
import { lastStep, stepDate } from '../../lib/db/stage-history';
import { daysWaiting, type FollowUp } from '../../lib/favorites/follow-up';
import { localMidnight } from '../../lib/favorites/journal';
import { formatDeadline } from '../format-date';
import { useT } from '../i18n';
import { safeHref } from '../safe-link';
import { stepText } from '../step-text';
import type { TrackerActions } from './tracker-model';
import { useSavedText } from '../use-saved-text';

const NOON_MS = 12 * 60 * 60 * 1000;

interface Props {
  favorite: FavoriteRecord;
  /** Set when the application waits for a follow-up. */
  followUp?: FollowUp;
  now: number;
  /** A move asked on this card, by its arrows or its menu; `from` says which control keeps the focus. */
  onMove: (favorite: FavoriteRecord, stage: Stage, from: 'handle' | 'menu') => void;
  onStep: (favorite: FavoriteRecord, direction: -1 | 1) => void;
  actions: TrackerActions;
}

/** One saved offer on the board: what it is, where it stands, and the seeker's contact and note. */
export function TrackerCard({ favorite, followUp, now, onMove, onStep, actions }: Props) {
  const t = useT();
  const { offerId, snapshot } = favorite;
  const [contact, setContact] = useSavedText(favorite.contact ?? '', (value) => void actions.setContact(offerId, value));
  const [note, setNote] = useSavedText(favorite.note, (value) => void actions.setNote(offerId, value));
  const step = lastStep(favorite);
  const deadline = snapshot.deadline ? formatDeadline(snapshot.deadline, localDay(now), t) : undefined;
  const link = safeHref(snapshot.url);
  const titleId = `card-title-${offerId}`;
  return (
    <article class="tracker-card" aria-labelledby={titleId} data-testid="tracker-card" data-offer-id={offerId}>
      {/* Only the card's head is dragged: in a draggable element, the note's and contact's text could not be selected with the mouse. */}
      <div class="card-grip" draggable
        onDragStart={(event) => {
          event.dataTransfer?.setData('text/plain', offerId);
          if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
        }}>
        <h3 id={titleId} class="card-title">
          <button type="button" class="card-handle" data-card-handle={offerId} aria-roledescription={t('trackerCardRole')} aria-describedby="tracker-card-hint"
            onKeyDown={(event) => {
              if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
              event.preventDefault();
              onStep(favorite, event.key === 'ArrowLeft' ? -1 : 1);
            }}>
            {snapshot.title}
          </button>
        </h3>
        {snapshot.organization && <p class="card-organization">{snapshot.organization}</p>}
        {deadline && <p class={deadline.passed ? 'card-deadline passed' : 'card-deadline'} data-testid="card-deadline">{deadline.text}</p>}
        {step && <p class="card-step" data-testid="card-step">{stepText(step, t, now)}</p>}
        {followUp && <p class="card-follow-up" data-testid="follow-up">{t('followUpDue', [String(daysWaiting(followUp, now))])}</p>}
      </div>
      <label class="card-move">
        <span class="visually-hidden">{t('trackerMoveLabel', [snapshot.title])}</span>
        <span aria-hidden="true">{t('trackerMoveShort')}</span>
        <select data-move-select={offerId} value={favorite.stage} onChange={(event) => onMove(favorite, event.currentTarget.value as Stage, 'menu')}>
          {STAGES.map((stage) => <option key={stage} value={stage}>{t(`stage_${stage}`)}</option>)}
        </select>
      </label>
      <StepDates steps={favorite.stageHistory} now={now} onDate={(at, on) => void actions.setStepDate(offerId, at, on)} />
      <label class="card-field">
        {t('trackerContact')}
        <input type="text" data-testid="card-contact" maxLength={300} placeholder={t('trackerContactPlaceholder')} value={contact}
          onInput={(event) => setContact(event.currentTarget.value)} />
      </label>
      <label class="card-field">
        {t('trackerNote')}
        <textarea data-testid="card-note" rows={2} maxLength={5000} value={note} onInput={(event) => setNote(event.currentTarget.value)} />
      </label>
      {link && <a class="card-link" href={link} target="_blank" rel="noopener noreferrer">{t('trackerOpenPosting')}</a>}
    </article>
  );
}

/** The card's steps, each with the date the seeker may set (they applied before saving the offer). */
function StepDates({ steps, now, onDate }: { steps: readonly StageStep[]; now: number; onDate: (at: number, on: number) => void }) {
  const t = useT();
  return (
    <details class="card-steps">
      <summary>{t('trackerSteps', [String(steps.length)])}</summary>
      <ol>
        {steps.map((item) => (
          <li key={item.at}>
            <span>{stepText(item, t, now)}</span>
            <input type="date" aria-label={t('trackerStepDate', [t(`stage_${item.stage}`)])} value={localDay(stepDate(item))} max={localDay(now)}
              onChange={(event) => {
                const day = localMidnight(event.currentTarget.value);
                // Noon of that day: a clock change of an hour never moves it to another day.
                if (day !== undefined) onDate(item.at, day + NOON_MS);
              }} />
          </li>
        ))}
      </ol>
    </details>
  );
}
