import { useState } from 'preact/hooks';
import type { OfferEvent, SourceRecord } from '../../lib/db/records';
import { useT } from '../i18n';

const PERIODS = [1, 7, 30] as const;
const SHOWN = ['opened', 'closed', 'removed'] as const;

interface Props {
  /** Events of the chosen period, newest first. */
  events: OfferEvent[] | undefined;
  sources: SourceRecord[];
  days: number;
  onDaysChange: (days: number) => void;
  formatTime: (time: number) => string;
}

/** "What's new since yesterday": openings, closings and removals, source by source. */
export function HistorySection({ events, sources, days, onDaysChange, formatTime }: Props) {
  const t = useT();
  const [sourceId, setSourceId] = useState('any');
  const shown = (events ?? []).filter((event) => (SHOWN as readonly string[]).includes(event.type) && (sourceId === 'any' || event.sourceId === sourceId));
  const names = new Map(sources.map((source) => [source.id, source.name]));
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t('historySectionTitle')}</h2>
      <div class="row">
        <label>
          {t('historyPeriod')}{' '}
          <select value={String(days)} onChange={(event) => onDaysChange(Number(event.currentTarget.value))}>
            {PERIODS.map((period) => <option key={period} value={String(period)}>{period === 1 ? t('sinceYesterday') : t('withinDays', [String(period)])}</option>)}
          </select>
        </label>
        <label>
          {t('filterSource')}{' '}
          <select value={sourceId} onChange={(event) => setSourceId(event.currentTarget.value)}>
            <option value="any">{t('anySource')}</option>
            {sources.map((source) => <option key={source.id} value={source.id}>{source.name}</option>)}
          </select>
        </label>
      </div>
      {events === undefined ? (
        <p role="status">{t('loading')}</p>
      ) : shown.length === 0 ? (
        <p class="empty">{t('historyEmpty')}</p>
      ) : (
        <ul class="history" data-testid="history">
          {shown.map((event) => (
            <li key={event.seq} data-event-type={event.type}>
              <span class={`pill event-${event.type}`}>{t(`event_${event.type}`)}</span> {event.title}
              <span class="help"> — {names.get(event.sourceId) ?? ''}, {formatTime(event.at)}{event.baseline ? ` (${t('firstSync')})` : ''}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
