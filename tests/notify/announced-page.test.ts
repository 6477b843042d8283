import { describe, expect, it } from 'vitest';
import { announcedPage, offerIdFromHash } from '../../lib/notify/announced-page';

describe('the page a notification opens', () => {
  it('opens one offer by its id, escaped, and the new offers when several opened', () => {
    expect(announcedPage(['3f2a:jobs/dev #1.md'])).toBe('/popup.html#offer=3f2a%3Ajobs%2Fdev%20%231.md');
    expect(announcedPage(['a:1.md', 'a:2.md'])).toBe('/popup.html#new');
  });

  it('is read back by the popup', () => {
    expect(offerIdFromHash('#offer=3f2a%3Ajobs%2Fdev%20%231.md')).toBe('3f2a:jobs/dev #1.md');
    expect(offerIdFromHash('#new')).toBeUndefined();
    expect(offerIdFromHash('#offer=')).toBeUndefined();
    expect(offerIdFromHash('')).toBeUndefined();
  });
});
