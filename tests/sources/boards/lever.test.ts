import { describe, expect, it } from 'vitest';
import { fixtureText, json, NOT_FOUND, type BoardReply } from '../../support/board-hosts';
import { readBoard } from '../../support/read-board';

const answer: BoardReply = { status: 200, contentType: 'application/json', body: fixtureText('lever-postings.json') };

describe('Lever postings', () => {
  it('reads the bare array of a site, from the global or the EU instance', async () => {
    const global = await readBoard('https://jobs.lever.co/globex', answer);
    const eu = await readBoard('https://jobs.eu.lever.co/globex', answer);
    expect(global.offers).toHaveLength(2);
    expect(global.hosts.requests.map((request) => request.url)).toEqual(['https://api.lever.co/v0/postings/globex?mode=json']);
    expect(eu.hosts.requests.map((request) => request.url)).toEqual(['https://api.eu.lever.co/v0/postings/globex?mode=json']);
  });

  it('normalizes categories, workplace type ("onsite" as live answers write it), salary range and creation time', async () => {
    const { offers } = await readBoard('https://jobs.lever.co/globex', answer);
    expect(offers[0]).toMatchObject({
      title: 'Ingénieur·e plateforme',
      url: 'https://jobs.lever.co/globex/5f6e1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b',
      contact: 'https://jobs.lever.co/globex/5f6e1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b/apply',
      contract: 'CDI',
      remote: 'none',
      location: 'Nantes',
      postedAt: '2025-11-12',
      tags: ['Tech', 'Plateforme'],
      salary: { min: 50000, max: 62000, unit: 'year', currency: 'EUR' },
    });
    expect(offers[0]?.skills).toEqual(expect.arrayContaining(['Go', 'Kubernetes', 'Terraform']));
    expect(offers[1]).toMatchObject({ contract: 'freelance', remote: 'full', salary: undefined });
  });

  it('keeps the lists (requirements…) under their heading, after the description', async () => {
    const { offers } = await readBoard('https://jobs.lever.co/globex', answer);
    const body = offers[0]?.body ?? '';
    expect(body).toContain('<h3>Profil recherché</h3>\n<ul><li>3 ans');
    expect(body.indexOf('Rejoignez')).toBeLessThan(body.indexOf('Profil recherché'));
    expect(body).toContain('Nous étudions toutes les candidatures.');
  });

  it.each([
    ['a site that does not exist', NOT_FOUND.lever, { kind: 'http', status: 404 }],
    ['an object instead of the array', json({ ok: false, error: 'Document not found' }), { kind: 'unexpected-answer', reason: 'wrong-shape' }],
  ])('fails on %s', async (_name, reply, failure) => {
    expect((await readBoard('https://jobs.lever.co/globex', reply)).listing).toMatchObject({ ok: false, failure });
  });
});
