import { describe, expect, it } from 'vitest';
import type { FavoriteRecord } from '../../lib/db/records';
import { journalSteps, journalToCsv, lastMonth, periodBounds, thisMonth, type JournalLabels } from '../../lib/favorites/journal';
import { sampleOffer } from '../db/sample-offer';

// Local times: the journal is about the seeker's calendar, whatever the machine's zone.
const at = (month: number, day: number, hour = 10) => new Date(2026, month - 1, day, hour).getTime();

const DESIGNER: FavoriteRecord = {
  offerId: 'src:designer.md', snapshot: sampleOffer({ id: 'src:designer.md', title: 'Designer UX', organization: 'ANCT', url: 'https://example.org/designer', contact: 'rh@anct.fr' }),
  note: 'Relancer Léa', contact: 'Léa Martin', stage: 'interview', savedAt: at(10, 28), updatedAt: at(11, 20),
  stageHistory: [{ stage: 'saved', at: at(10, 28) }, { stage: 'applied', at: at(11, 2), on: at(10, 31, 23) }, { stage: 'interview', at: at(11, 20) }],
};
const ANALYST: FavoriteRecord = {
  offerId: 'src:analyst.md', snapshot: sampleOffer({ id: 'src:analyst.md', title: '=Data analyst', organization: 'DINUM', url: 'https://example.org/analyst', contact: undefined }),
  note: '', stage: 'rejected', savedAt: at(11, 1, 0), updatedAt: at(12, 1, 0),
  stageHistory: [{ stage: 'saved', at: at(11, 1, 0) }, { stage: 'applied', at: at(11, 30, 23) }, { stage: 'rejected', at: at(12, 1, 0) }],
};

describe('the job-search journal of a period', () => {
  it('lists the steps dated within it, the first and last days whole, oldest first, by the date the seeker gave', () => {
    const steps = journalSteps([DESIGNER, ANALYST], { from: '2026-11-01', to: '2026-11-30' });
    expect(steps.map((step) => [step.position, step.stage, new Date(step.on).getDate()])).toEqual([
      ['=Data analyst', 'saved', 1],
      ['Designer UX', 'interview', 20],
      ['=Data analyst', 'applied', 30],
    ]);
  });

  it('says how to reach the offer again (the contact written, else the posting’s, and its page), the note on the offer’s last step of the period', () => {
    const [applied, interview] = journalSteps([DESIGNER], { from: '2026-10-30', to: '2026-11-30' }).filter((step) => step.stage !== 'saved');
    expect(applied).toMatchObject({ stage: 'applied', employer: 'ANCT', how: 'Léa Martin · https://example.org/designer', note: '' });
    expect(interview).toMatchObject({ stage: 'interview', note: 'Relancer Léa' });
    expect(journalSteps([{ ...DESIGNER, contact: undefined }], { from: '2026-11-01', to: '2026-11-30' })[0]?.how).toBe('rh@anct.fr · https://example.org/designer');
  });

  it('is empty for a period that ends before it starts or a day that does not exist', () => {
    expect(periodBounds({ from: '2026-11-30', to: '2026-11-01' })).toBeUndefined();
    expect(journalSteps([DESIGNER], { from: '2026-02-30', to: '2026-11-30' })).toEqual([]);
  });

  it('defaults to the calendar month before today’s', () => {
    expect(lastMonth(new Date(2026, 11, 6))).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(lastMonth(new Date(2026, 0, 15))).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(lastMonth(new Date(2028, 2, 31))).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(thisMonth(new Date(2026, 11, 6))).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(thisMonth(new Date(2028, 1, 29))).toEqual({ from: '2028-02-01', to: '2028-02-29' });
  });

  it('writes a CSV with the UI’s words, local dates and the spreadsheet’s separator, formulas guarded', () => {
    const labels: JournalLabels = {
      columns: { date: 'Date', employer: 'Employeur', position: 'Poste', step: 'Démarche', how: 'Comment', note: 'Note' },
      stage: (stage) => ({ saved: 'Sauvegardée', applied: 'Candidature envoyée', interview: 'Entretien', offer: 'Offre reçue', rejected: 'Refus' })[stage],
      day: (time) => { const day = new Date(time); return `${String(day.getDate()).padStart(2, '0')}/${String(day.getMonth() + 1).padStart(2, '0')}/${day.getFullYear()}`; },
    };
    const steps = journalSteps([ANALYST], { from: '2026-11-01', to: '2026-11-30' });
    expect(journalToCsv(steps, labels, ';')).toBe(
      'Date;Employeur;Poste;Démarche;Comment;Note\r\n' +
      "01/11/2026;DINUM;'=Data analyst;Sauvegardée;https://example.org/analyst;\r\n" +
      "30/11/2026;DINUM;'=Data analyst;Candidature envoyée;https://example.org/analyst;\r\n",
    );
  });
});
