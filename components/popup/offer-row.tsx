import type { BoardResult } from '../../lib/board/select-results';
import type { MatchExplanation, Segment } from '../../lib/board/why-matched';
import { localDay } from '../../lib/board/deadline';
import type { Stage } from '../../lib/db/records';
import { contractLabel } from '../contract-label';
import { formatDeadline } from '../format-date';
import { useT } from '../i18n';
import { matchCountLabel, matchPercent } from '../match-label';
import { SaveToggle } from './save-toggle';
import type { NoiseReason } from '../../lib/noise/judge-noise';
import { noiseReasonLabel } from './noise-note';

interface Props {
  result: BoardResult;
  /** Why it matched; undefined for the empty query or before the index is loaded. */
  why: MatchExplanation | undefined;
  saved: boolean;
  /** Its stage when saved: applied, interview… are said on the row. */
  stage?: Stage;
  isNew: boolean;
  /** Why the seeker does not see it among the results, when the hidden ones are shown. */
  noise: NoiseReason | undefined;
  onOpen: () => void;
  onToggleSave: () => void;
  onHide: () => void;
  onShowAgain: () => void;
}

export function OfferRow({ result, why, saved, stage, isNew, noise, onOpen, onToggleSave, onHide, onShowAgain }: Props) {
  const t = useT();
  const { summary, match } = result;
  const facts = [summary.organization, summary.location, contractLabel(summary.contract, t)].filter(Boolean).join(' · ');
  const percent = matchPercent(match);
  const deadline = summary.deadline === undefined ? undefined : formatDeadline(summary.deadline, localDay(Date.now()), t);
  return (
    <li class={`offer status-${summary.status}${isNew ? ' is-new' : ''}${noise ? ' is-noise' : ''}`} data-testid="offer" data-offer-id={summary.id} data-noise={noise?.kind}>
      <button type="button" class="offer-open" data-row-focus onClick={onOpen}>
        <span class="offer-title">{why ? <Marked segments={why.title} /> : summary.title}</span>
        <span class="offer-facts">{facts}</span>
        {why && (why.fields.length > 0 || why.text || why.remoteForCity) && (
          <span class="offer-why" data-testid="why">
            {why.fields.map(({ field, segments }) => (
              <span key={field}>{t(`why_${field}`)} <Marked segments={segments} /></span>
            ))}
            {why.remoteForCity && <span data-testid="why-remote">{t('why_location')} <Marked segments={[{ text: t('remote_full'), matched: true }]} /></span>}
            {why.text && <span data-testid="why-text">{t('why_text')} <Marked segments={why.text} /></span>}
          </span>
        )}
        <span class="offer-tags">
          {noise && <span class="pill noise" data-testid="noise-reason">{noiseReasonLabel(noise, t)}</span>}
          {isNew && <span class="pill new" data-testid="new">{t('newPosting')}</span>}
          <span class={`pill status-${summary.status}`}>{t(`status_${summary.status}`)}</span>
          {stage && stage !== 'saved' && <span class={`pill stage stage-${stage}`} data-testid="stage">{t(`stage_${stage}`)}</span>}
          {deadline && <span class={`pill deadline${deadline.passed ? ' passed' : ''}`} data-testid="deadline">{deadline.text}</span>}
          {match && percent !== undefined && <span class="pill match">{t('matchShare', [percent, matchCountLabel(t, match)])}</span>}
        </span>
      </button>
      <SaveToggle saved={saved} title={summary.title} onToggle={onToggleSave} />
      {noise ? (
        <button type="button" class="noise-toggle" data-testid="show-again" aria-label={t('showAgainOffer', [summary.title, noiseReasonLabel(noise, t)])} title={t('showAgain')} onClick={onShowAgain}>
          <span aria-hidden="true">↺</span>
        </button>
      ) : (
        <button type="button" class="noise-toggle" data-testid="hide" aria-label={t('hideOffer', [summary.title])} title={t('hideHint')} aria-keyshortcuts="H" onClick={onHide}>
          <span aria-hidden="true">✕</span>
        </button>
      )}
    </li>
  );
}

/** Matched words in <mark>; posting text only ever as text nodes (it is untrusted). */
function Marked({ segments }: { segments: Segment[] }) {
  return <>{segments.map((segment, i) => (segment.matched ? <mark key={i}>{segment.text}</mark> : segment.text))}</>;
}
