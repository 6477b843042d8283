import { describe, expect, it } from 'vitest';
import { announcedPage, offerIdFromHash, searchIdFromHash } from '../../lib/notify/announced-page';

const offers = (...ids: string[]) => ids.map((offerId) => ({ offerId, title: offerId }));

describe('the page a notification opens', () => {
  it('opens one offer by its id, escaped, and the new offers when several opened', () => {
    expect(announcedPage({ offers: offers('3f2a:jobs/dev #1.md') })).toBe('/popup.html#offer=3f2a%3Ajobs%2Fdev%20%231.md');
    expect(announcedPage({ offers: offers('a:1.md', 'a:2.md') })).toBe('/popup.html#new');
  });

  it('opens the saved search when the notification announces the new matches of one search', () => {
    const one = [{ searchId: 'search-1 b', name: 'Dev', offerIds: ['a:1.md', 'a:2.md'] }];
    expect(announcedPage({ offers: offers('a:1.md', 'a:2.md'), groups: one })).toBe('/popup.html#search=search-1%20b');
    expect(announcedPage({ offers: offers('a:1.md'), groups: one })).toBe('/popup.html#offer=a%3A1.md');
    const two = [...one, { searchId: 'search-2', name: 'Design', offerIds: ['a:3.md'] }];
    expect(announcedPage({ offers: offers('a:1.md', 'a:2.md', 'a:3.md'), groups: two })).toBe('/popup.html#new');
  });

  it('is read back by the popup', () => {
    expect(offerIdFromHash('#offer=3f2a%3Ajobs%2Fdev%20%231.md')).toBe('3f2a:jobs/dev #1.md');
    expect(searchIdFromHash('#search=search-1%20b')).toBe('search-1 b');
    expect(offerIdFromHash('#search=search-1')).toBeUndefined();
    expect(offerIdFromHash('#new')).toBeUndefined();
    expect(offerIdFromHash('#offer=')).toBeUndefined();
    expect(offerIdFromHash('#offer=%E0%A4%A')).toBeUndefined();
    expect(offerIdFromHash('')).toBeUndefined();
  });
});
