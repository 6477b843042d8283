import { useEffect, useMemo, useState } from 'preact/hooks';
import type { FavoriteRecord } from '../../lib/db/records';
import { JOURNAL_COLUMNS, journalRow, journalSteps, journalToCsv, periodBounds, thisMonth, type JournalLabels, type JournalPeriod, type JournalStep } from '../../lib/favorites/journal';
import { formatDay, uiLocale } from '../format-date';
import { tCount, useT } from '../i18n';
import { csvSeparatorFor, journalLabels } from './journal-labels';

interface Props {
  /** undefined while loading. */
  favorites: FavoriteRecord[] | undefined;
  initialPeriod: JournalPeriod;
  /** Keeps the period in the page's address, so that a reload or a bookmark shows the same journal. */
  onPeriod: (period: JournalPeriod) => void;
  download: (fileName: string, type: string, content: string) => void;
  print: () => void;
  /** The seeker's today, for the way to this month's steps when the period shown has none. */
  today?: Date;
}

/** The job-search journal of a period: a printable table of the seeker's steps, and its CSV. */
export function JournalApp({ favorites, initialPeriod, onPeriod, download, print, today = new Date() }: Props) {
  const t = useT();
  const [period, setPeriod] = useState(initialPeriod);
  const steps = useMemo(() => journalSteps(favorites ?? [], period), [favorites, period]);
  const labels = useMemo(() => journalLabels(t), [t]);
  const valid = periodBounds(period) !== undefined;
  const locale = uiLocale(t);
  const title = t('journalPeriod', [formatDay(period.from, locale), formatDay(period.to, locale)]);

  useEffect(() => void (document.title = `${t('journalTitle')} · ${title}`), [t, title]);

  function change(next: JournalPeriod) {
    setPeriod(next);
    onPeriod(next);
  }

  function exportCsv() {
    const csv = journalToCsv(steps, labels, csvSeparatorFor(t));
    // The byte order mark tells Excel the file is UTF-8: accents survive.
    download(`${t('journalFileName')}-${period.from}-${period.to}.csv`, 'text/csv;charset=utf-8', `\uFEFF${csv}`);
  }

  return (
    // Busy until the saved offers are read: the table is drawn empty meanwhile, and says so.
    <main class="journal" aria-busy={favorites === undefined}>
      <h1>{t('journalTitle')}</h1>
      <p class="help no-print">{t('journalHelp')}</p>
      <form class="journal-controls no-print" onSubmit={(event) => event.preventDefault()}>
        <label>
          {t('journalFrom')}
          <input type="date" name="from" value={period.from} onChange={(event) => change({ ...period, from: event.currentTarget.value })} />
        </label>
        <label>
          {t('journalTo')}
          <input type="date" name="to" value={period.to} onChange={(event) => change({ ...period, to: event.currentTarget.value })} />
        </label>
        <button type="button" class="primary" data-testid="print" onClick={print} disabled={!valid}>{t('journalPrint')}</button>
        <button type="button" data-testid="journal-csv" onClick={exportCsv} disabled={!valid || steps.length === 0}>{t('journalCsv')}</button>
      </form>
      {!valid ? (
        <p class="error" role="alert">{t('journalBadPeriod')}</p>
      ) : (
        <section aria-labelledby="journal-period">
          <h2 id="journal-period" data-testid="journal-period">{title}</h2>
          <p data-testid="journal-count">{t('journalCount', [String(steps.length)])}</p>
          {favorites && steps.length === 0 ? (
            <EmptyPeriod favorites={favorites} period={period} today={today} onShow={change} />
          ) : (
            <JournalTable steps={steps} labels={labels} />
          )}
        </section>
      )}
    </main>
  );
}

/** The steps, a row each, in the CSV's columns; posting text only ever as text. */
function JournalTable({ steps, labels }: { steps: readonly JournalStep[]; labels: JournalLabels }) {
  return (
    <table class="journal-table" data-testid="journal-table">
      <thead>
        <tr>{JOURNAL_COLUMNS.map((column) => <th key={column} scope="col">{labels.columns[column]}</th>)}</tr>
      </thead>
      <tbody>
        {steps.map((step) => {
          const row = journalRow(step, labels);
          return (
            <tr key={`${step.offerId}-${step.on}-${step.stage}`}>
              {JOURNAL_COLUMNS.map((column) => <td key={column} class={`journal-${column}`}>{row[column]}</td>)}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/**
 * No step in the period (last month, by default): when this month has some, say so and show them in one click, rather
 * than an empty page to a seeker who applied last week.
 */
function EmptyPeriod({ favorites, period, today, onShow }: { favorites: FavoriteRecord[]; period: JournalPeriod; today: Date; onShow: (period: JournalPeriod) => void }) {
  const t = useT();
  const current = thisMonth(today);
  const shownAlready = current.from === period.from && current.to === period.to;
  const count = shownAlready ? 0 : journalSteps(favorites, current).length;
  return (
    <p class="empty">
      {t('journalEmpty')}
      {count > 0 && <> <button type="button" class="no-print" data-testid="journal-this-month" onClick={() => onShow(current)}>{tCount(t, 'journalShowThisMonth', count)}</button></>}
    </p>
  );
}
