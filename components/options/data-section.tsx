import { useState } from 'preact/hooks';
import type { FavoritesSyncStatus } from '../../lib/favorites/sync-status';
import { downloadFile } from '../download-file';
import { importDone } from '../import-done';
import { useT } from '../i18n';
import { FavoritesSyncNote } from './favorites-sync-note';
import type { OptionsActions } from './options-model';

interface Props {
  actions: Pick<OptionsActions, 'exportData' | 'importData'>;
  favoritesSync?: FavoritesSyncStatus;
}

export function DataSection({ actions, favoritesSync }: Props) {
  const t = useT();
  const [message, setMessage] = useState<string>();

  async function exportAll() {
    const data = await actions.exportData();
    downloadFile(`vigie-${data.exportedAt.slice(0, 10)}.json`, 'application/json', JSON.stringify(data, null, 2));
  }

  async function importFile(file: File | undefined) {
    if (!file) return;
    try {
      const result = await actions.importData(JSON.parse(await file.text()));
      setMessage('error' in result ? t('importNotVigie') : importDone(t, result));
    } catch {
      setMessage(t('importNotJson'));
    }
  }

  return (
    <section aria-labelledby="data-title">
      <h2 id="data-title">{t('dataTitle')}</h2>
      <p class="help">{t('dataHelp')}</p>
      <div class="row">
        <button type="button" data-testid="export" onClick={() => void exportAll()}>{t('exportButton')}</button>
        <label class="button-like">
          {t('importButton')}
          <input type="file" accept="application/json,.json" data-testid="import" class="visually-hidden"
            onChange={(event) => void importFile(event.currentTarget.files?.[0])} />
        </label>
      </div>
      {message && <p role="status">{message}</p>}
      <FavoritesSyncNote status={favoritesSync} />
    </section>
  );
}
