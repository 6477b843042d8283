import { FOLLOW_UP_DAYS_BOUNDS } from '../../lib/settings/settings';
import { useT } from '../i18n';

interface Props {
  followUpDays: number;
  onFollowUpDays: (days: number) => void;
  /** The tracker's pages, opened in a tab of their own. */
  pages: { tracker: string; journal: string };
}

/** Where the application tracker and journal are, and when an application is worth a follow-up. */
export function TrackerSection({ followUpDays, onFollowUpDays, pages }: Props) {
  const t = useT();
  return (
    <section aria-labelledby="tracker-title">
      <h2 id="tracker-title">{t('trackerSectionTitle')}</h2>
      <p class="row">
        <a href={pages.tracker} target="_blank" data-testid="options-open-tracker">{t('openTrackerLabel')}</a>
        <a href={pages.journal} target="_blank" data-testid="options-open-journal">{t('trackerOpenJournal')}</a>
      </p>
      <label for="follow-up-days">{t('followUpDaysLabel')}</label>
      <input id="follow-up-days" name="follow-up-days" type="number" inputMode="numeric" min={FOLLOW_UP_DAYS_BOUNDS.min} max={FOLLOW_UP_DAYS_BOUNDS.max}
        value={followUpDays} aria-describedby="follow-up-days-help"
        onChange={(event) => {
          const days = event.currentTarget.valueAsNumber;
          if (Number.isFinite(days)) onFollowUpDays(days);
        }} />
      <p class="help" id="follow-up-days-help">{t('followUpDaysHelp')}</p>
    </section>
  );
}
