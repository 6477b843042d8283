import { describe, expect, it } from 'vitest';
import { updateSettings } from '../../lib/db';
import type { StoredOffer } from '../../lib/db/records';
import type { JobPosting } from '../../lib/page/job-posting';
import { createPageStore } from '../../lib/page/page-store';
import { matcherOfTrie } from '../../lib/skills/create-skill-matcher';
import { unpackSkillTrie } from '../../lib/skills/packed-trie';
import { freshDatabase } from '../db/test-database';
import { sampleOffer } from '../db/sample-offer';

const PAGE = 'https://beta.gouv.fr/recrutement/2024/01/02/dev.html';
const posting: JobPosting = {
  title: 'Chargé de mission', organization: 'Agence', employmentTypes: [], telecommute: false,
  description: 'Figma, Miro et un peu de HTML.', skills: [],
};

async function databaseWithKnownOffer() {
  const db = freshDatabase();
  const stored: StoredOffer = { ...sampleOffer({ id: 'src:dev.md', url: PAGE, skills: ['Python', 'Vue.js', 'Docker'] }), firstSeenAt: 1, updatedAt: 1, listed: 1 };
  await db.offers.put(stored);
  await updateSettings(db, { mySkills: ['python', 'Docker', 'Tricot'] });
  return db;
}

