import { describe, expect, it } from 'vitest';
import { readLabeledFields } from '../../lib/postings/read-labeled-fields';
import { toAnalysisText } from '../../lib/postings/markdown-to-text';

describe('readLabeledFields', () => {
  it('reads labeled lines, in list items, bold or not', () => {
    const body = toAnalysisText(
      '- **Type de contrat** : CDI\n- **Date de début** : janvier 2022\n- Localisation : Paris 12°.\n* **Statut** — Prestataire, c’est-à-dire…\nDébut: 1er juillet 2021',
    );
    expect(readLabeledFields(body)).toEqual({
      contract: ['CDI', 'Prestataire, c’est-à-dire…'],
      startsAt: ['janvier 2022', '1er juillet 2021'],
      location: ['Paris 12°.'],
    });
  });

  it('reads a heading followed by its paragraph', () => {
    const body = toAnalysisText('## Rémunération\nEntre 550 et 650 euros / jour.\n\n## Date de début\n\nLe plus vite possible.');
    expect(readLabeledFields(body)).toEqual({ salary: ['Entre 550 et 650 euros / jour.'], startsAt: ['Le plus vite possible.'] });
  });

  it('ignores labels inside sentences', () => {
    expect(readLabeledFields('Le lieu de travail est agréable.\nType de missions : variées')).toEqual({});
  });
});
