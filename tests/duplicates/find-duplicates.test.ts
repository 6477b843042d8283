import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDuplicateGroups, SAME_TEXT_THRESHOLD, type DuplicateCandidate } from '../../lib/duplicates/find-duplicates';
import { titleBlockKey } from '../../lib/text/posting-keys';
import { jaccard, textShingles } from '../../lib/duplicates/text-shingles';
import { parsePosting } from '../../lib/postings';
import type { Offer } from '../../lib/postings/types';
import { SHARED_DIR } from '../support/fixtures';

const FIXTURES = join(SHARED_DIR, 'fixtures');
const offers: Offer[] = readdirSync(FIXTURES).flatMap((source) =>
  readdirSync(join(FIXTURES, source))
    .filter((name) => name.endsWith('.md'))
    .map((name) => parsePosting(readFileSync(join(FIXTURES, source, name)), { sourceId: source, path: name })),
);
const candidate = (offer: Offer): DuplicateCandidate => ({ id: `${offer.sourceId}/${offer.path}`, sourceId: offer.sourceId, url: offer.url, title: offer.title, organization: offer.organization, language: offer.language, text: offer.body });
const candidates = offers.map(candidate);

describe('findDuplicateGroups on the shared fixtures', () => {
  const groups = findDuplicateGroups(candidates);

  it('finds the jobs both beta.gouv.fr and the ANCT incubator publish, whatever their titles or the spelling of the team', () => {
    const pairs = groups.map((group) => group.map((member) => member.sourceId).sort());
    expect(groups.every((group) => group.length === 2)).toBe(true);
    expect(pairs.every(([a, b]) => a === 'beta.gouv.fr-jobs' && b === 'incubateur-territoires+incubateur.anct.gouv.fr-jobs')).toBe(true);
    const titles = groups.map((group) => group.map((member) => member.title).sort().join(' = ')).sort();
    expect(titles).toEqual([
      'Chargé.e de déploiement = Un.e chargé.e de déploiement',
      'UX UI Designer = UX UI designer',
      'Un ou une dev web full stack = Un ou une développeur.se',
    ]);
  });

  it('keeps the Canadian Digital Service English and French twins apart: translations, not duplicates', () => {
    const cds = groups.flat().filter((member) => member.sourceId.startsWith('cds-snc'));
    expect(cds).toEqual([]);
  });

  it('sits its threshold between the closest distinct postings and the farthest real duplicate', () => {
    const inGroup = new Map(groups.flatMap((group) => group.map((member) => [member.id, group[0]!.id] as const)));
    const shingles = candidates.map((posting) => textShingles(posting.text));
    let closestDistinct = 0;
    let farthestDuplicate = 1;
    for (let i = 0; i < candidates.length; i++) {
      for (let j = i + 1; j < candidates.length; j++) {
        const similarity = jaccard(shingles[i]!, shingles[j]!);
        const same = inGroup.has(candidates[i]!.id) && inGroup.get(candidates[i]!.id) === inGroup.get(candidates[j]!.id);
        if (same) farthestDuplicate = Math.min(farthestDuplicate, similarity);
        else closestDistinct = Math.max(closestDistinct, similarity);
      }
    }
    expect(closestDistinct).toBeLessThan(SAME_TEXT_THRESHOLD - 0.15);
    expect(farthestDuplicate).toBeGreaterThan(SAME_TEXT_THRESHOLD + 0.05);
  });
});

