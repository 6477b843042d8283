import { describe, expect, it } from 'vitest';
import { splitBody } from '../../lib/text/body-sections';

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

  it('sets apart the organization presented and why join it, in French and English, but not the context of the job', () => {
    const { job, aside } = splitBody(
      [
        '## La coopérative numérique multi', 'Nos chantiers vont de la datavisualisation au design UX/UI.',
        '## Contexte', 'Le service est écrit en Django.',
        '## About Working at Pear Deck', 'We use machine learning.',
        '## Why join the CDS Policy team?', 'You’ll learn about service design.',
        '## What you’ll need', 'Python.',
      ].join('\n'),
    );
    expect(aside).toContain('datavisualisation');
    expect(aside).toContain('machine learning');
    expect(aside).toContain('service design');
    expect(job).toContain('Django');
    expect(job).toContain('Python.');
    expect(job).not.toContain('UX/UI');
  });
});
