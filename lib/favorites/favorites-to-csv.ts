import type { FavoriteRecord, Stage } from '../db/records';
import type { ContractType, OfferStatus } from '../postings/types';
import { stepDate } from '../db/stage-history';
import { csvText } from './csv-text';

export const CSV_COLUMNS = ['title', 'organization', 'location', 'contract', 'status', 'stage', 'savedAt', 'stageChangedAt', 'note', 'url'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** What the seeker reads in the file, in the UI language: headers and values, never Vigie's internal codes. */
export interface CsvLabels {
  columns: Record<CsvColumn, string>;
  /** Empty for a contract Vigie could not tell. */
  contract: (contract: ContractType) => string;
  status: (status: OfferStatus) => string;
  stage: (stage: Stage) => string;
  /** A moment as a date of the seeker's calendar ("06/12/2026"). */
  day: (time: number) => string;
}

/** Saved offers as CSV for a spreadsheet, guarded against formulas (csvText). */
export function favoritesToCsv(favorites: readonly FavoriteRecord[], labels: CsvLabels): string {
  const header = CSV_COLUMNS.map((column) => labels.columns[column]);
  const rows = favorites.map((favorite) => {
    const { snapshot } = favorite;
    const last = favorite.stageHistory.at(-1);
    const lastChange = last ? stepDate(last) : favorite.savedAt;
    const cells: Record<CsvColumn, string> = {
      title: snapshot.title,
      organization: snapshot.organization ?? '',
      location: snapshot.location ?? '',
      contract: labels.contract(snapshot.contract),
      status: labels.status(snapshot.status),
      stage: labels.stage(favorite.stage),
      savedAt: labels.day(favorite.savedAt),
      stageChangedAt: labels.day(lastChange),
      note: favorite.note,
      url: snapshot.url ?? '',
    };
    return CSV_COLUMNS.map((column) => cells[column]);
  });
  return csvText([header, ...rows]);
}
