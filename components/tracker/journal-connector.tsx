import { lastMonth, type JournalPeriod } from '../../lib/favorites/journal';
import { downloadFile } from '../download-file';
import { JournalApp } from './journal-app';
import { useSavedOffers } from './tracker-connector';

/** The period in the address (?from=2026-11-01&to=2026-11-30), else last month. */
function periodFromAddress(search: string, today: Date): JournalPeriod {
  const params = new URLSearchParams(search);
  const fallback = lastMonth(today);
  return { from: params.get('from') ?? fallback.from, to: params.get('to') ?? fallback.to };
}

function keepInAddress(period: JournalPeriod): void {
  history.replaceState(null, '', `?${new URLSearchParams({ from: period.from, to: period.to }).toString()}`);
}

export function JournalConnector() {
  const favorites = useSavedOffers();
  return <JournalApp favorites={favorites} initialPeriod={periodFromAddress(location.search, new Date())} onPeriod={keepInAddress} download={downloadFile} print={() => window.print()} />;
}
