import type { Salary } from '../postings/types';
import type { FieldChange, SavedOfferAlert } from './types';

/** How the seeker reads values: the UI's messages (browser.i18n, or a table in tests), its locale, and its way of writing a day. */
export interface ChangeLook {
  t: (key: string, substitutions?: string[]) => string;
  locale: string | undefined;
  /** A calendar date ("2026-03-12") as the seeker reads it. */
  day: (isoDate: string) => string;
}

// Postings state salaries in these units; the sentence says per what.
const UNIT_KEYS: Record<Salary['unit'], string | undefined> = { hour: 'salaryPer_hour', day: 'salaryPer_day', month: 'salaryPer_month', year: 'salaryPer_year', unknown: undefined };

/** "Salaire modifié le 12 mars : 45–55 k€ → 50–60 k€": one field's change, on the day it was seen (`when`, already formatted). */
export function changeSentence(change: FieldChange, when: string, look: ChangeLook): string {
  if (change.field === 'skills') return look.t('change_skills', [when, skillsDelta(change.added, change.removed)]);
  return look.t(`change_${change.field}`, [when, fieldValue(change, 'before', look), fieldValue(change, 'after', look)]);
}

/** What a notification or the card says of a saved offer's news. */
export function alertSentence(alert: SavedOfferAlert, when: string, look: ChangeLook, daysLeftText?: string): string {
  switch (alert.kind) {
    case 'changed': {
      const sentence = changeSentence(alert.change, when, look);
      return alert.more > 0 ? look.t('changeAndMore', [sentence, String(alert.more)]) : sentence;
    }
    case 'deadline':
      return look.t('alertDeadline', [look.day(alert.deadline), daysLeftText ?? '']);
    default:
      return look.t(`alert_${alert.kind}`, [when]);
  }
}

function fieldValue(change: Exclude<FieldChange, { field: 'skills' }>, side: 'before' | 'after', look: ChangeLook): string {
  const unstated = look.t('valueUnstated');
  switch (change.field) {
    case 'status':
      return look.t(`status_${change[side]}`);
    case 'contract':
      return change[side] === 'unknown' ? unstated : look.t(`contract_${change[side].replace('-', '_')}`);
    case 'remote':
      return change[side] === 'unknown' ? unstated : look.t(`remote_${change[side]}`);
    case 'salary': {
      const salary = change[side];
      return salary ? formatSalary(salary, look) : unstated;
    }
    case 'deadline': {
      const day = change[side];
      return day ? look.day(day) : unstated;
    }
    default:
      return change[side] || unstated;
  }
}

/** "+ React, − Vue": the skills a version asks for anew, and those it no longer asks for. */
function skillsDelta(added: readonly string[], removed: readonly string[]): string {
  return [...added.map((skill) => `+ ${skill}`), ...removed.map((skill) => `− ${skill}`)].join(', ');
}

/**
 * A salary as short as the card has room for: "45–55 k€ par an", "$120K–$150K per year"; the
 * sentence it was read from when it states no figure (cut to a line).
 */
export function formatSalary(salary: Salary, look: Pick<ChangeLook, 't' | 'locale'>): string {
  const figures = [salary.min, salary.max].filter((value): value is number => value !== undefined);
  if (figures.length === 0) return salary.text.length > 80 ? `${salary.text.slice(0, 79)}…` : salary.text;
  const compact = figures.every((value) => value >= 10_000);
  const format = new Intl.NumberFormat(look.locale, {
    style: 'currency',
    currency: /^[A-Z]{3}$/.test(salary.currency) ? salary.currency : 'EUR',
    maximumFractionDigits: compact ? 1 : 2,
    minimumFractionDigits: 0,
    ...(compact ? { notation: 'compact' as const } : {}),
  });
  const [low, high] = figures as [number, number?];
  const range = high === undefined || high === low ? format.format(low) : format.formatRange(low, high);
  const unit = UNIT_KEYS[salary.unit];
  return unit ? look.t(unit, [range]) : range;
}
