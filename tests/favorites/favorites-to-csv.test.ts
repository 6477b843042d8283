import { describe, expect, it } from 'vitest';
import type { FavoriteRecord } from '../../lib/db/records';
import { favoritesToCsv, type CsvLabels } from '../../lib/favorites/favorites-to-csv';
import { sampleOffer } from '../db/sample-offer';

const LABELS: CsvLabels = {
  columns: {
    title: 'Intitulé', organization: 'Employeur', location: 'Lieu', contract: 'Contrat', status: 'Statut',
    stage: 'Étape', savedAt: 'Sauvegardée le', stageChangedAt: 'Étape changée le', note: 'Note', url: 'Lien',
  },
  contract: (contract) => ({ freelance: 'Indépendant', CDI: 'CDI' })[contract as 'freelance' | 'CDI'] ?? '',
  status: (status) => ({ open: 'ouverte', closed: 'fermée', unknown: 'statut inconnu' })[status],
  stage: (stage) => ({ saved: 'Sauvegardée', applied: 'Candidature envoyée', interview: 'Entretien', offer: 'Proposition', rejected: 'Refusée' })[stage],
  day: (time) => `jour ${time}`,
};

const favorite = (overrides: Partial<FavoriteRecord>, offer: Parameters<typeof sampleOffer>[0] = {}): FavoriteRecord => ({
  offerId: 's:a.md', snapshot: sampleOffer(offer), note: '', stage: 'saved', stageHistory: [{ stage: 'saved', at: 1 }], savedAt: 1, updatedAt: 1, ...overrides,
});

describe('favoritesToCsv', () => {
  it('writes headers and values as the labels say, never internal codes', () => {
    const csv = favoritesToCsv([
      favorite({ stage: 'applied', stageHistory: [{ stage: 'saved', at: 1 }, { stage: 'applied', at: 5 }], note: 'Relancer lundi' }, { status: 'closed', url: 'https://example.org/a' }),
    ], LABELS);
    expect(csv).toBe(
      'Intitulé,Employeur,Lieu,Contrat,Statut,Étape,Sauvegardée le,Étape changée le,Note,Lien\r\n' +
      'Développeuse ou développeur fullstack,data.gouv.fr,Paris,Indépendant,fermée,Candidature envoyée,jour 1,jour 5,Relancer lundi,https://example.org/a\r\n',
    );
  });

  it('leaves the contract empty when unknown, and dates the stage by the saving when it never changed', () => {
    const csv = favoritesToCsv([favorite({ savedAt: 7, stageHistory: [] }, { contract: 'unknown', organization: undefined, location: undefined })], LABELS);
    expect(csv.split('\r\n')[1]).toBe('Développeuse ou développeur fullstack,,,,ouverte,Sauvegardée,jour 7,jour 7,,');
  });

  it('keeps formulas from running and quotes commas, quotes and line breaks', () => {
    const csv = favoritesToCsv([favorite({ note: 'Appeler, puis\r\nécrire "vite"' }, { title: '=HYPERLINK("http://evil")', organization: '+33 1 23', location: '@Paris', contract: 'CDI' })], LABELS);
    expect(csv.split('\r\n').slice(1).join('\r\n')).toBe(
      `"'=HYPERLINK(""http://evil"")",'+33 1 23,'@Paris,CDI,ouverte,Sauvegardée,jour 1,jour 1,"Appeler, puis\r\nécrire ""vite""",\r\n`,
    );
  });
});
