import { useT } from '../i18n';
import { DataSection } from './data-section';
import type { OptionsActions, OptionsData } from './options-model';
import { SettingsSection } from './settings-section';
import { SourcesSection } from './sources-section';

export function OptionsApp({ data, actions, skillNames }: { data: OptionsData; actions: OptionsActions; skillNames: readonly string[] }) {
  const t = useT();
  const formatTime = (time: number) => new Date(time).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <main class="options">
      <header>
        <h1>{t('optionsTitle')}</h1>
        <p class="help">{t('optionsIntro')}</p>
      </header>
      <SourcesSection data={data} actions={actions} formatTime={formatTime} />
      {data.settings && <SettingsSection settings={data.settings} actions={actions} skillNames={skillNames} />}
      <DataSection actions={actions} />
    </main>
  );
}
