import { describe, expect, it } from 'vitest';
import { sampleOffer } from '../db/sample-offer';
import type { PostingLabel } from './posting-labels';
import { comparable, comparableTitle, isAccepted, scorePosting, skillsQuality } from './score-postings';

const label: PostingLabel = {
  file: 'beta.gouv.fr-jobs/example.md',
  title: ['Développeur·se fullstack', 'Développeuse fullstack'],
  organization: 'data.gouv.fr',
  status: 'open',
  contract: ['freelance', 'CDD'],
  remote: 'partial',
  location: ['Paris', null],
  deadline: '2026-12-31',
  language: 'fr',
  skills: ['Python', 'Vue.js', 'Flask'],
};

function score(offer: ReturnType<typeof sampleOffer> | { error: string }) {
  const result = scorePosting({ label, publisher: 'beta.gouv.fr-jobs', group: 'beta.gouv.fr', offer });
  return { ...result, right: Object.fromEntries(result.fields.map((field) => [field.field, field.right])) };
}

describe('comparable forms', () => {
  it.each([
    ['Aidants Connect', 'aidantsconnect'],
    ['  TRACKDÉCHETS ', 'Trackdéchets'],
    ["Le marché de l'inclusion", 'Le Marche de l’Inclusion'],
    ['Vue.js', 'VueJS'],
  ])('%s reads as %s', (a, b) => {
    expect(comparable(a)).toBe(comparable(b));
  });

  it('tells different words apart', () => {
    expect(comparable('Paris')).not.toBe(comparable('Marseille'));
  });

  it('ignores a leading article in titles only', () => {
    expect(comparableTitle('Un·e développeur·se')).toBe(comparableTitle('Développeur·se'));
    expect(comparableTitle('Une ou un chargé·e de déploiement')).toBe(comparableTitle('Chargé·e de déploiement'));
    expect(comparableTitle('A Python Developer')).toBe(comparableTitle('Python developer'));
    expect(comparable('Un·e développeur·se')).not.toBe(comparable('Développeur·se'));
  });
});

describe('isAccepted', () => {
  it('accepts any of the alternatives, and null only for null', () => {
    expect(isAccepted(['Paris', null], 'paris')).toBe(true);
    expect(isAccepted(['Paris', null], null)).toBe(true);
    expect(isAccepted('Paris', null)).toBe(false);
    expect(isAccepted(null, 'Paris')).toBe(false);
    expect(isAccepted(['Ottawa', 'Toronto'], 'Paris')).toBe(false);
  });
});

describe('scorePosting', () => {
  it('scores each field against its alternatives', () => {
    const { right } = score(sampleOffer({ title: 'Un·e développeuse fullstack', contract: 'CDD', location: undefined, remote: 'full' }));
    expect(right).toMatchObject({ title: true, organization: true, status: true, contract: true, location: true, remote: false });
  });

  it('reads deadline and language when the offer has them, and counts them wrong when it has not', () => {
    expect(score(sampleOffer()).right).toMatchObject({ deadline: false, language: false });
    const withNewFields = Object.assign(sampleOffer(), { deadline: '2026-12-31T23:59:00Z', language: 'fr' });
    expect(score(withNewFields).right).toMatchObject({ deadline: true, language: true });
  });

  it('counts skills found, extra and missed by their canonical names', () => {
    const result = score(sampleOffer({ skills: ['Python', 'Vue.js', 'Autonomie'] }));
    expect(result.skills).toEqual({ found: 2, extra: 1, missed: 1 });
    expect(result.missedSkills).toEqual(['Flask']);
    expect(result.extraSkills).toEqual(['Autonomie']);
  });

  it('gets every field wrong and no skill when the file was not read', () => {
    const result = score({ error: 'empty' });
    expect(Object.values(result.right).every((right) => right === false)).toBe(true);
    expect(result.skills).toEqual({ found: 0, extra: 0, missed: 3 });
    expect(result.fields[0]!.got).toContain('not read');
  });
});

describe('skillsQuality', () => {
  it('micro-averages over postings', () => {
    const quality = skillsQuality([
      { found: 3, extra: 1, missed: 0 },
      { found: 1, extra: 3, missed: 4 },
    ]);
    expect(quality.precision).toBeCloseTo(4 / 8);
    expect(quality.recall).toBeCloseTo(4 / 8);
    expect(quality.f1).toBeCloseTo(0.5);
  });

  it('counts a posting with no skill read and none expected as perfect', () => {
    expect(skillsQuality([{ found: 0, extra: 0, missed: 0 }])).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
});
