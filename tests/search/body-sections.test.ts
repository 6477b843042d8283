import { describe, expect, it } from 'vitest';
import { splitBody } from '../../lib/search/body-sections';

describe('splitBody', () => {
  it('sets apart who posts and how to apply, section by section', () => {
    const { job, aside } = splitBody(
      [
        '## 👋 Qui sommes-nous ?', 'Une startup d’État.', '### L’équipe', '- Fabien : Data scientist',
        '## Missions', 'Développer l’API.', '# À propos de toi', 'Tu aimes Django.',
        '**Candidater**', 'Écris à jobs@example.org', '## Modalités', 'Télétravail.', 'Contact : rh@example.org',
      ].join('\n'),
    );
    expect(aside).toContain('startup');
    expect(aside).toContain('Data scientist');
    expect(aside).toContain('jobs@example.org');
    expect(aside).toContain('rh@example.org');
    expect(job).toContain('Développer l’API.');
    expect(job).toContain('Tu aimes Django.');
    expect(job).toContain('Télétravail');
    expect(job).not.toContain('Fabien');
  });

  it('leaves a body without such sections whole', () => {
    expect(splitBody('## Le poste\nDesigner UX.')).toEqual({ job: '## Le poste\nDesigner UX.', aside: '' });
  });
});