describe('findDuplicateGroups', () => {
  const body = (words: number, seed = 'mission') => Array.from({ length: words }, (_, index) => `${seed}${index % 7} mot${index}`).join(' ');
  const posting = (id: string, overrides: Partial<DuplicateCandidate> = {}): DuplicateCandidate => ({ id, sourceId: id.split(':')[0]!, title: 'Développeur', organization: 'Etalab', text: body(60), ...overrides });
  const ids = (groups: ReturnType<typeof findDuplicateGroups>) => groups.map((group) => group.map((member) => member.id).sort());

  it('merges a page saved while browsing with the posting a source lists at that address', () => {
    const groups = findDuplicateGroups([
      posting('page:1', { url: 'https://www.example.org/jobs/dev/?utm_source=mail#apply', title: 'Dev', organization: undefined, text: 'court' }),
      posting('src:dev.md', { url: 'https://example.org/jobs/dev', text: body(60, 'autre') }),
    ]);
    expect(ids(groups)).toEqual([['page:1', 'src:dev.md']]);
    expect(groups[0]!.find((member) => member.id === 'page:1')?.url).toBe('https://www.example.org/jobs/dev/?utm_source=mail#apply');
  });

  it('does not take a listing page that a source gives for all its postings for one posting', () => {
    const careers = 'https://example.org/careers';
    expect(findDuplicateGroups([
      posting('a:1', { url: careers, text: body(60, 'un') }), posting('a:2', { url: careers, text: body(60, 'deux') }), posting('b:1', { url: careers, text: body(60, 'trois') }),
    ])).toEqual([]);
  });

  it('merges near-identical texts of one organization, spelled differently, and not of two', () => {
    const edited = `${body(60)} Poste ouvert aux contractuels.`;
    expect(ids(findDuplicateGroups([posting('a:1'), posting('b:1', { organization: 'ETALAB ', text: edited }), posting('c:1', { organization: 'DINUM' })]))).toEqual([['a:1', 'b:1']]);
  });

  it('never merges texts in two languages, nor texts too short to tell apart', () => {
    expect(findDuplicateGroups([posting('a:1', { language: 'fr' }), posting('b:1', { language: 'en' })])).toEqual([]);
    expect(findDuplicateGroups([posting('a:1', { text: 'Poste de développeur.' }), posting('b:1', { text: 'Poste de développeur.' })])).toEqual([]);
  });

  it('merges pages saved while browsing that declare one reference for one organization and one title, at two addresses', () => {
    const page = (id: string, overrides: Partial<DuplicateCandidate>) => posting(id, { sourceId: 'page', url: `https://${id.replace(':', '.')}.example/offre`, text: body(60, id), ...overrides });
    const groups = findDuplicateGroups([
      page('page:acme', { organization: 'Acme', title: 'Développeur', identifier: 'REF-12' }),
      page('page:board', { organization: 'ACME ', title: 'Un développeur', identifier: 'ref 12' }),
      // Another organization's posting under the same reference, and one of Acme's without any.
      page('page:other', { organization: 'Globex', title: 'Développeur', identifier: 'REF-12' }),
      page('page:none', { organization: 'Acme', title: 'Développeur' }),
    ]);
    expect(ids(groups)).toEqual([['page:acme', 'page:board']]);
  });

  it('takes a reference that postings of several titles share for the organization’s, and merges none of them by it', () => {
    const page = (id: string, title: string) => posting(id, { sourceId: 'page', url: `https://example.org/${id}`, title, organization: 'Acme', identifier: '552 100 554 00017', text: body(60, id) });
    expect(findDuplicateGroups([page('page:1', 'Développeur'), page('page:2', 'Comptable'), page('page:3', 'Développeur')])).toEqual([]);
  });

  it('drops the article a title opens with', () => {
    expect(titleBlockKey('Un·e chargé·e de déploiement')).toBe(titleBlockKey('Chargé·e de déploiement'));
    expect(titleBlockKey('The Designer')).toBe('designer');
  });

  it('compares a large organization title by title: copies under one title are found, other titles never compared', () => {
    // 150 postings of one organization (past MAX_BLOCK): three copies of each of 50 fixtures, each copy its own reference line.
    const many = Array.from({ length: 150 }, (_, index) => {
      const offer = offers[index % 50]!;
      return { ...candidate(offer), id: `gen:${index}`, sourceId: `gen${index % 3}`, url: undefined, organization: 'Grande Org', text: `Référence ${index}\n${offer.body}` };
    });
    const groups = findDuplicateGroups(many);
    expect(groups.every((group) => new Set(group.map((member) => member.title)).size === 1)).toBe(true);
    expect(groups.flat().length).toBeGreaterThan(100);
  });
});
