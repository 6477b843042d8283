import { describe, expect, it } from 'vitest';
import type { OfferSummary } from '../../lib/db/records';
import { explainMatch, markMatches } from '../../lib/board/why-matched';

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
    expect(why?.inText).toEqual(['devops']);
  });

  it('keeps markup in a title as text: segments are only ever text', () => {
    const [first] = markMatches('<img src=x onerror=alert(1)> Designer', new Set(['designer']));
    expect(first).toEqual({ text: '<img src=x onerror=alert(1)> ', matched: false });
  });

  it('explains nothing for the empty query', () => {
    expect(explainMatch(summary({ title: 'Designer' }), [])).toBeUndefined();
  });
});
