import { describe, expect, it } from 'vitest';
import { csvLabels } from '../../components/csv-labels';
import type { FavoriteRecord } from '../../lib/db/records';
import { favoritesToCsv } from '../../lib/favorites/favorites-to-csv';
import { sampleOffer } from '../db/sample-offer';
import { translateFrom } from './translate';

// Saved at 22:30 UTC on 3 July 2022: already the 4th in Paris, still the 3rd in New York; applied on the 5th.
const SAVED = Date.UTC(2022, 6, 3, 22, 30);
const APPLIED = Date.UTC(2022, 6, 5, 9, 0);
const FAVORITE: FavoriteRecord = {
  offerId: 's:a.md', snapshot: sampleOffer({ status: 'closed' }), note: 'Relancer', stage: 'applied',
  stageHistory: [{ stage: 'saved', at: SAVED }, { stage: 'applied', at: APPLIED }], savedAt: SAVED, updatedAt: APPLIED,
};

describe('the CSV export in the UI language', () => {
  it('reads in French, with dates of the seeker’s calendar', () => {
    expect(favoritesToCsv([FAVORITE], csvLabels(translateFrom('fr'), 'Europe/Paris'))).toBe(
      'Intitulé,Employeur,Lieu,Contrat,Statut de l’offre,Étape,Sauvegardée le,Étape changée le,Note,Lien\r\n' +
      'Développeuse ou développeur fullstack,data.gouv.fr,Paris,Indépendant,fermée,Candidature envoyée,04/07/2022,05/07/2022,Relancer,\r\n',
    );
  });

  it('reads in English', () => {
    expect(favoritesToCsv([FAVORITE], csvLabels(translateFrom('en'), 'America/New_York'))).toBe(
      'Title,Employer,Location,Contract,Posting status,Stage,Saved on,Stage changed on,Note,Link\r\n' +
      'Développeuse ou développeur fullstack,data.gouv.fr,Paris,Freelance,closed,Applied,07/03/2022,07/05/2022,Relancer,\r\n',
    );
  });
});
