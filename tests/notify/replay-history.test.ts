import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addSource } from '../../lib/db';
import { claimAnnouncement, completeAnnouncement, pendingOpenings } from '../../lib/notify/announcements-store';
import { planAnnouncement } from '../../lib/notify/plan-announcement';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { createHttpClient } from '../../lib/sources';
import { runSourceSync } from '../../lib/sync/run-source-sync';
import { freshDatabase } from '../db/test-database';
import { BETA_FIXTURES, fixtureNames } from '../support/fixtures';
import { startGitHubServer, type GitHubServer } from '../support/github-server';

let server: GitHubServer;
beforeAll(async () => {
  server = await startGitHubServer({ rateLimit: { remaining: 1_000_000 } });
});
afterAll(() => server.close());

/** The real file as published while open: `open: true`, without the marks of a filled or unpublished post. */
function openVersion(text: string): string {
  return text.replace(/^open:.*$/m, 'open: true').replace(/^(poste_pourvu|poste_ferme|depublication_date):.*$/gm, '');
}

it('replays the fixtures in date order: every real opening is notified exactly once', async () => {
  const names = fixtureNames(BETA_FIXTURES);
  // beta.gouv.fr's real folder holds one posting whose name has no extension: one of the replayed files is published so.
  const bare = names[10]!;
  const fileName = (name: string) => (name === bare ? name.replace(/\.md$/, '') : name);
  const real = new Map(names.map((name) => [name, readFileSync(join(BETA_FIXTURES, name), 'utf8')]));
  const repo = server.repo('betagouv', 'replay', 'main');
  const db = freshDatabase();
  const added = await addSource(db, server.apiUrl('betagouv', 'replay', 'jobs', 'main'));
  if (!added.ok) throw new Error('not added');
  const http = createHttpClient({ backoffMs: 1 });
  const isOpen = new Map<string, boolean>();
  let realOpenings = 0;
  let notified = 0;

  const publish = (name: string, open: boolean, baseline: boolean) => {
    repo.setFile(`jobs/${fileName(name)}`, open ? openVersion(real.get(name)!) : real.get(name)!);
    if (open && !isOpen.get(name) && !baseline) realOpenings++;
    isOpen.set(name, open);
  };
  const syncAndAnnounce = async () => {
    const outcome = await runSourceSync((await db.sources.get(added.source.id))!, { db, http });
    expect(outcome.complete).toBe(true);
    const pending = await pendingOpenings(db);
    const offers = new Map((await db.offers.bulkGet(pending.map((event) => event.offerId))).map((offer, index) => [pending[index]!.offerId, offer]));
    const plan = planAnnouncement(pending, { offers, saved: new Map(), versionAt: () => undefined, settings: { ...DEFAULT_SETTINGS.notifications, enabled: true }, mySkills: [], minuteOfDay: 600 });
    const notification = await claimAnnouncement(db, plan);
    if (notification) {
      notified += notification.offers.length;
      await completeAnnouncement(db, notification.id);
    }
  };

  // The first sync is a baseline: what is open then was open before Vigie looked.
  for (const name of names.slice(0, 5)) publish(name, true, true);
  await syncAndAnnounce();
  expect(notified).toBe(0);

  for (const [step, name] of names.slice(5).entries()) {
    publish(name, true, false);
    const open = [...isOpen].filter(([, value]) => value).map(([key]) => key);
    if (step % 3 === 2) publish(open[0]!, false, false);
    const closed = [...isOpen].filter(([, value]) => !value).map(([key]) => key);
    if (step % 7 === 6 && closed.length > 0) publish(closed[0]!, true, false);
    if (step % 5 === 4) repo.setFile(`jobs/${fileName(open.at(-1)!)}`, `${openVersion(real.get(open.at(-1)!)!)}\n\nÉdition sans changement de statut.\n`);
    await syncAndAnnounce();
  }
  await syncAndAnnounce();

  console.info(`replay: ${names.length} files, ${realOpenings} real openings, ${notified} notified`);
  expect(realOpenings).toBeGreaterThan(names.length - 5);
  expect(notified).toBe(realOpenings);
}, 60_000);
