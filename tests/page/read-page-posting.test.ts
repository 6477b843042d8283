// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isJobPosting } from '../../lib/page/job-posting';
import { readPagePosting, readPageUrl } from '../../lib/page/read-page-posting';

describe('readPagePosting', () => {
  it('reads a page without JSON-LD as a posting: title, site, text', () => {
    document.head.innerHTML = '<title>Offre 42 — Site</title><meta property="og:site_name" content="Emplois Exemple">';
    document.body.innerHTML = '<h1>Développeur Python</h1><p>Django et Docker.</p><script>var x = 1;</script>';
    const posting = readPagePosting(document);
    expect(posting).toEqual({
      title: 'Développeur Python',
      organization: 'Emplois Exemple',
      employmentTypes: [],
      telecommute: false,
      description: 'Développeur Python\n\nDjango et Docker.',
      skills: [],
    });
    expect(isJobPosting(posting)).toBe(true);
  });

  it('prefers the Open Graph title, then the heading, then the document title', () => {
    document.head.innerHTML = '<title>Titre du document</title><meta property="og:title" content="Titre OG">';
    document.body.innerHTML = '<h1>Titre</h1>';
    expect(readPagePosting(document).title).toBe('Titre OG');
    document.head.innerHTML = '<title>Titre du document</title>';
    document.body.innerHTML = '<p>Rien</p>';
    expect(readPagePosting(document).title).toBe('Titre du document');
  });
});

describe('readPageUrl', () => {
  it('takes the canonical link of the same origin only', () => {
    const here = document.location.href;
    document.head.innerHTML = `<link rel="canonical" href="${new URL('/offres/42', here)}">`;
    expect(readPageUrl(document)).toBe(new URL('/offres/42', here).toString());
    document.head.innerHTML = '<link rel="canonical" href="https://elsewhere.example/offres/42">';
    expect(readPageUrl(document)).toBe(here);
  });
});
