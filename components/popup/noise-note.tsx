import type { NoiseChange } from '../../lib/noise/noise-change';
import type { NoiseReason } from '../../lib/noise/judge-noise';
import { tCount, useT, type Translate } from '../i18n';

/** The seeker's last "not interested", said aloud, with the change that undoes it. */
export interface NoiseUndo {
  message: string;
  undo: NoiseChange;
}

/** How many results are hidden or blocked, a button to show them (or hide them again), and the way to the list of rules. */
export function NoiseLine({ count, showing, onToggle, onManage }: { count: number; showing: boolean; onToggle: () => void; onManage: () => void }) {
  const t = useT();
  if (count === 0 && !showing) return null;
  return (
    <p class="noise-line" data-testid="noise-line">
      {tCount(t, 'noiseCount', count)}{' '}
      <button type="button" data-testid="show-noise" aria-pressed={showing} onClick={onToggle}>{showing ? t('noiseHideAgain') : t('noiseShow')}</button>{' '}
      <button type="button" data-testid="manage-noise" onClick={onManage}>{t('noiseManage')}</button>
    </p>
  );
}

/** A live region, present before it speaks: screen readers announce what changes in it. */
export function NoiseStatus({ last, onUndo }: { last: NoiseUndo | undefined; onUndo: () => void }) {
  const t = useT();
  return (
    <p class="noise-status" role="status" data-testid="noise-status">
      {last && (
        <>
          {last.message}{' '}
          <button type="button" data-testid="undo-noise" onClick={onUndo} aria-keyshortcuts="Control+Z">{t('undo')}</button>
        </>
      )}
    </p>
  );
}

/** Why a result is among the hidden ones: "Masquée", "Organisation bloquée : Etalab", "Mot bloqué : stage". */
export function noiseReasonLabel(reason: NoiseReason, t: Translate): string {
  if (reason.kind === 'hidden') return t('reasonHidden');
  if (reason.kind === 'organization') return t('reasonOrganization', [reason.name]);
  return t('reasonWord', [reason.word]);
}
