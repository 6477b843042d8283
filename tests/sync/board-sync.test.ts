import { beforeEach, describe, expect, it } from 'vitest';
import { addSource, type SourceRecord, type VigieDatabase } from '../../lib/db';
import { saveFavorite } from '../../lib/favorites/favorites-store';
import { createHttpClient } from '../../lib/sources';
import { runSourceSync } from '../../lib/sync/run-source-sync';
import { freshDatabase } from '../db/test-database';
import { BoardHosts, fixtureText, html, json, NOT_FOUND, xml, type BoardReply } from '../support/board-hosts';

const PAGE = 'https://job-boards.greenhouse.io/acme';
const API = 'https://boards-api.greenhouse.io/v1/boards/acme/jobs?content=true';

interface Job {
  id: number;
  title: string;
  content: string;
  [field: string]: unknown;
}

describe('syncing a job board', () => {
  let db: VigieDatabase;
  let hosts: BoardHosts;
  let source: SourceRecord;
  let jobs: Job[];
  let clock: number;

  const publish = () => hosts.set(API, json({ jobs, meta: { total: jobs.length } }));
  const sync = async () => runSourceSync((await db.sources.get(source.id))!, { db, http: createHttpClient({ fetch: hosts.fetch, backoffMs: 1 }), now: () => (clock += 60_000) });
  const offer = (id: number) => db.offers.get(`${source.id}:${id}`);
  const eventsOf = async (type: string) => (await db.events.toArray()).filter((event) => event.type === type && !event.baseline);

  beforeEach(async () => {
    db = freshDatabase();
    hosts = new BoardHosts();
    clock = Date.parse('2026-12-01T08:00:00Z');
    jobs = (JSON.parse(fixtureText('greenhouse-jobs.json')) as { jobs: Job[] }).jobs.slice(0, 2);
    publish();
    const added = await addSource(db, PAGE);
    if (!added.ok) throw new Error(added.error);
    source = added.source;
  });

  it('reads the board as a baseline that announces nothing, in one request', async () => {
    const outcome = await sync();
    expect(outcome).toMatchObject({ complete: true, added: 2, failed: 0 });
    expect(hosts.requests).toHaveLength(1);
    expect(await db.events.where('announce').equals('pending').count()).toBe(0);
    expect((await db.sources.get(source.id))?.sync).toMatchObject({ status: 'ok', count: 2, openCount: 2 });
  });

  it('announces a new posting once, records an edit, and closes a posting the complete answer lost', async () => {
    await sync();
    const [first, second] = jobs as [Job, Job];
    jobs = [{ ...first, title: `${first.title} – Senior` }, { ...second, id: 5000000001, title: 'Data Analyst', content: '&lt;p&gt;SQL et Python.&lt;/p&gt;' }];
    publish();

    const outcome = await sync();
    expect(outcome).toMatchObject({ complete: true, added: 1, updated: 1, opened: 1, closed: 1, removed: 0 });
    expect((await eventsOf('opened')).map((event) => [event.title, event.announce])).toEqual([['Data Analyst', 'pending']]);
    expect((await eventsOf('closed')).map((event) => event.offerId)).toEqual([`${source.id}:${second.id}`]);
    // The closed posting stays, as closed: the seeker may have applied.
    expect(await offer(second.id)).toMatchObject({ listed: 1, status: 'closed' });
    expect((await offer(first.id))?.title).toBe(`${first.title} – Senior`);
    expect((await db.sources.get(source.id))?.sync).toMatchObject({ count: 3, openCount: 2 });

    // The next sync, same answer: nothing opens or closes again.
    const again = await sync();
    expect(again).toMatchObject({ added: 0, updated: 0, opened: 0, closed: 0 });
    expect(await eventsOf('opened')).toHaveLength(1);
    expect(await eventsOf('closed')).toHaveLength(1);
  });

  it('reopens a closed posting when it comes back', async () => {
    await sync();
    const [first, second] = jobs as [Job, Job];
    jobs = [first];
    publish();
    await sync();
    jobs = [first, second];
    publish();
    const outcome = await sync();
    expect(outcome).toMatchObject({ opened: 1, closed: 0 });
    expect(await offer(second.id)).toMatchObject({ listed: 1, status: 'open' });
  });

  it('writes nothing for an answer that did not change', async () => {
    await sync();
    const writes: string[] = [];
    for (const table of [db.offers, db.files, db.events, db.favorites]) {
      table.hook('creating', () => void writes.push(`${table.name} created`));
      table.hook('updating', () => void writes.push(`${table.name} updated`));
      table.hook('deleting', () => void writes.push(`${table.name} deleted`));
    }
    const outcome = await sync();
    expect(outcome).toMatchObject({ complete: true, added: 0, updated: 0, closed: 0 });
    expect(writes).toEqual([]);
    expect(hosts.requests).toHaveLength(2);
  });

  it('asks conditionally where the board sends validators, and takes a 304 as unchanged', async () => {
    hosts.validators = true;
    publish();
    await sync();
    const outcome = await sync();
    expect(outcome.complete).toBe(true);
    expect(hosts.requests[1]).toMatchObject({ status: 304, headers: { 'if-none-match': expect.any(String), 'if-modified-since': 'Mon, 23 Nov 2026 08:00:00 GMT' } });
  });

  const BAD_ANSWERS: Array<[string, BoardReply, object]> = [
    ['an HTML error page answered 200', html(fixtureText('html-error-page.html')), { kind: 'unexpected-answer', reason: 'html-page' }],
    ['a cut answer', { status: 200, contentType: 'application/json', body: '{"jobs":[{"id":1,' }, { kind: 'unexpected-answer', reason: 'not-json' }],
    ['an answer of the wrong shape', json([{ id: 1 }]), { kind: 'unexpected-answer', reason: 'wrong-shape' }],
    ['a 404', NOT_FOUND.greenhouse, { kind: 'http', status: 404 }],
    ['a 502', json({}, 502), { kind: 'http', status: 502 }],
    ['a 429', { ...json({}, 429), headers: { 'retry-after': '600' } }, { kind: 'rate-limited', host: 'boards-api.greenhouse.io' }],
  ];

  it.each(BAD_ANSWERS)('loses and closes nothing on %s, and says why on the source', async (_name, reply, failure) => {
    await sync();
    hosts.set(API, reply);
    const outcome = await sync();
    expect(outcome).toMatchObject({ complete: false, closed: 0, problem: { kind: 'fetch', failure } });
    expect((await db.offers.toArray()).map((each) => [each.listed, each.status])).toEqual([[1, 'open'], [1, 'open']]);
    expect(await eventsOf('closed')).toHaveLength(0);
    expect((await db.sources.get(source.id))?.sync).toMatchObject({ status: 'error', error: { kind: 'fetch', failure } });
  });

  it('a good answer after a bad one still closes what is gone', async () => {
    await sync();
    hosts.set(API, html('<html><body>Maintenance</body></html>'));
    await sync();
    jobs = jobs.slice(0, 1);
    publish();
    expect(await sync()).toMatchObject({ complete: true, closed: 1 });
  });

  it('closes nothing on a first answer with no posting and says so on the source; a second in a row closes them', async () => {
    await sync();
    jobs = [];
    publish();
    expect(await sync()).toMatchObject({ complete: false, closed: 0, problem: { kind: 'empty-answer', kept: 2 } });
    expect((await db.offers.toArray()).map((each) => [each.listed, each.status])).toEqual([[1, 'open'], [1, 'open']]);
    expect(await db.files.count()).toBe(2);
    expect((await db.sources.get(source.id))?.sync).toMatchObject({ status: 'error', error: { kind: 'empty-answer', kept: 2 }, emptyAnswers: 1, openCount: 2 });

    // The same empty answer again is read again (not taken as unchanged), and believed.
    expect(await sync()).toMatchObject({ complete: true, closed: 2 });
    expect((await db.offers.toArray()).map((each) => each.status)).toEqual(['closed', 'closed']);
    expect((await db.sources.get(source.id))?.sync).toMatchObject({ status: 'ok', emptyAnswers: 2, openCount: 0 });
    expect((await db.sources.get(source.id))?.sync.error).toBeUndefined();
  });

  it('forgets an empty answer once the board lists postings again', async () => {
    await sync();
    const listed = jobs;
    jobs = [];
    publish();
    await sync();
    jobs = listed;
    publish();
    expect(await sync()).toMatchObject({ complete: true, closed: 0 });
    expect((await db.sources.get(source.id))?.sync).toMatchObject({ status: 'ok', emptyAnswers: 0 });
    jobs = [];
    publish();
    expect(await sync()).toMatchObject({ closed: 0, problem: { kind: 'empty-answer', kept: 2 } });
  });

  it("refreshes a saved offer's snapshot when its posting closes", async () => {
    await sync();
    const id = `${source.id}:${jobs[1]?.id}`;
    await saveFavorite(db, id);
    jobs = jobs.slice(0, 1);
    publish();
    await sync();
    expect((await db.favorites.get(id))?.snapshot.status).toBe('closed');
  });
});

