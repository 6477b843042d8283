import { describe, expect, it } from 'vitest';
import { fixtureText, json, xml } from '../../support/board-hosts';
import { readBoard } from '../../support/read-board';

const jsonFixture = (name: string) => ({ status: 200, contentType: 'application/json', body: fixtureText(name) });

describe('Personio XML feed', () => {
  it('reads positions, their description parts under their names, and the job page', async () => {
    const { offers, hosts } = await readBoard('https://umbrella.jobs.personio.de', xml(fixtureText('personio.xml')));
    expect(hosts.requests.map((request) => request.url)).toEqual(['https://umbrella.jobs.personio.de/xml']);
    expect(offers[0]).toMatchObject({
      path: '1739021',
      title: 'Frontend Developer (m/w/d)',
      organization: 'Umbrella GmbH',
      url: 'https://umbrella.jobs.personio.de/job/1739021',
      contract: 'CDI',
      location: 'Berlin',
      postedAt: '2026-10-14',
      tags: ['Engineering', 'Software Development'],
    });
    expect(offers[0]?.body).toContain('<h3>Deine Aufgaben</h3>\n<ul><li>Du entwickelst');
    expect(offers[0]?.skills).toEqual(expect.arrayContaining(['React', 'TypeScript', 'CSS']));
    expect(offers[1]).toMatchObject({ title: 'Werkstudent HR (m/w/d)', location: 'München' });
  });

  it('reads an empty board as a complete answer with no position (not as a failure)', async () => {
    const { listing } = await readBoard('https://umbrella.jobs.personio.de', xml(fixtureText('personio-empty.xml')));
    expect(listing).toMatchObject({ ok: true, value: { status: 'listed', files: [], complete: true } });
  });
});

describe('Recruitee careers API', () => {
  it('reads offers with their remote flags and employment code', async () => {
    const { offers, hosts } = await readBoard('https://vandelay.recruitee.com/', jsonFixture('recruitee-offers.json'));
    expect(hosts.requests.map((request) => request.url)).toEqual(['https://vandelay.recruitee.com/api/offers/']);
    expect(offers[0]).toMatchObject({
      title: 'Backend Developer (Ruby)',
      organization: 'Vandelay',
      url: 'https://vandelay.recruitee.com/o/backend-developer-ruby',
      contract: 'CDI',
      remote: 'partial',
      location: 'Gent',
      postedAt: '2026-11-04',
    });
    expect(offers[0]?.skills).toEqual(expect.arrayContaining(['Ruby on Rails', 'PostgreSQL', 'Docker']));
  });

  it('refuses an answer without offers', async () => {
    expect((await readBoard('https://vandelay.recruitee.com/', json({ error: 'Unauthorized' }))).listing).toMatchObject({ ok: false, failure: { reason: 'wrong-shape' } });
  });
});

describe("Workable's widget API", () => {
  it('reads the account name and its jobs', async () => {
    const { offers, hosts } = await readBoard('https://apply.workable.com/pied-piper/', jsonFixture('workable-widget.json'));
    expect(hosts.requests.map((request) => request.url)).toEqual(['https://apply.workable.com/api/v1/widget/accounts/pied-piper?details=true']);
    expect(offers[0]).toMatchObject({
      path: '7A1B2C3D4E',
      title: 'Office Manager',
      organization: 'Pied Piper',
      location: 'Marseille',
      postedAt: '2026-11-16',
      tags: ['Operations', 'Administrative'],
    });
  });
});

describe('Teamtailor jobs.rss', () => {
  it('reads the career site feed', async () => {
    const { offers, hosts } = await readBoard('https://hooli.teamtailor.com/jobs', xml(fixtureText('teamtailor-jobs.rss')));
    expect(hosts.requests.map((request) => request.url)).toEqual(['https://hooli.teamtailor.com/jobs.rss']);
    expect(offers[0]).toMatchObject({ title: 'Customer Success Manager', url: 'https://hooli.teamtailor.com/jobs/4567890-customer-success-manager', postedAt: '2026-11-19' });
  });
});
