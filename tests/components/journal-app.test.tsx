// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { JournalApp } from '../../components/tracker/journal-app';
import type { FavoriteRecord } from '../../lib/db/records';
import { sampleOffer } from '../db/sample-offer';
import { renderInFrench } from './render';

const at = (month: number, day: number) => new Date(2026, month - 1, day, 10).getTime();
const TODAY = new Date(2026, 11, 6, 12);
const APPLIED_THIS_MONTH: FavoriteRecord = {
  offerId: 'src:dev.md', snapshot: sampleOffer({ id: 'src:dev.md', title: 'Développeuse fullstack', organization: 'multi.coop' }),
  note: '', stage: 'applied', savedAt: at(12, 2), updatedAt: at(12, 4),
  stageHistory: [{ stage: 'saved', at: at(12, 2) }, { stage: 'applied', at: at(12, 4) }],
};
const ignore = () => {};

describe('the journal page', () => {
  it('opened on last month without a step, offers this month’s steps in one click', async () => {
    const periods: string[] = [];
    const shown = renderInFrench(<JournalApp favorites={[APPLIED_THIS_MONTH]} initialPeriod={{ from: '2026-11-01', to: '2026-11-30' }} today={TODAY}
      onPeriod={(period) => periods.push(`${period.from}/${period.to}`)} download={ignore} print={ignore} />);
    expect(shown.querySelector('.empty')?.textContent).toBe('Aucune démarche sur cette période. Voir ce mois-ci (2 démarches)');
    await act(() => shown.querySelector<HTMLElement>('[data-testid="journal-this-month"]')!.click());
    expect(periods).toEqual(['2026-12-01/2026-12-31']);
    expect(shown.querySelectorAll('[data-testid="journal-table"] tbody tr')).toHaveLength(2);
  });

  it('says it is busy while the saved offers are read, its table drawn empty', () => {
    const render = (favorites: FavoriteRecord[] | undefined) => renderInFrench(<JournalApp favorites={favorites} initialPeriod={{ from: '2026-12-01', to: '2026-12-31' }} today={TODAY}
      onPeriod={ignore} download={ignore} print={ignore} />);
    const loading = render(undefined);
    expect(loading.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
    expect(loading.querySelectorAll('[data-testid="journal-table"] tbody tr')).toHaveLength(0);
    expect(render([APPLIED_THIS_MONTH]).querySelector('main')?.getAttribute('aria-busy')).toBe('false');
  });

  it('says only that the period is empty when this month has no step either', () => {
    const shown = renderInFrench(<JournalApp favorites={[APPLIED_THIS_MONTH]} initialPeriod={{ from: '2026-10-01', to: '2026-10-31' }} today={new Date(2027, 2, 1)}
      onPeriod={ignore} download={ignore} print={ignore} />);
    expect(shown.querySelector('.empty')?.textContent).toBe('Aucune démarche sur cette période.');
    expect(shown.querySelector('[data-testid="journal-this-month"]')).toBeNull();
  });
});
