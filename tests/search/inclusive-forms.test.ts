import { describe, expect, it } from 'vitest';
import { inclusiveForms } from '../../lib/search/inclusive-forms';
import { tokenize } from '../../lib/search/tokenize';

describe('inclusiveForms', () => {
  it.each([
    ['développeur·euse', ['developpeuse']],
    ['développeur·euse·s', ['developpeuse']],
    ['développeur·se', ['developpeuse']],
    ['développeu·r·se', ['developpeur', 'developpeuse']],
    ['directeur·rice', ['directrice']],
    ['directeur·rices', ['directrice']],
    ['opérateur‧ice', ['operatrice']],
    ['sportif·ve', ['sportive']],
    ['chargé·e', []],
    ['data.gouv.fr', []],
    ['spotify.se', []],
  ])('%s', (compound, forms) => {
    expect(inclusiveForms(compound.normalize('NFD').replace(/\p{M}/gu, '').split(/[·‧.]/))).toEqual(forms);
  });

  it('is applied when indexing', () => {
    expect(tokenize('Développeur·euse')).toContain('developpeuse');
  });
});
