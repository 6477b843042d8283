import type { Settings } from '../../lib/settings/settings';
import type { SuggestedSkill } from '../../lib/skills/suggest-skills';
import { useT } from '../i18n';
import type { OptionsActions } from './options-model';
import { SkillsEditor } from './skills-editor';

const PERIODS = [15, 30, 60, 180, 720, 1440];
const GITHUB_API_HOST = 'api.github.com';

interface Props {
  settings: Settings;
  actions: Pick<OptionsActions, 'updateSettings'>;
  skillNames: readonly string[];
  suggestedSkills: readonly SuggestedSkill[];
  canonicalSkillName: (typed: string) => string | undefined;
  closestSkillName: (typed: string) => string | undefined;
}

export function SettingsSection({ settings, actions, skillNames, suggestedSkills, canonicalSkillName, closestSkillName }: Props) {
  const t = useT();
  return (
    <>
      <section aria-labelledby="skills-title">
        <h2 id="skills-title">{t('skillsTitle')}</h2>
        <p class="help">{t('skillsHelp')}</p>
        <SkillsEditor skills={settings.mySkills} suggestions={skillNames} fromSavedOffers={suggestedSkills} canonicalName={canonicalSkillName} closestName={closestSkillName} onChange={(mySkills) => actions.updateSettings({ mySkills })} />
      </section>
      <section aria-labelledby="sync-title">
        <h2 id="sync-title">{t('syncTitle')}</h2>
        <label for="sync-period">{t('syncPeriodLabel')}</label>
        <select id="sync-period" name="sync-period" value={String(settings.syncPeriodMinutes)}
          onChange={(event) => void actions.updateSettings({ syncPeriodMinutes: Number(event.currentTarget.value) })}>
          {PERIODS.map((minutes) => (
            <option key={minutes} value={String(minutes)}>{minutes < 60 ? t('everyMinutes', [String(minutes)]) : t('everyHours', [String(minutes / 60)])}</option>
          ))}
        </select>
        <label for="github-token">{t('tokenLabel')}</label>
        <input id="github-token" name="github-token" type="password" autoComplete="off" spellcheck={false}
          value={settings.tokens[GITHUB_API_HOST] ?? ''}
          onChange={(event) => {
            const token = event.currentTarget.value.trim();
            const tokens = { ...settings.tokens };
            if (token) tokens[GITHUB_API_HOST] = token;
            else delete tokens[GITHUB_API_HOST];
            void actions.updateSettings({ tokens });
          }} />
        <p class="help">{t('tokenHelp')}</p>
      </section>
    </>
  );
}
