import type { FavoriteRecord } from '../db/records';

const COLUMNS = ['title', 'organization', 'location', 'contract', 'status', 'stage', 'saved_at', 'stage_changed_at', 'note', 'url'] as const;

/**
 * Saved offers as CSV for a spreadsheet. Cells starting with = + - @ are prefixed with a
 * quote: posting titles are written by strangers, and a spreadsheet would run them as formulas.
 */
export function favoritesToCsv(favorites: FavoriteRecord[]): string {
  const rows = favorites.map((favorite) => {
    const { snapshot } = favorite;
    const lastChange = favorite.stageHistory.at(-1)?.at ?? favorite.savedAt;
    return [
      snapshot.title,
      snapshot.organization ?? '',
      snapshot.location ?? '',
      snapshot.contract,
      snapshot.status,
      favorite.stage,
      new Date(favorite.savedAt).toISOString(),
      new Date(lastChange).toISOString(),
      favorite.note,
      snapshot.url ?? '',
    ];
  });
  return [COLUMNS as readonly string[], ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
