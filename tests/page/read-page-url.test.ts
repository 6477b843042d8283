// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readPageUrl } from '../../lib/page/read-page-url';

describe('readPageUrl', () => {
  it('takes the canonical link of the same origin only', () => {
    const here = document.location.href;
    document.head.innerHTML = `<link rel="canonical" href="${new URL('/offres/42', here)}">`;
    expect(readPageUrl(document)).toBe(new URL('/offres/42', here).toString());
    document.head.innerHTML = '<link rel="canonical" href="https://elsewhere.example/offres/42">';
    expect(readPageUrl(document)).toBe(here);
  });
});
