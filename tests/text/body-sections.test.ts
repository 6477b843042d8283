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

  it('sets apart a context section that names the organization it presents, and a company presented by name', () => {
    const { job, aside } = splitBody(
      [
        '## Le Contexte: La Fabrique Numérique', 'Des applications basées sur Docker.',
        '## 🤓 Contexte : l’Atelier numérique', 'Un incubateur.',
        '## Contexte : un dispositif de déploiement', 'Le service est écrit en Django.',
        '## Contexte : Le projet', 'Une API en Rust.',
        '## La Start-up: DomiFa', 'Des tâches de gestion administrative.',
        '## La startup : le service', 'Une base PostgreSQL.',
        '**Contexte : La mission**', 'Des tests en Cypress.',
        '## About Skimlinks', 'We use Hadoop.',
        '## About the Role', 'Python.',
        '## About you', 'Curious.',
        '## About Skills', 'Terraform.',
        '**About Remote Work**', 'Slack.',
      ].join('\n'),
    );
    expect(aside).toContain('Docker');
    expect(aside).toContain('Un incubateur');
    expect(aside).toContain('Hadoop');
    expect(aside).toContain('gestion administrative');
    expect(job).toContain('PostgreSQL');
    expect(job).toContain('Django');
    expect(job).toContain('Python.');
    expect(job).toContain('Rust');
    expect(job).toContain('Cypress');
    expect(job).toContain('Curious.');
    expect(job).toContain('Terraform');
    expect(job).toContain('Slack');
  });

  it('answers the same for a heading seen again, short or longer than those remembered', () => {
    const long = `Qui sommes-nous ? ${'Une équipe de la fabrique numérique, '.repeat(8)}`;
    for (const heading of ['Qui sommes-nous ?', long, 'Missions']) {
      const body = `## ${heading}\nUn texte.\n## Profil\nDjango.`;
      const first = splitBody(body);
      expect(splitBody(body)).toEqual(first);
      expect(first.aside.includes('Un texte.')).toBe(heading !== 'Missions');
    }
  });

  it('reads a heading in HTML as a heading', () => {
    const html = ['<p><strong>Skills &amp; Requirements:</strong></p>', '<ul><li>Python</li></ul>', '<p><strong>About Doximity:</strong></p>', '<p>We use Java.</p>', '<h2>How to apply</h2>', '<p>Write to us.</p>', '<h1>Perks</h1>', '<p>Rust.</p>'];
    const { job, aside } = splitBody(html.join('\n'));
    expect(aside).toContain('Java');
    expect(aside).toContain('Write to us');
    expect(job).toContain('Python');
    expect(job).toContain('Rust');
  });

  it('reads a bold line followed by a colon as a heading, and an address only with a domain after its @', () => {
    const { job, aside } = splitBody(['**Candidature** :', 'Envoyez votre CV.', '**Missions**', 'Coder.', 'Suivez @vigie sur Mastodon.', 'Écrivez à a@b.fr'].join('\n'));
    expect(aside).toContain('Envoyez votre CV.');
    expect(aside).toContain('a@b.fr');
    expect(job).toContain('Coder.');
    expect(job).toContain('@vigie');
  });

  // At 200,000 characters a pattern quadratic in the line's length runs for minutes, past the test's timeout.
  const LONG = 200_000;
  it.each([
    ['a heading of wide spaces before a line separator', `#${'\u2003'.repeat(LONG)}x\u2028x`],
    ['a bold line followed by spaces and a word', `**ab**${' '.repeat(LONG)}x`],
    ['letters then an @ with no domain', `${'a'.repeat(LONG)}@`],
  ])('reads %s', (_case, line) => {
    const { job, aside } = splitBody(`${line}\nDévelopper l’API.`);
    expect(job).toContain('Développer l’API.');
    expect(aside).toBe('');
  });
});
