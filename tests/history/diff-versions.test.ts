import { describe, expect, it } from 'vitest';
import { diffFields, diffParagraphs } from '../../lib/history/diff-versions';
import { sampleOffer } from '../db/sample-offer';

const salary = (min: number, max: number, text = `${min / 1000}-${max / 1000}k€ brut annuel`) => ({ min, max, unit: 'year' as const, currency: 'EUR', text });

describe('diffFields', () => {
  it('finds nothing between a posting and itself', () => {
    expect(diffFields(sampleOffer(), sampleOffer())).toEqual([]);
  });

  it.each([
    ['status', { status: 'open' as const }, { status: 'closed' as const }, { field: 'status', before: 'open', after: 'closed' }],
    ['title', { title: 'Dév' }, { title: 'Dév senior' }, { field: 'title', before: 'Dév', after: 'Dév senior' }],
    ['contract', { contract: 'CDD' as const }, { contract: 'CDI' as const }, { field: 'contract', before: 'CDD', after: 'CDI' }],
    ['remote', { remote: 'none' as const }, { remote: 'full' as const }, { field: 'remote', before: 'none', after: 'full' }],
    ['location', { location: 'Paris' }, { location: undefined }, { field: 'location', before: 'Paris', after: undefined }],
    ['deadline set', { deadline: undefined }, { deadline: '2027-03-12' }, { field: 'deadline', before: undefined, after: '2027-03-12' }],
    ['salary figures', { salary: salary(45_000, 55_000) }, { salary: salary(50_000, 60_000) }, { field: 'salary', before: salary(45_000, 55_000), after: salary(50_000, 60_000) }],
  ])('tells a change of %s, old → new', (_name, before, after, change) => {
    expect(diffFields(sampleOffer(before), sampleOffer(after))).toEqual([change]);
  });

  it('tells skills asked anew and no longer asked, not their order', () => {
    expect(diffFields(sampleOffer({ skills: ['Python', 'Vue.js'] }), sampleOffer({ skills: ['React', 'Python'] }))).toEqual([{ field: 'skills', added: ['React'], removed: ['Vue.js'] }]);
    expect(diffFields(sampleOffer({ skills: ['Python', 'Vue.js'] }), sampleOffer({ skills: ['Vue.js', 'Python'] }))).toEqual([]);
  });

  it('takes the same figures said in other words for the same salary, and compares the words when there is no figure', () => {
    expect(diffFields(sampleOffer({ salary: salary(45_000, 55_000, 'a') }), sampleOffer({ salary: salary(45_000, 55_000, 'b') }))).toEqual([]);
    const words = (text: string) => ({ unit: 'unknown' as const, currency: 'EUR', text });
    expect(diffFields(sampleOffer({ salary: words('selon profil') }), sampleOffer({ salary: words('selon grille') }))).toHaveLength(1);
  });

  it('lists changes in the order they are told: status first, skills last', () => {
    const changes = diffFields(sampleOffer(), sampleOffer({ skills: ['Go'], status: 'closed', deadline: '2027-01-01' }));
    expect(changes.map((change) => change.field)).toEqual(['status', 'deadline', 'skills']);
  });
});

describe('diffParagraphs', () => {
  it('keeps the paragraphs removed and added, not the ones kept or moved', () => {
    const before = 'Intro.\n\nSalaire : 45k€.\n\nProfil : Python.\n\nContact.';
    const after = 'Intro.\n\nProfil : Python.\n\nSalaire : 50k€.\n\n  \nContact.';
    expect(diffParagraphs(before, after)).toEqual({ removed: ['Salaire : 45k€.'], added: ['Salaire : 50k€.'] });
  });

  it('counts a paragraph repeated as often as it occurs', () => {
    expect(diffParagraphs('A\n\nB', 'A\n\nB\n\nA')).toEqual({ removed: [], added: ['A'] });
  });
});
