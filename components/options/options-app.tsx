import { formatMoment, uiLocale } from '../format-date';
import { useT } from '../i18n';
import { DataSection } from './data-section';
import { HistorySection } from './history-section';
import { NotInterestedSection } from './not-interested-section';
import { NotificationsSection } from './notifications-section';
import type { OptionsActions, OptionsData } from './options-model';
import { PageSitesSection, type PageSitesActions } from './page-sites-section';
import { SavedSearchesSection } from './saved-searches-section';
import { SettingsSection } from './settings-section';
import { SourcesSection } from './sources-section';
import { TrackerSection } from './tracker-section';
import { boardPermissionPattern, isBoardLocation } from '../../lib/sources';
import type { SourceRecord } from '../../lib/db';

interface Props {
  data: OptionsData;
  actions: OptionsActions;
  skillNames: readonly string[];
  canonicalSkillName: (typed: string) => string | undefined;
  closestSkillName: (typed: string) => string | undefined;
  /** The posting pages section; left out where there is no browser to ask (previews). */
  pageSites?: PageSitesActions;
  /** The tracker's pages; the section is left out where there are none (previews). */
  trackerPages?: { tracker: string; journal: string };
}

export function OptionsApp({ data, actions, skillNames, canonicalSkillName, closestSkillName, pageSites, trackerPages }: Props) {
  const t = useT();
  const locale = uiLocale(t);
  const formatTime = (time: number) => formatMoment(time, locale);
  return (
    <main class="options">
      <header>
        <h1>{t('optionsTitle')}</h1>
        <p class="help">{t('optionsIntro')}</p>
      </header>
      <SourcesSection data={data} actions={actions} formatTime={formatTime} />
      {data.settings && <SettingsSection settings={data.settings} actions={actions} skillNames={skillNames} suggestedSkills={data.suggestedSkills} canonicalSkillName={canonicalSkillName} closestSkillName={closestSkillName} />}
      {data.settings && (
        <NotificationsSection settings={data.settings.notifications} sources={data.sources ?? []}
          requestPermission={actions.requestNotificationPermission} onChange={(notifications) => void actions.updateSettings({ notifications })} />
      )}
      {data.settings && trackerPages && (
        <TrackerSection followUpDays={data.settings.followUpDays} pages={trackerPages} onFollowUpDays={(followUpDays) => void actions.updateSettings({ followUpDays })} />
      )}
      <SavedSearchesSection searches={data.searches} actions={actions.searches} />
      {data.settings && pageSites && <PageSitesSection hiddenSites={data.settings.hiddenPanelSites} otherSkills={data.settings.panelOtherSkills} boardPatterns={boardPatterns(data.sources ?? [])} actions={pageSites} />}
      {data.notInterested && <NotInterestedSection data={data.notInterested} onChange={actions.changeNoise} />}
      <HistorySection events={data.events} sources={data.sources ?? []} days={data.historyDays} onDaysChange={actions.setHistoryDays} formatTime={formatTime} />
      <DataSection actions={actions} favoritesSync={data.favoritesSync} />
    </main>
  );
}

/** The hosts the followed job boards and feeds are read from: granted for them, not for the page panel. */
function boardPatterns(sources: SourceRecord[]): string[] {
  return [...new Set(sources.flatMap((source) => (isBoardLocation(source.location) ? [boardPermissionPattern(source.location)] : [])))];
}
