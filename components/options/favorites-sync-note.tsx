import type { FavoritesSyncStatus } from '../../lib/favorites/sync-status';
import { tCount, useT, type Translate } from '../i18n';

/** One quiet line on how saved offers travel to the user's other browsers: a problem there never stops saving here. */
export function FavoritesSyncNote({ status }: { status?: FavoritesSyncStatus }) {
  const t = useT();
  if (!status) return null;
  return <p class="help" data-testid="favorites-sync">{describeFavoritesSync(status, t)}</p>;
}

function describeFavoritesSync(status: FavoritesSyncStatus, t: Translate): string {
  const lines = status.problem ? [problemLine(status, t)] : [tCount(t, 'favoritesSyncOk', status.synced)];
  if (status.leftOut > 0) lines.push(tCount(t, 'favoritesSyncLeftOut', status.leftOut));
  if (status.cutNotes > 0) lines.push(tCount(t, 'favoritesSyncCutNotes', status.cutNotes));
  if ((status.noiseLeftOut ?? 0) > 0) lines.push(tCount(t, 'noiseSyncLeftOut', status.noiseLeftOut ?? 0));
  return lines.join(' ');
}

function problemLine(status: FavoritesSyncStatus, t: Translate): string {
  switch (status.problem) {
    case 'quota':
      return t('favoritesSyncQuota');
    case 'rate':
      return t('favoritesSyncRate');
    case 'unavailable':
      return t('favoritesSyncUnavailable');
    default:
      return t('favoritesSyncFailed', [status.detail ?? '']);
  }
}
