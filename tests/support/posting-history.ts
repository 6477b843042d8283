import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from './mulberry32';
import { SHARED_DIR } from './fixtures';

/**
 * How each publisher of the shared fixtures marks a posting open or closed in its real folder:
 * beta.gouv.fr's `open` flag, the Canadian Digital Service's `archived`, the ANCT incubator's
 * `status` and `poste_pourvu`, 18F's `closes` date, multi.coop's `job_status`; the two job
 * boards (Python jobs, Tech Corridor) delete a posting's file when it closes. `close` returns
 * null for a file that leaves the folder.
 */
interface PublisherWay {
  folder: string;
  /** False for folders whose files say nothing of their status: Vigie reads them "unknown", never open, never announced. */
  marksStatus: boolean;
  open(text: string): string;
  close(text: string): string | null;
}

const FRONT_MATTER_START = /^---\r?\n/;
const withoutKeys = (text: string, keys: string[]) => text.replace(new RegExp(`^(${keys.join('|')}):.*\\r?\\n`, 'gm'), '');
const withKey = (text: string, line: string) => text.replace(FRONT_MATTER_START, `---\n${line}\n`);
const setKey = (text: string, key: string, value: string, keysToDrop: string[] = []) => withKey(withoutKeys(text, [key, ...keysToDrop]), `${key}: ${value}`);

/** A closing date one year ahead of the replay: open whatever day the test runs. */
const AHEAD = new Date(Date.now() + 365 * 24 * 3600 * 1000).toISOString().slice(0, 10);

export const PUBLISHER_WAYS: readonly PublisherWay[] = [
  {
    folder: 'beta.gouv.fr-jobs',
    marksStatus: true,
    open: (text) => setKey(text, 'open', 'true', ['poste_pourvu', 'poste_ferme', 'depublication_date']),
    close: (text) => setKey(text, 'open', 'false'),
  },
  { folder: 'cds-snc+digital-canada-ca-jobs', marksStatus: true, open: (text) => setKey(text, 'archived', 'false'), close: (text) => setKey(text, 'archived', 'true') },
  {
    folder: 'incubateur-territoires+incubateur.anct.gouv.fr-jobs',
    marksStatus: true,
    open: (text) => setKey(text, 'status', 'open', ['poste_pourvu', 'poste_ferme']),
    close: (text) => setKey(text, 'poste_pourvu', 'true'),
  },
  { folder: '18F+join.tts.gsa.gov-jobs', marksStatus: true, open: (text) => setKey(text, 'closes', AHEAD), close: (text) => setKey(text, 'closes', '2023-10-02') },
  { folder: 'multi.coop-jobs', marksStatus: true, open: (text) => setKey(text, 'job_status', '[ open ]'), close: (text) => setKey(text, 'job_status', '[ closed ]') },
  { folder: 'pythonjobs+jobs-jobs', marksStatus: false, open: (text) => text, close: () => null },
  { folder: 'techcorridorio+jobs.techcorridor.io-jobs', marksStatus: false, open: (text) => text, close: () => null },
];

export interface HistoryPosting {
  /** Index into PUBLISHER_WAYS. */
  publisher: number;
  name: string;
  real: string;
}

export type HistoryStep =
  | { kind: 'open'; posting: number }
  | { kind: 'edit'; posting: number; edition: number }
  | { kind: 'close'; posting: number }
  | { kind: 'reopen'; posting: number };

/** The real postings of every publisher, in folder order. */
export function historyPostings(): HistoryPosting[] {
  return PUBLISHER_WAYS.flatMap((way, publisher) => {
    const dir = join(SHARED_DIR, 'fixtures', way.folder);
    return readdirSync(dir)
      .filter((name) => /\.(md|html)$/.test(name))
      .sort()
      .map((name) => ({ publisher, name, real: readFileSync(join(dir, name), 'utf8') }));
  });
}

/**
 * A history of `length` steps over the postings, seeded: a posting is published open the first
 * time; an open one may be edited (a line added, its status unchanged), closed, and a closed
 * one reopened. The first `baseline` postings are open before the history starts.
 */
export function buildHistory(postings: readonly HistoryPosting[], length: number, baseline: number, seed = 15): HistoryStep[] {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const state = postings.map((_, index): 'open' | 'closed' | 'unpublished' => (index < baseline ? 'open' : 'unpublished'));
  const editions = postings.map(() => 0);
  const steps: HistoryStep[] = [];
  while (steps.length < length) {
    const inState = (wanted: string) => state.flatMap((value, index) => (value === wanted ? [index] : []));
    const [unpublished, open, closed] = [inState('unpublished'), inState('open'), inState('closed')];
    const roll = random();
    if (unpublished.length > 0 && (roll < 0.4 || open.length === 0)) {
      const posting = unpublished[0]!;
      state[posting] = 'open';
      steps.push({ kind: 'open', posting });
    } else if (roll < 0.65 && open.length > 0) {
      const posting = pick(open);
      steps.push({ kind: 'edit', posting, edition: ++editions[posting]! });
    } else if (roll < 0.85 && open.length > 0) {
      const posting = pick(open);
      state[posting] = 'closed';
      steps.push({ kind: 'close', posting });
    } else if (closed.length > 0) {
      const posting = pick(closed);
      state[posting] = 'open';
      steps.push({ kind: 'reopen', posting });
    }
  }
  return steps;
}

/** The file as the step leaves it: its open version (with the step's editions), its closed one, or null when it left the folder. */
export function fileAfter(posting: HistoryPosting, open: boolean, editions: number): string | null {
  const way = PUBLISHER_WAYS[posting.publisher]!;
  if (!open) return way.close(way.open(posting.real));
  const edited = Array.from({ length: editions }, (_, n) => `\n\nMise à jour ${n + 1} de l'annonce, sans changement de statut.\n`).join('');
  return `${way.open(posting.real)}${edited}`;
}