describe('createPageStore', () => {
  it('recognizes a known posting’s page, whatever its fragment or trackers, and scores it', async () => {
    const store = createPageStore(await databaseWithKnownOffer(), 'fr');
    const context = await store.context(`${PAGE}?utm_source=mail#postuler`);
    expect(context.offer).toEqual({
      id: 'src:dev.md', title: sampleOffer().title, known: true, status: 'open', saved: false, stage: undefined,
      // Vue.js is written in JavaScript: the posting asks for it too, and says so.
      match: { score: 2 / 4, held: 2, asked: 4, groups: [], optionalHeld: [], matched: ['Python', 'Docker'], missing: ['Vue.js', 'JavaScript'], implied: [['JavaScript', 'Vue.js']] },
      labels: { matched: ['Python', 'Docker'], missing: ['Vue.js', 'JavaScript (Vue.js)'] },
      painted: { held: ['Python', 'Docker'], missing: ['Vue.js', 'JavaScript'] },
      // Its body has no part its reading leaves out.
      asideTexts: [],
    });
    expect(context.mySkills).toEqual(['Python', 'Docker', 'Tricot']);
    // The user's own skill outside the taxonomy is matched as typed.
    const matcher = matcherOfTrie(unpackSkillTrie(context.trie));
    expect(matcher.find('Du tricot, du TRICOT et du Python.').map((match) => [match.name, match.ranges.length])).toEqual([['Tricot', 2], ['Python', 1]]);
    expect(context.hidden).toBe(false);
    expect(context).toMatchObject({ kind: 'posting', listed: 1, otherSkills: false, folded: false });
  });

  it('names a list of which the posting asks for one as one skill, among those the seeker has when they have one of it, and an optional skill only when held', async () => {
    const db = freshDatabase();
    const frameworks = ['Node.js', 'Ruby on Rails', 'Django'];
    await db.offers.put({ ...sampleOffer({ id: 'src:dev.md', url: PAGE, skills: ['Docker', ...frameworks], skillGroups: [frameworks] }), firstSeenAt: 1, updatedAt: 1, listed: 1 });
    await updateSettings(db, { mySkills: ['Django'] });
    const store = createPageStore(db, 'fr', { impliedBy: (skill, by) => `${skill} (${by})`, heldThrough: (mine) => mine, oneOf: (members) => `un parmi : ${members}` });
    expect((await store.context(PAGE)).offer).toMatchObject({
      match: { score: 1 / 2, held: 1, asked: 2 },
      labels: { matched: ['un parmi : Node.js, Ruby on Rails, Django'], missing: ['Docker'] },
      // The page paints the member held, not its others; Docker as missing.
      painted: { held: ['Django'], missing: ['Docker'] },
    });
    // An optional skill the seeker has is counted and listed; one they lack is neither.
    await db.offers.update('src:dev.md', { skills: ['Docker', 'Elm', 'Kafka'], skillGroups: undefined, optionalSkills: ['Elm', 'Kafka'] });
    await updateSettings(db, { mySkills: ['Elm'] });
    expect((await store.context(PAGE)).offer).toMatchObject({ match: { held: 1, asked: 2 }, labels: { matched: ['Elm'], missing: ['Docker'] } });
  });

  it('saves a known posting under its own id, never a copy', async () => {
    const db = await databaseWithKnownOffer();
    const store = createPageStore(db, 'fr');
    const result = await store.save(PAGE, posting);
    expect(result).toMatchObject({ ok: true, offer: { id: 'src:dev.md', known: true, saved: true, stage: 'saved' } });
    await store.save(`${PAGE}#again`, posting);
    expect((await db.favorites.toArray()).map((favorite) => favorite.offerId)).toEqual(['src:dev.md']);
  });

  it('saves a page’s own posting with a page: id and a snapshot', async () => {
    const db = await databaseWithKnownOffer();
    const store = createPageStore(db, 'fr');
    const url = 'https://jobs.example.org/offres/7';
    expect((await store.context(url, posting)).offer).toMatchObject({ known: false, saved: false, match: { matched: [], missing: ['Figma', 'Miro', 'HTML'] } });
    const result = await store.save(url, posting);
    expect(result.ok && result.offer.id).toMatch(/^page:/);
    const [favorite] = await db.favorites.toArray();
    expect(favorite).toMatchObject({ stage: 'saved', snapshot: { title: 'Chargé de mission', url, sourceId: 'page', skills: ['Figma', 'Miro', 'HTML'] } });
    expect((await store.context(`${url}?utm_medium=x`, posting)).offer).toMatchObject({ id: favorite!.offerId, saved: true });
  });

  it('takes a page that declares the reference of a page saved before, at another address, for that saved posting', async () => {
    const db = await databaseWithKnownOffer();
    const store = createPageStore(db, 'fr');
    const declared = { ...posting, identifier: 'REF-7' };
    const saved = await store.save('https://agence.example/offres/7', declared);
    expect(saved.ok).toBe(true);
    const copy = await store.context('https://board.example/jobs/agence-7', { ...declared, title: 'Un chargé de mission' });
    expect(copy.offer).toMatchObject({ id: saved.ok ? saved.offer.id : '', saved: true, stage: 'saved' });
    await store.save('https://board.example/jobs/agence-7', declared);
    expect(await db.favorites.count()).toBe(1);
    // Another reference, or none, is another posting.
    expect((await store.context('https://board.example/jobs/agence-8', { ...declared, identifier: 'REF-8' })).offer).toMatchObject({ saved: false });
    expect((await store.context('https://board.example/jobs/agence-9', posting)).offer).toMatchObject({ saved: false });
  });

  it('also looks the posting up at the address the page was opened at', async () => {
    const store = createPageStore(await databaseWithKnownOffer(), 'fr');
    expect((await store.context('https://beta.gouv.fr/recrutement/canonical', undefined, PAGE)).offer?.id).toBe('src:dev.md');
  });

  it('has nothing to save on an unknown page without a posting', async () => {
    const store = createPageStore(await databaseWithKnownOffer(), 'fr');
    expect(await store.save('https://example.org/')).toEqual({ ok: false, error: 'nothing-to-save' });
    expect((await store.context('https://example.org/')).offer).toBeUndefined();
  });

  it('finds an offer synced after the first look', async () => {
    const db = await databaseWithKnownOffer();
    const store = createPageStore(db, 'fr');
    const later = 'https://beta.gouv.fr/recrutement/later.html';
    expect((await store.context(later)).offer).toBeUndefined();
    await db.offers.put({ ...sampleOffer({ id: 'src:later.md', url: later }), firstSeenAt: 2, updatedAt: 2, listed: 1 });
    await db.events.add({ type: 'added', sourceId: 'src', offerId: 'src:later.md', title: 'x', at: 2, syncId: 's', baseline: false, announce: 'none', seen: 1 });
    expect((await store.context(later)).offer?.id).toBe('src:later.md');
  });

  it('takes a page several followed postings link to for a list, with nothing to save', async () => {
    const db = await databaseWithKnownOffer();
    const careers = 'https://beta.gouv.fr/recrutement';
    for (const [index, title] of ['Développeuse Python', 'Designer', 'Chargée de déploiement'].entries()) {
      await db.offers.put({ ...sampleOffer({ id: `src:${index}.md`, url: `${careers}#${index}`, title }), firstSeenAt: 1, updatedAt: 1, listed: 1 });
    }
    const store = createPageStore(db, 'fr');
    expect(await store.context(careers)).toMatchObject({ kind: 'list', listed: 3, offer: undefined });
    expect(await store.save(careers)).toEqual({ ok: false, error: 'nothing-to-save' });
    expect(await db.favorites.count()).toBe(0);
  });

  it('takes two sources’ copies of one posting at one address for one posting', async () => {
    const db = await databaseWithKnownOffer();
    await db.offers.put({ ...sampleOffer({ id: 'mirror:dev.md', url: PAGE, skills: ['Python', 'Vue.js', 'Docker'] }), firstSeenAt: 1, updatedAt: 1, listed: 1 });
    const context = await createPageStore(db, 'fr').context(PAGE);
    expect(context.kind).toBe('posting');
    expect(context.offer?.known).toBe(true);
  });

  it('takes a page declaring several postings for a list, whatever posting comes with it', async () => {
    const store = createPageStore(await databaseWithKnownOffer(), 'fr');
    const url = 'https://jobs.example.org/offres';
    expect(await store.context(url, undefined, undefined, 12)).toMatchObject({ kind: 'list', listed: 12, offer: undefined });
    expect(await store.context(url, posting, undefined, 2)).toMatchObject({ kind: 'list', offer: undefined });
    expect(await store.context(url)).toMatchObject({ kind: 'none', listed: 0, offer: undefined });
  });

  it('gives the panel’s options: the posting’s other skills, and the tab it was folded to', async () => {
    const db = await databaseWithKnownOffer();
    const store = createPageStore(db, 'fr');
    await updateSettings(db, { panelOtherSkills: true });
    await store.setFolded(true);
    expect(await store.context(PAGE)).toMatchObject({ otherSkills: true, folded: true });
    await store.setFolded(false);
    expect((await store.context(PAGE)).folded).toBe(false);
  });

  it('remembers the sites where the panel was hidden', async () => {
    const store = createPageStore(await databaseWithKnownOffer(), 'fr');
    await store.hideSite('beta.gouv.fr');
    expect((await store.context(PAGE)).hidden).toBe(true);
    expect((await store.context('https://jobs.example.org/')).hidden).toBe(false);
  });

  it('lists the origins of the sources’ posting pages', async () => {
    const store = createPageStore(await databaseWithKnownOffer(), 'fr');
    expect(await store.postingOrigins()).toEqual(['https://beta.gouv.fr']);
  });

  it('names the posting’s skills in the interface’s language, keeping the match by the taxonomy’s names', async () => {
    const db = freshDatabase();
    const skills = ['Logiciel libre', 'Python', 'Tests unitaires', 'Odoo'];
    await db.offers.put({ ...sampleOffer({ id: 'src:dev.md', url: PAGE, skills }), firstSeenAt: 1, updatedAt: 1, listed: 1 });
    await updateSettings(db, { mySkills: ['logiciels libres', 'Python'] });
    const english = (await createPageStore(db, 'en').context(PAGE)).offer;
    expect(english?.match).toEqual({ score: 2 / 4, held: 2, asked: 4, groups: [], optionalHeld: [], matched: ['Logiciel libre', 'Python'], missing: ['Tests unitaires', 'Odoo'], implied: [] });
    // A name the taxonomy does not know (a posting's own "Odoo") is shown as written.
    expect(english?.labels).toEqual({ matched: ['Open source software', 'Python'], missing: ['Unit testing', 'Odoo'] });
    const french = (await createPageStore(db, 'fr').context(PAGE)).offer;
    expect(french?.labels).toEqual({ matched: ['Logiciel libre', 'Python'], missing: ['Tests unitaires', 'Odoo'] });
    // Saving answers with the same names.
    const saved = await createPageStore(db, 'en').save(PAGE);
    expect(saved.ok && saved.offer.labels.missing).toEqual(['Unit testing', 'Odoo']);
  });

  it('says, as the popup’s card does, which of the seeker’s skills gives one they did not list', async () => {
    const db = freshDatabase();
    await db.offers.put({ ...sampleOffer({ id: 'src:dev.md', url: PAGE, skills: ['TypeScript', 'Angular'] }), firstSeenAt: 1, updatedAt: 1, listed: 1 });
    await updateSettings(db, { mySkills: ['Python', 'react'] });
    const wording = { impliedBy: (skill: string, by: string) => `${skill} (induit par ${by})`, heldThrough: (mine: string) => `vous l’avez avec ${mine}`, oneOf: (members: string) => `un parmi : ${members}` };
    const offer = (await createPageStore(db, 'fr', wording).context(PAGE)).offer;
    // TypeScript brings JavaScript, which the seeker has through React.
    expect(offer?.match).toEqual({ score: 1 / 3, held: 1, asked: 3, groups: [], optionalHeld: [], matched: ['JavaScript'], missing: ['TypeScript', 'Angular'], implied: [['JavaScript', 'TypeScript']] });
    expect(offer?.labels).toEqual({ matched: ['JavaScript (induit par TypeScript) — vous l’avez avec React'], missing: ['TypeScript', 'Angular'] });
  });
});
