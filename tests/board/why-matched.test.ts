import { describe, expect, it } from 'vitest';
import type { OfferSummary } from '../../lib/db/records';
import { explainMatch, markMatches, textSnippet } from '../../lib/board/why-matched';
import { REMOTE_ANYWHERE_TERM } from '../../lib/search/city-words';

const summary = (fields: Partial<OfferSummary>): OfferSummary =>
  ({ id: 'o', sourceId: 's', title: '', status: 'open', contract: 'unknown', remote: 'unknown', skills: [], firstSeenAt: 0, ...fields }) as OfferSummary;

describe('why a result matched', () => {
  it('marks the matched words of a title, accents, case and inclusive writing aside', () => {
    expect(markMatches('Un·e Développeur·euse Python', new Set(['developpeuse', 'python']))).toEqual([
      { text: 'Un·e ', matched: false },
      { text: 'Développeur·euse', matched: true },
      { text: ' ', matched: false },
      { text: 'Python', matched: true },
    ]);
  });

  it('names the fields holding the other words, and the words found only in the text', () => {
    const why = explainMatch(summary({ title: 'Développeur', skills: ['Kubernetes', 'Docker'], location: 'Lyon' }), ['developpeur', 'kubernetes', 'lyon', 'devops']);
    expect(why?.fields.map((field) => field.field)).toEqual(['skills', 'location']);
    expect(why?.fields[0]!.segments).toEqual([{ text: 'Kubernetes', matched: true }]);
    expect(why?.textTerms).toEqual(['devops']);
  });

  it('names the tags holding a word: a result found by a tag alone says why', () => {
    const why = explainMatch(summary({ title: 'Directrice / Directeur technique', tags: ['dev', 'CTO'] }), ['dev', 'ops'], 'Git, ops & intégration continue.');
    expect(why?.fields).toEqual([{ field: 'tags', segments: [{ text: 'dev', matched: true }] }]);
    expect(why?.textTerms).toEqual(['ops']);
    expect(why?.text?.filter((segment) => segment.matched).map((segment) => segment.text)).toEqual(['ops']);
  });

  it('marks a pair the index keeps word by word in the title, and looks for it in the text only when the title lacks a word of it', () => {
    const why = explainMatch(summary({ title: 'Business Développeur.se et Customer Success' }), ['business developpeur']);
    expect(why?.title.filter((segment) => segment.matched).map((segment) => segment.text)).toEqual(['Business', 'Développeur.se']);
    expect(why?.textTerms).toEqual([]);
    expect(explainMatch(summary({ title: 'Business Analyst' }), ['business developpeur'])?.textTerms).toEqual(['business developpeur']);
  });

  it('says a fully remote job answered a city, and looks for nothing in its text: it names no city to show', () => {
    const body = '## Missions\n\nDéveloppement en télétravail complet.\n';
    const why = explainMatch(summary({ title: 'Développeur' }), ['developpeur', REMOTE_ANYWHERE_TERM], body);
    expect(why?.textTerms).toEqual([]);
    expect(why?.text).toBeUndefined();
    expect(why?.remoteForCity).toBe(true);
    expect(explainMatch(summary({ title: 'Développeur' }), ['developpeur'])?.remoteForCity).toBeUndefined();
  });

  it('shows the words found only in the text as the posting writes them, in a snippet of it, marked', () => {
    const body = '## Missions\n\nVous rejoindrez les **Développeurs** de l’équipe, en télétravail.\n';
    const why = explainMatch(summary({ title: 'Chef de projet' }), ['developpeurs', 'teletravail'], body);
    expect(why?.text).toEqual([
      { text: 'Vous rejoindrez les ', matched: false },
      { text: 'Développeurs', matched: true },
      { text: ' de l’équipe, en ', matched: false },
      { text: 'télétravail', matched: true },
      { text: '.', matched: false },
    ]);
    // Never the folded index terms.
    expect(JSON.stringify(why?.text)).not.toMatch(/developpeurs|teletravail/);
  });

  it('cuts a long line around its first marked word, at word bounds', () => {
    const before = 'Notre service public numérique accompagne chaque année des milliers de personnes partout en France et';
    const after = 'travaillent avec les usagers, les agents et les partenaires pour améliorer le service rendu au quotidien.';
    const snippet = textSnippet(`${before} nos développeuses ${after}`, ['developpeuses'])!;
    const text = snippet.map((segment) => segment.text).join('');
    expect(snippet.filter((segment) => segment.matched)).toEqual([{ text: 'développeuses', matched: true }]);
    expect(text.length).toBeLessThanOrEqual(112);
    expect(text).toMatch(/^… ?\S/);
    expect(text).toMatch(/\S…$/);
    for (const word of text.replace(/…/g, '').trim().split(' ')) expect(`${before} nos développeuses ${after}`.split(' ')).toContain(word);
  });

  it('prefers the job to the aside, finds inclusive writing and the phrases the index keeps', () => {
    const body = 'Un·e développeur·euse Python.\n\n## L’équipe\n\nLéa, business developer.\n';
    expect(textSnippet(body, ['developpeuse'])?.find((segment) => segment.matched)?.text).toBe('développeur·euse');
    expect(textSnippet(body, ['business developer'])?.filter((segment) => segment.matched).map((segment) => segment.text)).toEqual(['business', 'developer']);
    expect(textSnippet(body, ['kubernetes'])).toBeUndefined();
  });

  it('finds a compound the index keeps joined in a text that writes it with a hyphen', () => {
    const body = 'Nous recherchons un profil front.\n\n- Connaissance des technologies du produit back-end (voir Stack) ;\n';
    expect(textSnippet(body, ['backend'])?.filter((segment) => segment.matched).map((segment) => segment.text)).toEqual(['back-end']);
  });

  it('keeps markup in a title as text: segments are only ever text', () => {
    const [first] = markMatches('<img src=x onerror=alert(1)> Designer', new Set(['designer']));
    expect(first).toEqual({ text: '<img src=x onerror=alert(1)> ', matched: false });
  });

  it('explains nothing for the empty query', () => {
    expect(explainMatch(summary({ title: 'Designer' }), [])).toBeUndefined();
  });
});
