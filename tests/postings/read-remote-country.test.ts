import { describe, expect, it } from 'vitest';
import { readRemoteCountries } from '../../lib/postings/read-remote-country';

describe('readRemoteCountries', () => {
  it.each([
    [['Anywhere in the U.S. (remote)'], '', ['US']],
    [['Remote, Canada'], '', ['CA']],
    [['Remote (US)'], '', ['US']],
    [['Remote, UK-only'], '', ['GB']],
    [['Télétravail – France'], '', ['FR']],
    [['Remote'], 'Our team is distributed. This role can be performed from anywhere in Canada.', ['CA']],
    [[], 'Poste en télétravail, depuis n’importe où en France.', ['FR']],
    [[], 'You can work from anywhere within the United States.', ['US']],
    // Several countries: each of them, never none (which would answer every city, Paris for a North American job).
    [['Remote'], 'This job is open to applicants residing anywhere within the United States and Canada.', ['US', 'CA']],
    [['Remote, US or Canada'], '', ['US', 'CA']],
    [[], 'Télétravail possible partout en France, en Belgique et en Suisse.', ['FR', 'BE', 'CH']],
    [[], 'Work from anywhere in the UK, and join our quarterly meetups.', ['GB']],
  ])('%j, %j: %j', (locations, text, countries) => {
    expect(readRemoteCountries(locations, text)).toEqual(countries);
  });

  it.each([
    [['Remote'], 'Work from anywhere in the world.'],
    [[], 'Tell us about you: remote us a line.'],
    [['Remote'], 'Our customers are anywhere in usual places.'],
    [['Anywhere'], ''],
  ])('%j, %j: no country', (locations, text) => {
    expect(readRemoteCountries(locations, text)).toEqual([]);
  });
});
