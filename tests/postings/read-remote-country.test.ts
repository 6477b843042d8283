import { describe, expect, it } from 'vitest';
import { readRemoteCountry } from '../../lib/postings/read-remote-country';

describe('readRemoteCountry', () => {
  it.each([
    [['Anywhere in the U.S. (remote)'], '', 'US'],
    [['Remote, Canada'], '', 'CA'],
    [['Remote (US)'], '', 'US'],
    [['Remote, UK-only'], '', 'GB'],
    [['Télétravail – France'], '', 'FR'],
    [['Remote'], 'Our team is distributed. This role can be performed from anywhere in Canada.', 'CA'],
    [[], 'Poste en télétravail, depuis n’importe où en France.', 'FR'],
    [[], 'You can work from anywhere within the United States.', 'US'],
  ])('%j, %j: %s', (locations, text, country) => {
    expect(readRemoteCountry(locations, text)).toBe(country);
  });

  it.each([
    [['Remote'], 'Work from anywhere in the world.'],
    [[], 'Tell us about you: remote us a line.'],
    [['Remote'], 'Our customers are anywhere in usual places.'],
    [['Anywhere'], ''],
    [['Remote'], 'This job is open to applicants residing anywhere within the United States and Canada.'],
    [['Remote, US or Canada'], ''],
  ])('%j, %j: no country', (locations, text) => {
    expect(readRemoteCountry(locations, text)).toBeUndefined();
  });
});
