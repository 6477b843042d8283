import { describe, expect, it } from 'vitest';
import { summarize } from '../../lib/postings/summarize';

describe('summarize', () => {
  it.each([
    ['the text before <!--more-->', 'Premier **paragraphe**.\n\nSecond.\n<!--more-->\n\nSuite.', 'Premier paragraphe. Second.'],
    ['the first paragraph', '## Titre\n\nIci le [texte](https://x.fr) avec `code` et _italique_.\n\nSuite.', 'Ici le texte avec code et italique.'],
    ['HTML and entities', '<p class="readmore">\nVous avez envie ?\n<br><br>\n🦄 &nbsp; Nous &amp; vous&nbsp;!\n</p>', 'Vous avez envie ? 🦄 Nous & vous !'],
    ['past images and rules', '![logo](logo.png)\n\n---\n\n> Citation *utile*.', 'Citation utile.'],
    ['lists', '- un\n- deux', 'un deux'],
    ['an empty body', '', ''],
    ['a body of headings only', '# A\n\n## B', ''],
  ])('summarizes %s', (_case, body, summary) => {
    expect(summarize(body)).toBe(summary);
  });

  it('cuts at a word, under 300 characters', () => {
    const summary = summarize(`${'mot '.repeat(200)}fin`);
    expect(summary.length).toBeLessThanOrEqual(300);
    expect(summary).toMatch(/mot…$/);
  });

  it('keeps snake_case words and C#', () => {
    expect(summarize('Le champ post_date en C# et F#.')).toBe('Le champ post_date en C# et F#.');
  });
});
