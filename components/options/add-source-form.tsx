import { useState } from 'preact/hooks';
import { useT } from '../i18n';
import type { OptionsActions } from './options-model';

const ERROR_KEYS = { 'not-a-url': 'addSourceNotUrl', unsupported: 'addSourceUnsupported', duplicate: 'addSourceDuplicate' } as const;

export function AddSourceForm({ addSource }: Pick<OptionsActions, 'addSource'>) {
  const t = useT();
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    try {
      const result = await addSource(url);
      if (result.ok) {
        setUrl('');
        setError(undefined);
      } else setError(t(ERROR_KEYS[result.error]));
    } catch (failure) {
      setError(t('actionFailed', [String(failure)]));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="add-source" onSubmit={submit} aria-describedby="add-source-help">
      <label for="source-url">{t('addSourceLabel')}</label>
      <div class="row">
        <input
          id="source-url"
          name="source-url"
          type="url"
          required
          value={url}
          placeholder="https://github.com/OWNER/REPO/tree/main/jobs"
          aria-invalid={error ? 'true' : undefined}
          aria-errormessage={error ? 'add-source-error' : undefined}
          onInput={(event) => setUrl(event.currentTarget.value)}
        />
        <button type="submit" disabled={busy}>{t('addSourceButton')}</button>
      </div>
      <p id="add-source-help" class="help">{t('addSourceHelp')}</p>
      {error && <p id="add-source-error" class="error" role="alert">{error}</p>}
    </form>
  );
}