describe('syncing a job feed', () => {
  const FEED = 'https://emplois.example.org/offres.rss';
  const item = (n: number) => `<item><title>Offre ${n}</title><link>https://emplois.example.org/offre/${n}</link><description>Poste ${n}.</description></item>`;
  const feedOf = (numbers: number[]) => xml(`<?xml version="1.0"?><rss version="2.0"><channel><title>Offres</title>${numbers.map(item).join('')}</channel></rss>`);

  it('keeps open and listed the items that dropped off the feed: a feed shows its newest items only', async () => {
    const db = freshDatabase();
    const hosts = new BoardHosts();
    let clock = Date.parse('2026-12-01T08:00:00Z');
    hosts.set(FEED, feedOf([1, 2]));
    const added = await addSource(db, FEED);
    if (!added.ok) throw new Error(added.error);
    const sync = async () => runSourceSync((await db.sources.get(added.source.id))!, { db, http: createHttpClient({ fetch: hosts.fetch, backoffMs: 1 }), now: () => (clock += 60_000) });
    await sync();
    hosts.set(FEED, feedOf([3, 1]));

    expect(await sync()).toMatchObject({ complete: true, added: 1, closed: 0, removed: 0 });
    const offers = await db.offers.toArray();
    expect(offers.map((each) => [each.title, each.listed, each.status]).sort()).toEqual([['Offre 1', 1, 'open'], ['Offre 2', 1, 'open'], ['Offre 3', 1, 'open']]);
    expect((await db.events.toArray()).filter((event) => event.type === 'closed' || event.type === 'removed')).toEqual([]);
    expect((await db.files.toArray()).map((file) => file.path).sort()).toEqual(['https://emplois.example.org/offre/1', 'https://emplois.example.org/offre/2', 'https://emplois.example.org/offre/3']);
  });
});
