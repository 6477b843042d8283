import { describe, expect, it } from 'vitest';
import { fixtureText, json } from '../../support/board-hosts';
import { readBoard } from '../../support/read-board';

const PAGE = 'https://jobs.ashbyhq.com/initech';
const answer = { status: 200, contentType: 'application/json', body: fixtureText('ashby-job-board.json') };

describe('Ashby job board', () => {
  it('asks for compensation and leaves unlisted jobs out', async () => {
    const { offers, hosts } = await readBoard(PAGE, answer);
    expect(hosts.requests.map((request) => request.url)).toEqual(['https://api.ashbyhq.com/posting-api/job-board/initech?includeCompensation=true']);
    expect(offers.map((offer) => offer.title)).toEqual(['Senior Backend Engineer', 'Stage – Assistant·e juridique']);
  });

  it('normalizes employment type, workplace type, isRemote (null or true), compensation and publication', async () => {
    const { offers } = await readBoard(PAGE, answer);
    expect(offers[0]).toMatchObject({
      url: 'https://jobs.ashbyhq.com/initech/6d7e8f90-1a2b-4c3d-9e8f-7a6b5c4d3e2f',
      remote: 'partial',
      location: 'Bordeaux',
      postedAt: '2026-11-03',
      tags: ['Engineering', 'Core'],
      salary: { min: 55000, max: 70000, unit: 'year', currency: 'EUR', text: '€55K – €70K • Offers Equity' },
    });
    expect(offers[0]?.skills).toEqual(expect.arrayContaining(['TypeScript', 'Node.js']));
    expect(offers[1]).toMatchObject({ contract: 'internship', remote: 'full', salary: undefined, tags: ['Legal'] });
  });

  it('refuses an answer without its jobs', async () => {
    expect((await readBoard(PAGE, json({ apiVersion: '1' }))).listing).toMatchObject({ ok: false, failure: { reason: 'wrong-shape' } });
  });
});
