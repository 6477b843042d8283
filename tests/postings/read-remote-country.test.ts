import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toAnalysisText } from '../../lib/postings/markdown-to-text';
import { readFrontMatter } from '../../lib/postings/read-front-matter';
import { readRemoteCountries } from '../../lib/postings/read-remote-country';

const FIXTURES = fileURLToPath(new URL('../../../shared/fixtures/', import.meta.url));

function plainBodyOf(file: string): string {
  return toAnalysisText(readFrontMatter(readFileSync(`${FIXTURES}${file}`, 'utf8'), file).body);
}

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
    // The sentence about the job decides, wherever the users are.
    [[], 'Des usagers partout en France. Le poste est en télétravail complet, partout en France.', ['FR']],
  ])('%j, %j: %j', (locations, text, countries) => {
    expect(readRemoteCountries(locations, text)).toEqual(countries);
  });

  it.each([
    [['Remote'], 'Work from anywhere in the world.'],
    [[], 'Tell us about you: remote us a line.'],
    [['Remote'], 'Our customers are anywhere in usual places.'],
    [['Anywhere'], ''],
    // Where the users or the travels are, not where the job is done.
    [['Remote'], 'Notre service est utilisé par des usagers partout en France.'],
    [[], 'Télétravail complet. Vous devrez ponctuellement vous déplacer partout en France pour animer des réunions.'],
    [['Remote'], 'Our customers are anywhere in the U.S. and love the product.'],
  ])('%j, %j: no country', (locations, text) => {
    expect(readRemoteCountries(locations, text)).toEqual([]);
  });

  it('reads the country in the sentence about where a real job is done, not where its travels go', () => {
    // Aidants Connect's product owner travels "partout en France": were the job fully remote, no country limits it.
    expect(readRemoteCountries(['Remote'], plainBodyOf('incubateur-territoires+incubateur.anct.gouv.fr-jobs/2020-10-13-aidants-connect-po.md'))).toEqual([]);
    expect(readRemoteCountries(['Remote'], plainBodyOf('cds-snc+digital-canada-ca-jobs/en-senior-content-designer--a3772e8b-c531-4177-9227-1b1b0790243a.md'))).toEqual(['CA']);
    expect(readRemoteCountries(['Remote'], plainBodyOf('techcorridorio+jobs.techcorridor.io-jobs/doximity_theresumator_com_apply_jobs_details_iOVTAbFHpM.md'))).toEqual(['US', 'CA']);
  });
});
