import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addSource, updateSettings } from '../../lib/db';
import type { VigieDatabase } from '../../lib/db/schema';
import { saveFavorite } from '../../lib/favorites/favorites-store';
import { versionBytes } from '../../lib/history/history-budget';
import { completeAnnouncement, unfinishedAnnouncements } from '../../lib/notify/announcements-store';
import { claimNextAnnouncement } from '../../lib/notify/next-announcement';
import type { NotificationPlan } from '../../lib/notify/plan-announcement';
import { parsePosting } from '../../lib/postings';
import { offerId } from '../../lib/postings/offer-id';
import { createHttpClient } from '../../lib/sources';
import { runSourceSync } from '../../lib/sync/run-source-sync';
import { freshDatabase } from '../db/test-database';
import { BETA_FIXTURES, fixtureNames } from './fixtures';
import { startGitHubServer } from './github-server';
import { mulberry32 } from './mulberry32';

/**
 * A generated history of real postings (beta.gouv.fr's fixtures, which state neither pay nor
 * deadline of their own, so that the generated ones are the only ones): salaries and deadlines
 * edited, postings closed, reopened, removed and published again, step after step, with some
 * saved offers, workers killed in the middle of syncs and between claiming a notification and
 * showing it. The expected alerts come from the generator's own model of each posting, never
 * from Vigie's code.
 */
export interface ReplayOptions {
  postings: number;
  saved: number;
  steps: number;
  seed: number;
  /** Every this many steps, the worker is killed mid-sync, then resumes it. */
  killEvery: number;
}

export interface ReplayFigures {
  steps: number;
  /** Changes of saved offers the generator made (one per saved offer changed in a step). */
  expectedAlerts: number;
  /** Lines about saved offers in the notifications shown (a notification shown again under its id replaces itself). */
  alerted: number;
  /** Saved offers' alerts that were expected but never shown, or shown more than expected. */
  missed: number;
  repeated: number;
  killedSyncs: number;
  killedAnnouncements: number;
  /** Every alert as expected, offer by offer, in order. */
  sameSequences: boolean;
  /** History bytes (UTF-8 JSON of the versions), per saved and per unsaved posting. */
  bytesPerSavedPosting: number;
  bytesPerUnsavedPosting: number;
  versionsPerSavedPosting: number;
}

type Kind = 'salary' | 'deadline' | 'closed' | 'reopened' | 'removed';
interface Model {
  name: string;
  present: boolean;
  open: boolean;
  salary: [number, number];
  deadline: string;
}

const STATUS_KEYS = /^(poste_pourvu|poste_ferme|depublication_date):.*\n?/gm;

/** A usable fixture: a flag `open:` that decides its status, and no pay or deadline words of its own. */
function usableFixtures(): string[] {
  return fixtureNames(BETA_FIXTURES).filter((name) => {
    const text = readFileSync(join(BETA_FIXTURES, name), 'utf8');
    return /^open:/m.test(text) && !/r[ée]mun|salaire|salary|date.limite|deadline|TJM|€/i.test(text);
  });
}

/** The file as the generator's model publishes it: its flag, its deadline key, its pay first in the body. */
function render(raw: string, model: Model): string {
  const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(raw) ?? [];
  const keys = front.replace(STATUS_KEYS, '').replace(/^open:.*$/m, `open: ${model.open}`);
  const pay = `Rémunération : ${model.salary[0] / 1000}k€ - ${model.salary[1] / 1000}k€ brut annuel.`;
  return `---\n${keys}\ndate_limite: ${model.deadline}\n---\n\n${pay}\n\n${body}`;
}

function randomSalary(random: () => number): [number, number] {
  const min = 35 + Math.floor(random() * 30);
  return [min * 1000, (min + 5 + Math.floor(random() * 10)) * 1000];
}

// Far enough ahead that no deadline reminder mixes in: reminders have their own tests.
function randomDeadline(random: () => number): string {
  const day = new Date(Date.UTC(2031 + Math.floor(random() * 4), Math.floor(random() * 12), 1 + Math.floor(random() * 28)));
  return day.toISOString().slice(0, 10);
}

/** One change the generator can make to a posting now, and what it does to the model. */
function mutate(model: Model, random: () => number): Kind {
  const choices: Kind[] = model.present ? ['salary', 'deadline', 'salary', 'deadline', model.open ? 'closed' : 'reopened', 'removed'] : ['reopened'];
  const kind = choices[Math.floor(random() * choices.length)]!;
  if (kind === 'salary') {
    const before = model.salary.join();
    do model.salary = randomSalary(random);
    while (model.salary.join() === before);
  } else if (kind === 'deadline') {
    const before = model.deadline;
    do model.deadline = randomDeadline(random);
    while (model.deadline === before);
  } else if (kind === 'closed') model.open = false;
  else if (kind === 'removed') model.present = false;
  else {
    // Reopened in place, or published again (open) after its removal.
    model.present = true;
    model.open = true;
  }
  return kind;
}

/** What Vigie's alert says, as a kind comparable with the generator's. */
function alertKind(line: NotificationPlan['offers'][number]): Kind | 'other' {
  const { alert } = line;
  if (!alert) return 'other';
  if (alert.kind === 'changed') return alert.change.field === 'salary' || alert.change.field === 'deadline' ? alert.change.field : 'other';
  return alert.kind === 'deadline' ? 'other' : alert.kind;
}

