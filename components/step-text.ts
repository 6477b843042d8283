import type { StageStep } from '../lib/db/records';
import { stepDate } from '../lib/db/stage-history';
import { formatEventDay, uiLocale } from './format-date';
import type { Translate } from './i18n';

/** A stage step as the seeker reads it: "Candidature envoyée le 3 déc." / "Applied on Dec 3". */
export function stepText(step: StageStep, t: Translate, now = Date.now()): string {
  return t(`stepOn_${step.stage}`, [formatEventDay(stepDate(step), uiLocale(t), 'short', now)]);
}
