import { describe, expect, it } from 'vitest';
import { canonicalPageUrl, pageOfferId } from '../../lib/page/canonical-page-url';
import type { JobPosting } from '../../lib/page/job-posting';
import { toPageOffer } from '../../lib/page/to-page-offer';

const posting: JobPosting = {
  title: 'Développeur·se backend',
  organization: 'Coopérative Exemple',
  location: 'Lyon, FR',
  employmentTypes: ['FULL_TIME'],
  telecommute: false,
  datePosted: '2024-03-01T09:00:00+01:00',
  validThrough: '2024-04-30',
  description: 'Un CDI à Lyon.\n\nVous travaillerez en Python et Django avec PostgreSQL. Télétravail partiel possible.',
  skills: ['Docker'],
};
const URL = 'https://jobs.example.org/offres/42';

describe('toPageOffer', () => {
  it('reads a page’s posting as an Offer', () => {
    const offer = toPageOffer(posting, URL, new Date('2024-03-10'));
    expect(offer).toMatchObject({
      id: pageOfferId(URL),
      sourceId: 'page',
      path: URL,
      url: URL,
      title: 'Développeur·se backend',
      organization: 'Coopérative Exemple',
      status: 'open',
      contract: 'CDI',
      remote: 'partial',
      location: 'Lyon, FR',
      postedAt: '2024-03-01',
      summary: 'Un CDI à Lyon.',
    });
    // "backend" in the title is the role's area, not a skill asked for.
    expect(offer).toMatchObject({ skills: ['Docker', 'Python', 'Django', 'PostgreSQL'], domains: ['Back-end'], softSkills: [] });
  });

  it('is closed once validThrough has passed', () => {
    expect(toPageOffer(posting, URL, new Date('2024-05-01')).status).toBe('closed');
  });

  it.each([
    [['CONTRACTOR'], 'freelance'],
    [['INTERN'], 'internship'],
    [['TEMPORARY'], 'CDD'],
    [['CDD'], 'CDD'],
  ] as const)('reads employmentType %j as %s', (employmentTypes, contract) => {
    expect(toPageOffer({ ...posting, employmentTypes: [...employmentTypes] }, URL).contract).toBe(contract);
  });

  it('reads TELECOMMUTE as remote: full without a place, partial with one', () => {
    expect(toPageOffer({ ...posting, telecommute: true, location: undefined }, URL).remote).toBe('full');
    expect(toPageOffer({ ...posting, telecommute: true }, URL).remote).toBe('partial');
  });
});

describe('canonicalPageUrl', () => {
  it.each([
    ['https://Jobs.Example.org/offres/42/#apply', 'https://jobs.example.org/offres/42'],
    ['https://jobs.example.org/offres/42?utm_source=x&id=3&fbclid=y', 'https://jobs.example.org/offres/42?id=3'],
    ['https://jobs.example.org/offres/42?utm_medium=mail', 'https://jobs.example.org/offres/42'],
    ['http://jobs.example.org:80/', 'http://jobs.example.org/'],
  ])('%s → %s', (input, canonical) => {
    expect(canonicalPageUrl(input)).toBe(canonical);
  });

  it('refuses what is not a web page', () => {
    expect(canonicalPageUrl('javascript:alert(1)')).toBeUndefined();
    expect(canonicalPageUrl('pas une adresse')).toBeUndefined();
  });

  it('gives one page one id', () => {
    expect(pageOfferId(canonicalPageUrl('https://a.org/x?utm_campaign=1')!)).toBe(pageOfferId(canonicalPageUrl('https://a.org/x/')!));
    expect(pageOfferId('https://a.org/x')).toMatch(/^page:[0-9a-f]{14}$/);
  });
});
