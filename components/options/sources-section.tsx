import { useT } from '../i18n';
import { AddSourceForm } from './add-source-form';
import type { OptionsActions, OptionsData } from './options-model';
import { SourceItem } from './source-item';

export function SourcesSection({ data, actions, formatTime }: { data: OptionsData; actions: OptionsActions; formatTime: (time: number) => string }) {
  const t = useT();
  const syncing = data.sources?.some((source) => source.sync.status === 'syncing') ?? false;
  return (
    <section aria-labelledby="sources-title">
      <div class="section-head">
        <h2 id="sources-title">{t('sourcesTitle')}</h2>
        <button type="button" data-testid="refresh" disabled={syncing} onClick={() => void actions.syncNow()}>
          {t('syncAll')}
        </button>
      </div>
      <AddSourceForm addSource={actions.addSource} previewSource={actions.previewSource} allowHosts={actions.allowHosts} formatTime={formatTime} />
      {data.sources === undefined ? (
        <p role="status">{t('loading')}</p>
      ) : data.sources.length === 0 ? (
        <p class="empty">{t('noSources')}</p>
      ) : (
        <ul class="sources">
          {data.sources.map((source) => (
            <SourceItem key={source.id} source={source} problems={data.problems.get(source.id) ?? []} actions={actions} formatTime={formatTime} />
          ))}
        </ul>
      )}
    </section>
  );
}
