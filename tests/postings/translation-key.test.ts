import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePosting } from '../../lib/postings';
import { SHARED_DIR } from '../support/fixtures';

const CDS = join(SHARED_DIR, 'fixtures/cds-snc+digital-canada-ca-jobs');

describe('translation twins', () => {
  it('gives the English and French versions of a posting the same translationKey, each in its own offer', () => {
    const english = readFileSync(join(CDS, 'en-senior-design-researcher.md'), 'utf8');
    // The French twin as the publisher writes it: another file, the same key.
    const french = `---\ntitle: Chercheur principal ou chercheuse principale en design\narchived: true\ntranslationKey: senior-design-researcher\n---\n\nLe Service numérique canadien recrute.\n`;
    const en = parsePosting(english, { path: 'en-senior-design-researcher.md', sourceId: 'cds' });
    const fr = parsePosting(french, { path: 'fr-chercheur-principal.md', sourceId: 'cds' });
    expect(en.translationKey).toBe('senior-design-researcher');
    expect(fr.translationKey).toBe(en.translationKey);
    expect(fr.id).not.toBe(en.id);
  });

  it('leaves it out when the posting has none', () => {
    expect(parsePosting('---\ntitle: Dev\n---\n\nTexte.\n', { path: 'a.md' }).translationKey).toBeUndefined();
  });
});
