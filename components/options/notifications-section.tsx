import type { SourceRecord } from '../../lib/db/records';
import type { NotificationSettings } from '../../lib/settings/settings';
import { useT } from '../i18n';

interface Props {
  settings: NotificationSettings;
  sources: SourceRecord[];
  /** Asks the browser for the notifications permission; resolves to whether it was granted. */
  requestPermission: () => Promise<boolean>;
  onChange: (notifications: NotificationSettings) => void;
}

/** Days before a saved offer's deadline when it is reminded of; 0 is never. */
const REMINDER_DAYS = [0, 1, 2, 3, 5, 7, 14];

const toTime = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const toMinutes = (time: string) => {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
};

export function NotificationsSection({ settings, sources, requestPermission, onChange }: Props) {
  const t = useT();
  const set = (patch: Partial<NotificationSettings>) => onChange({ ...settings, ...patch });

  async function toggle(enabled: boolean) {
    // The browser's own prompt comes only now, after the explanation above the switch.
    if (enabled && !(await requestPermission())) return;
    set({ enabled });
  }

  return (
    <section aria-labelledby="notifications-title">
      <h2 id="notifications-title">{t('notificationsTitle')}</h2>
      <p class="help" id="notifications-help">{t('notificationsHelp')}</p>
      <label class="check">
        <input type="checkbox" name="notifications-enabled" checked={settings.enabled} aria-describedby="notifications-help"
          onChange={(event) => void toggle(event.currentTarget.checked)} />
        {t('notificationsEnable')}
      </label>
      <fieldset disabled={!settings.enabled}>
        <legend>{t('notificationsWhich')}</legend>
        <label>
          {t('notificationsMinSkills')}
          <select name="min-skills" value={String(settings.minMatchingSkills)} onChange={(event) => set({ minMatchingSkills: Number(event.currentTarget.value) })}>
            {[0, 1, 2, 3, 5].map((count) => <option key={count} value={String(count)}>{count === 0 ? t('notificationsAll') : t('notificationsAtLeast', [String(count)])}</option>)}
          </select>
        </label>
        <label>
          {t('notificationsDeadline')}
          <select name="deadline-reminder" value={String(settings.deadlineReminderDays)} onChange={(event) => set({ deadlineReminderDays: Number(event.currentTarget.value) })}>
            {REMINDER_DAYS.map((days) => <option key={days} value={String(days)}>{days === 0 ? t('notificationsDeadlineOff') : t('notificationsDeadlineDays', [String(days)])}</option>)}
          </select>
        </label>
        <p class="help">{t('notificationsSavedHelp')}</p>
        <label class="check">
          <input type="checkbox" name="quiet-hours" checked={settings.quietHours !== null}
            onChange={(event) => set({ quietHours: event.currentTarget.checked ? { from: 22 * 60, to: 7 * 60 } : null })} />
          {t('quietHours')}
        </label>
        {settings.quietHours && (
          <div class="row">
            <label>{t('quietFrom')} <input type="time" value={toTime(settings.quietHours.from)} onChange={(event) => set({ quietHours: { ...settings.quietHours!, from: toMinutes(event.currentTarget.value) } })} /></label>
            <label>{t('quietTo')} <input type="time" value={toTime(settings.quietHours.to)} onChange={(event) => set({ quietHours: { ...settings.quietHours!, to: toMinutes(event.currentTarget.value) } })} /></label>
          </div>
        )}
        {sources.length > 0 && (
          <ul class="mute-list" aria-label={t('muteLabel')}>
            {sources.map((source) => (
              <li key={source.id}>
                <label class="check">
                  <input type="checkbox" checked={settings.mutedSources.includes(source.id)}
                    onChange={(event) => set({ mutedSources: event.currentTarget.checked ? [...settings.mutedSources, source.id] : settings.mutedSources.filter((id) => id !== source.id) })} />
                  {t('muteSource', [source.name])}
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
    </section>
  );
}