export async function replaySavedOffers(options: ReplayOptions): Promise<ReplayFigures> {
  const random = mulberry32(options.seed);
  const names = usableFixtures().slice(0, options.postings);
  if (names.length < options.postings) throw new Error(`only ${names.length} usable fixtures`);
  const raw = new Map(names.map((name) => [name, readFileSync(join(BETA_FIXTURES, name), 'utf8')]));
  const server = await startGitHubServer({ rateLimit: { remaining: 1_000_000 } });
  try {
    const repo = server.repo('betagouv', 'history', 'main');
    const db = freshDatabase();
    const added = await addSource(db, server.apiUrl('betagouv', 'history', 'jobs', 'main'));
    if (!added.ok) throw new Error('source not added');
    const sourceId = added.source.id;
    await updateSettings(db, { notifications: { enabled: true, mutedSources: [], minMatchingSkills: 0, quietHours: null, deadlineReminderDays: 3 } });
    const http = createHttpClient({ backoffMs: 1 });
    let clock = Date.parse('2027-01-04T09:00:00Z');

    const models = names.map((name): Model => ({ name, present: true, open: true, salary: randomSalary(random), deadline: randomDeadline(random) }));
    const publish = (model: Model) => (model.present ? repo.setFile(`jobs/${model.name}`, render(raw.get(model.name)!, model)) : repo.removeFile(`jobs/${model.name}`));
    models.forEach(publish);
    const sync = async (killAfterReads?: number) => {
      clock += 3_600_000;
      const stop = new AbortController();
      let reads = 0;
      const outcome = await runSourceSync((await db.sources.get(sourceId))!, {
        db, http, now: () => clock, batchSize: 2, concurrency: 2, signal: stop.signal,
        parse: (bytes, context) => {
          if (killAfterReads !== undefined && ++reads > killAfterReads) stop.abort();
          return parsePosting(bytes, context);
        },
      });
      return outcome.complete;
    };
    if (!(await sync())) throw new Error('the baseline sync did not complete');
    const saved = models.slice(0, options.saved);
    for (const model of saved) await saveFavorite(db, offerId(sourceId, `jobs/${model.name}`), clock);
    const savedIds = new Map(saved.map((model) => [offerId(sourceId, `jobs/${model.name}`), model.name]));

    const expected = new Map<string, Kind[]>(saved.map((model) => [model.name, []]));
    const shown = new Map<string, NotificationPlan>();
    const figures = { killedSyncs: 0, killedAnnouncements: 0 };
    const show = async (plan: NotificationPlan) => {
      shown.set(plan.id, plan);
      await completeAnnouncement(db, plan.id);
    };

    for (let step = 1; step <= options.steps; step++) {
      const killed = step % options.killEvery === 0;
      // A killed sync has more files to read, so that the kill falls between its batches.
      const changes = killed ? 6 : 1 + Math.floor(random() * 3);
      const picked = new Set<Model>();
      while (picked.size < changes) picked.add(models[Math.floor(random() * models.length)]!);
      for (const model of picked) {
        const kind = mutate(model, random);
        expected.get(model.name)?.push(kind);
        publish(model);
      }
      if (killed) {
        figures.killedSyncs++;
        // The worker dies mid-sync: nothing is announced; on its next start it resumes the sync.
        await sync(1 + Math.floor(random() * 4));
      }
      if (!(await sync())) throw new Error(`step ${step}: the sync did not complete`);
      const plan = await claimNextAnnouncement(db, async () => true, new Date(clock));
      if (!plan) continue;
      if (step % (options.killEvery + 3) === 0) {
        // The worker dies between claiming the notification and showing it: its next start shows the unfinished ones.
        figures.killedAnnouncements++;
        for (const unfinished of await unfinishedAnnouncements(db)) await show(unfinished);
      } else await show(plan);
    }

    const observed = new Map<string, Kind[]>(saved.map((model) => [model.name, []]));
    for (const plan of shown.values()) {
      for (const line of plan.offers) {
        const name = savedIds.get(line.offerId);
        if (name && line.alert) observed.get(name)!.push(alertKind(line) as Kind);
      }
    }
    let missed = 0;
    let repeated = 0;
    for (const [name, kinds] of expected) {
      const got = observed.get(name)!;
      missed += Math.max(0, kinds.length - got.length);
      repeated += Math.max(0, got.length - kinds.length);
    }
    const expectedAlerts = [...expected.values()].reduce((sum, kinds) => sum + kinds.length, 0);
    const alerted = [...observed.values()].reduce((sum, kinds) => sum + kinds.length, 0);
    return {
      steps: options.steps,
      expectedAlerts,
      alerted,
      missed,
      repeated,
      ...figures,
      sameSequences: [...expected].every(([name, kinds]) => kinds.join() === observed.get(name)!.join()),
      ...(await historySizes(db, new Set(savedIds.keys()), models.length)),
    };
  } finally {
    await server.close();
  }
}

async function historySizes(db: VigieDatabase, saved: ReadonlySet<string>, postings: number) {
  let savedBytes = 0;
  let unsavedBytes = 0;
  let savedVersions = 0;
  await db.versions.each((version) => {
    if (saved.has(version.offerId)) {
      savedBytes += versionBytes(version);
      savedVersions++;
    } else unsavedBytes += versionBytes(version);
  });
  return {
    bytesPerSavedPosting: Math.round(savedBytes / saved.size),
    bytesPerUnsavedPosting: Math.round(unsavedBytes / (postings - saved.size)),
    versionsPerSavedPosting: Math.round((savedVersions / saved.size) * 10) / 10,
  };
}
