import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addSource, updateSettings, type SourceRecord, type VigieDatabase } from '../../lib/db';
import { readHistory } from '../db/read-history';
import { removeFavorite, saveFavorite, setFavoriteAlertsMuted } from '../../lib/favorites/favorites-store';
import { HISTORY_BUDGET, versionBytes } from '../../lib/history/history-budget';
import { completeAnnouncement, unfinishedAnnouncements } from '../../lib/notify/announcements-store';
import { claimNextAnnouncement } from '../../lib/notify/next-announcement';
import { offerId } from '../../lib/postings/offer-id';
import { createHttpClient } from '../../lib/sources';
import { runSourceSync } from '../../lib/sync/run-source-sync';
import { freshDatabase } from '../db/test-database';
import { startGitHubServer, type GitHubServer } from '../support/github-server';

const posting = (fields: Record<string, string>, body = 'Une mission au long cours.') =>
  `---\n${Object.entries({ title: 'Développeuse Python', open: 'true', startup: 'Vigie', ...fields }).map(([key, value]) => `${key}: ${value}`).join('\n')}\n---\n\n${body}\n`;

describe('saved offers: history and alerts through the sync', () => {
  let server: GitHubServer;
  let db: VigieDatabase;
  let source: SourceRecord;
  let repoName = 0;
  const http = createHttpClient({ backoffMs: 1 });
  let clock = 0;

  beforeAll(async () => {
    server = await startGitHubServer({ rateLimit: { remaining: 1_000_000 } });
  });
  afterAll(() => server.close());

  beforeEach(async () => {
    repoName++;
    clock = Date.parse('2027-03-01T10:00:00Z');
    db = freshDatabase();
    const added = await addSource(db, server.apiUrl('o', `saved${repoName}`, 'jobs', 'main'));
    if (!added.ok) throw new Error('not added');
    source = added.source;
    await updateSettings(db, { notifications: { enabled: true, mutedSources: [], minMatchingSkills: 0, quietHours: null, deadlineReminderDays: 3 } });
  });

  const repo = () => server.repo('o', `saved${repoName}`, 'main');
  const idOf = (name: string) => offerId(source.id, `jobs/${name}`);
  const sync = async () => {
    clock += 3_600_000;
    const outcome = await runSourceSync((await db.sources.get(source.id))!, { db, http, now: () => clock });
    expect(outcome.complete).toBe(true);
  };
  /** Announces what is pending, as the worker does after a sync: the lines of the notification. */
  const announce = async () => {
    const plan = await claimNextAnnouncement(db, async () => true, new Date(clock));
    if (plan) await completeAnnouncement(db, plan.id);
    return plan?.offers ?? [];
  };

  it('alerts a saved offer’s salary change once, with old and new, and keeps the version', async () => {
    repo().setFile('jobs/a.md', posting({}, 'Intro.\n\nRémunération : 45k€ - 55k€ brut annuel.'));
    repo().setFile('jobs/b.md', posting({ title: 'Autre poste' }, 'Rémunération : 45k€ - 55k€ brut annuel.'));
    await sync();
    await saveFavorite(db, idOf('a.md'));
    repo().setFile('jobs/a.md', posting({}, 'Intro.\n\nRémunération : 50k€ - 60k€ brut annuel.'));
    repo().setFile('jobs/b.md', posting({ title: 'Autre poste' }, 'Rémunération : 50k€ - 60k€ brut annuel.'));
    await sync();
    const lines = await announce();
    // The unsaved offer's edit is history, not news.
    expect(lines).toEqual([expect.objectContaining({ offerId: idOf('a.md'), alert: { kind: 'changed', change: expect.objectContaining({ field: 'salary', before: expect.objectContaining({ min: 45_000, max: 55_000 }), after: expect.objectContaining({ min: 50_000, max: 60_000 }) }), more: 0 } })]);
    expect(await announce()).toEqual([]);
    const [version] = await readHistory(db, idOf('a.md'));
    expect(version).toMatchObject({ seenAt: clock, body: { removed: ['Rémunération : 45k€ - 55k€ brut annuel.'], added: ['Rémunération : 50k€ - 60k€ brut annuel.'] } });
    expect(await readHistory(db, idOf('b.md'))).toHaveLength(1);
  });

  it('alerts closing, reopening and removal; the closed and removed offer keeps its last text', async () => {
    repo().setFile('jobs/a.md', posting({}, 'Le texte de la mission.'));
    // A folder left empty would not be listed at all: another posting stays.
    repo().setFile('jobs/b.md', posting({ title: 'Autre poste' }));
    await sync();
    await saveFavorite(db, idOf('a.md'));
    repo().setFile('jobs/a.md', posting({ open: 'false' }, 'Le texte de la mission.'));
    await sync();
    expect((await announce()).map((line) => line.alert)).toEqual([{ kind: 'closed' }]);
    repo().setFile('jobs/a.md', posting({}, 'Le texte de la mission.'));
    // A folder left empty would not be listed at all: another posting stays.
    repo().setFile('jobs/b.md', posting({ title: 'Autre poste' }));
    await sync();
    expect((await announce()).map((line) => line.alert)).toEqual([{ kind: 'reopened' }]);
    repo().setFile('jobs/a.md', posting({ open: 'false' }, 'Le dernier texte.'));
    await sync();
    await announce();
    repo().removeFile('jobs/a.md');
    await sync();
    expect((await announce()).map((line) => line.alert)).toEqual([{ kind: 'removed' }]);
    const favorite = await db.favorites.get(idOf('a.md'));
    expect(favorite?.snapshot.status).toBe('closed');
    expect(favorite?.snapshot.body.trim()).toBe('Le dernier texte.');
    expect((await db.offers.get(idOf('a.md')))?.listed).toBe(0);
    expect((await readHistory(db, idOf('a.md'))).map((version) => version.removed ?? version.changes.map((change) => change.field).join())).toEqual([true, 'status', 'status', 'status']);
  });

  it('tells nothing of a body edit alone, nor of a muted offer; the history keeps both', async () => {
    repo().setFile('jobs/a.md', posting({}, 'Premier paragraphe.'));
    await sync();
    await saveFavorite(db, idOf('a.md'));
    repo().setFile('jobs/a.md', posting({}, 'Premier paragraphe, reformulé.'));
    await sync();
    expect(await announce()).toEqual([]);
    await setFavoriteAlertsMuted(db, idOf('a.md'), true);
    repo().setFile('jobs/a.md', posting({ title: 'Développeuse Python senior' }, 'Premier paragraphe, reformulé.'));
    await sync();
    expect(await announce()).toEqual([]);
    expect(await readHistory(db, idOf('a.md'))).toHaveLength(2);
  });

  it('reminds of a saved offer’s deadline once, days before, and again when the deadline moves', async () => {
    repo().setFile('jobs/a.md', posting({ date_limite: '2027-03-20' }));
    await sync();
    await saveFavorite(db, idOf('a.md'));
    expect(await announce()).toEqual([]);
    clock = Date.parse('2027-03-17T09:00:00Z');
    expect((await announce()).map((line) => line.alert)).toEqual([{ kind: 'deadline', deadline: '2027-03-20' }]);
    expect(await announce()).toEqual([]);
    repo().setFile('jobs/a.md', posting({ date_limite: '2027-03-21' }));
    await sync();
    const lines = await announce();
    expect(lines).toHaveLength(1);
    expect(lines[0]?.alert).toMatchObject({ kind: 'changed', change: { field: 'deadline', before: '2027-03-20', after: '2027-03-21' } });
    // The moved deadline is reminded of 3 days before it, as a reminder of its own.
    clock = Date.parse('2027-03-18T09:00:00Z');
    expect((await announce()).map((line) => line.alert)).toEqual([{ kind: 'deadline', deadline: '2027-03-21' }]);
  });

  it('shows again, under the same id, a notification claimed by a worker that died before showing it', async () => {
    repo().setFile('jobs/a.md', posting({}));
    await sync();
    await saveFavorite(db, idOf('a.md'));
    repo().setFile('jobs/a.md', posting({ open: 'false' }));
    await sync();
    const claimed = await claimNextAnnouncement(db, async () => true, new Date(clock));
    const [again] = await unfinishedAnnouncements(db);
    expect(again).toEqual(claimed);
    expect(await claimNextAnnouncement(db, async () => true, new Date(clock))).toBeUndefined();
  });

  it('keeps a saved offer’s whole history, and an unsaved one’s within the budget', async () => {
    repo().setFile('jobs/a.md', posting({}));
    repo().setFile('jobs/b.md', posting({ title: 'B' }));
    await sync();
    await saveFavorite(db, idOf('a.md'));
    for (let edit = 1; edit <= HISTORY_BUDGET.versions + 4; edit++) {
      const body = `Version ${edit}.\n\n${'Un long paragraphe de la mission. '.repeat(10 + edit)}`;
      repo().setFile('jobs/a.md', posting({ title: `A v${edit}` }, body));
      repo().setFile('jobs/b.md', posting({ title: `B v${edit}` }, body));
      await sync();
    }
    expect(await readHistory(db, idOf('a.md'))).toHaveLength(HISTORY_BUDGET.versions + 4);
    const unsaved = await readHistory(db, idOf('b.md'));
    expect(unsaved.length).toBeLessThan(HISTORY_BUDGET.versions);
    expect(unsaved.reduce((sum, version) => sum + versionBytes(version), 0)).toBeLessThanOrEqual(HISTORY_BUDGET.bytes);
    expect(unsaved[0]?.changes).toEqual([{ field: 'title', before: `B v${HISTORY_BUDGET.versions + 3}`, after: `B v${HISTORY_BUDGET.versions + 4}` }]);
    // Unsaved, its history falls under the budget too.
    await removeFavorite(db, idOf('a.md'));
    expect((await readHistory(db, idOf('a.md'))).length).toBe(unsaved.length);
  });
});
