import { listSeparatorOf, type CsvSeparator } from '../../lib/favorites/csv-text';
import { JOURNAL_COLUMNS, type JournalColumn, type JournalLabels } from '../../lib/favorites/journal';
import { spreadsheetDay, uiLocale } from '../format-date';
import type { Translate } from '../i18n';

/** The journal's headers, steps and dates in the UI language, on the seeker's calendar; `timeZone` is for tests. */
export function journalLabels(t: Translate, timeZone?: string): JournalLabels {
  return {
    columns: Object.fromEntries(JOURNAL_COLUMNS.map((column) => [column, t(`journal_${column}`)])) as Record<JournalColumn, string>,
    stage: (stage) => t(`journalStep_${stage}`),
    day: spreadsheetDay(t, timeZone),
  };
}

/**
 * The separator the seeker's spreadsheet splits on: Excel takes the system's list separator,
 * ';' wherever the comma is the decimal mark (French, German…), ',' elsewhere.
 */
export function csvSeparatorFor(t: Translate): CsvSeparator {
  const decimal = new Intl.NumberFormat(uiLocale(t)).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
  return listSeparatorOf(decimal);
}
