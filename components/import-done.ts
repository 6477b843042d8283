import type { ImportSummary } from '../lib/db/user-data';
import { tCount, type Translate } from './i18n';

/** "Import terminé : 4 sources, 1 offre sauvegardée, 0 élément ignoré.": each count in its own plural form. */
export function importDone(t: Translate, summary: ImportSummary): string {
  return t('importDone', [tCount(t, 'importSources', summary.sources), tCount(t, 'importFavorites', summary.favorites), tCount(t, 'importRejected', summary.rejected)]);
}
