import { contractLabel } from './contract-label';
import { CSV_COLUMNS, type CsvColumn, type CsvLabels } from '../lib/favorites/favorites-to-csv';
import { spreadsheetDay } from './format-date';
import type { Translate } from './i18n';

/** The CSV export's headers and values in the UI language, dates on the seeker's calendar; `timeZone` is for tests. */
export function csvLabels(t: Translate, timeZone?: string): CsvLabels {
  return {
    columns: Object.fromEntries(CSV_COLUMNS.map((column) => [column, t(`csv_${column}`)])) as Record<CsvColumn, string>,
    contract: (contract) => contractLabel(contract, t) ?? '',
    status: (status) => t(`status_${status}`),
    stage: (stage) => t(`stage_${stage}`),
    day: spreadsheetDay(t, timeZone),
  };
}
