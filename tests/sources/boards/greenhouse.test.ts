import { describe, expect, it } from 'vitest';
import { fixtureText, html, json, NOT_FOUND, type BoardReply } from '../../support/board-hosts';
import { readBoard } from '../../support/read-board';

const PAGE = 'https://job-boards.greenhouse.io/acme';
const answer = (name: string): BoardReply => ({ status: 200, contentType: 'application/json', body: fixtureText(name) });

describe('Greenhouse job board', () => {
  it('reads every job of the board in one request', async () => {
    const { listing, offers, hosts } = await readBoard(PAGE, answer('greenhouse-jobs.json'));
    expect(listing.ok && listing.value.status === 'listed' && listing.value.complete).toBe(true);
    expect(offers.map((offer) => offer.path)).toEqual(['4012345006', '4023456006', '4034567006']);
    expect(hosts.requests.map((request) => request.url)).toEqual(['https://boards-api.greenhouse.io/v1/boards/acme/jobs?content=true']);
  });

  it('normalizes a posting like a posting file: contract, remote, place, pay, skills, first publication', async () => {
    const { offers } = await readBoard(PAGE, answer('greenhouse-jobs.json'));
    expect(offers[0]).toMatchObject({
      title: 'Développeuse ou développeur Python (H/F)',
      organization: 'Acme',
      url: 'https://job-boards.greenhouse.io/acme/jobs/4012345006',
      status: 'open',
      contract: 'CDI',
      remote: 'partial',
      location: 'Paris',
      postedAt: '2026-10-02',
      tags: ['Engineering'],
      salary: { min: 48000, max: 58000, unit: 'year', currency: 'EUR' },
    });
    expect(offers[0]?.skills).toEqual(expect.arrayContaining(['Python', 'PostgreSQL']));
    expect(offers[0]?.summary).toMatch(/^Acme construit des outils pour les collectivités\./);
    expect(offers[1]).toMatchObject({ contract: 'internship', remote: 'full', postedAt: '2026-11-01' });
    expect(offers[2]).toMatchObject({ contract: 'apprenticeship', location: 'Lyon' });
  });

  it('decodes the entity-escaped content until it is markup, and no further', async () => {
    const { offers } = await readBoard(PAGE, answer('greenhouse-jobs.json'));
    expect(offers[0]?.body).toContain('<h3><strong>Vos missions</strong></h3>');
    expect(offers[0]?.body).toContain('<li>Relire le code de l&#39;équipe</li>');
    expect(offers[0]?.body).not.toContain('&lt;');
  });

  it('reads the documentation example, its content escaped once and twice', async () => {
    const { offers } = await readBoard(PAGE, answer('greenhouse-docs-example.json'));
    expect(offers[0]?.body).toContain('<p>The Rule Enforcement team');
    expect(offers[0]?.body).toContain('&nbsp;Rule enforcers');
    expect(offers[1]?.body).toContain('<p>Any HTML included');
    expect(offers[1]?.body).not.toContain('&lt;p&gt;');
    // No first_published in the documentation's example: the last update stands in.
    expect(offers[0]?.postedAt).toBe('2016-01-14');
  });

  it('marks closed a posting whose application deadline has passed, and keeps the board\'s language', async () => {
    const { offers } = await readBoard(PAGE, answer('greenhouse-jobs.json'));
    expect(offers[2]).toMatchObject({ status: 'closed', deadline: '2026-09-30', language: 'fr' });
    expect(offers.map((offer) => offer.language)).toEqual(['fr', 'en', 'fr']);
  });

  it.each([
    ['a board that does not exist', NOT_FOUND.greenhouse, { kind: 'http', status: 404 }],
    ['an HTML error page', html(fixtureText('html-error-page.html')), { kind: 'unexpected-answer', reason: 'html-page' }],
    ['an answer cut short', { status: 200, contentType: 'application/json', body: fixtureText('greenhouse-jobs.json').slice(0, 500) }, { kind: 'unexpected-answer', reason: 'not-json' }],
    ['another API\'s answer', json({ status: 'ok', data: [] }), { kind: 'unexpected-answer', reason: 'wrong-shape' }],
    ['a server error', json({ error: 'upstream' }, 503), { kind: 'http', status: 503 }],
    ['too many requests', { ...json({}, 429), headers: { 'retry-after': '120' } }, { kind: 'rate-limited', host: 'boards-api.greenhouse.io' }],
  ])('fails on %s, with a reason', async (_name, reply, failure) => {
    const { listing } = await readBoard(PAGE, reply);
    expect(listing).toMatchObject({ ok: false, failure });
  });
});
