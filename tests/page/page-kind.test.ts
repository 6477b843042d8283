import { describe, expect, it } from 'vitest';
import { pageKind, postingsOnPage } from '../../lib/page/page-kind';

describe('pageKind', () => {
  it.each([
    { declared: 0, known: 0, kind: 'none' },
    { declared: 1, known: 0, kind: 'posting' },
    { declared: 0, known: 1, kind: 'posting' },
    // A followed posting's page that also declares it.
    { declared: 1, known: 1, kind: 'posting' },
    // A job board's list declares each of its postings.
    { declared: 12, known: 0, kind: 'list' },
    // A careers page several followed postings link to.
    { declared: 0, known: 3, kind: 'list' },
    // A followed source links to a page that lists several postings.
    { declared: 4, known: 1, kind: 'list' },
  ] as const)('$declared declared, $known known: $kind', ({ declared, known, kind }) => {
    expect(pageKind({ declared, known })).toBe(kind);
  });

  it('counts a list’s postings by the larger of what it declares and what links to it', () => {
    expect(postingsOnPage({ declared: 12, known: 0 })).toBe(12);
    expect(postingsOnPage({ declared: 2, known: 5 })).toBe(5);
  });
});
