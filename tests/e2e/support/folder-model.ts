import { parsePosting } from '../../../lib/postings';
import type { OfferStatus } from '../../../lib/postings/types';
import type { FakeRepo } from '../../support/fake-repo';
import { gitBlobSha } from '../../support/git-sha';

/** One content a file had, with what Vigie should read from it (its own parser is the oracle). */
export interface FileVersion {
  content: string;
  sha: string;
  title: string;
  status: OfferStatus;
}

/** A file's state at some moment: a version, or gone. */
export type FileState = FileVersion | 'removed';

/**
 * The truth of one folder of a FakeRepo, kept beside it: every change goes through here, and
 * each file keeps the states it went through since the last sync known to be complete. A sync
 * reads the folder as it is when it runs, and a failed request only leaves a file behind, so
 * the database may show, for each file, any state since that sync — never an older one, never
 * one the folder did not have.
 */
export class FolderModel {
  readonly #history = new Map<string, FileState[]>();
  /** States at the last complete sync (absent: the file did not exist then). */
  #synced = new Map<string, FileVersion>();
  readonly #everRemoved = new Set<string>();

  constructor(
    readonly repo: FakeRepo,
    readonly folder: string,
  ) {}

  /** Adds or changes a file; a removed path is never reused, so that "removed" stays final. */
  set(name: string, content: string): FileVersion {
    const path = this.path(name);
    if (this.#everRemoved.has(path)) throw new Error(`${path} was removed: use a new name`);
    const bytes = new TextEncoder().encode(content);
    const offer = parsePosting(bytes, { path });
    const version: FileVersion = { content, sha: gitBlobSha(bytes), title: offer.title, status: offer.status };
    this.repo.setFile(path, bytes);
    this.#history.set(path, [...(this.#history.get(path) ?? []), version]);
    return version;
  }

  remove(name: string): void {
    const path = this.path(name);
    this.repo.removeFile(path);
    this.#everRemoved.add(path);
    this.#history.set(path, [...(this.#history.get(path) ?? []), 'removed']);
  }

  path(name: string): string {
    return `${this.folder}/${name}`;
  }

  /** Names (not paths) of the files present now. */
  names(): string[] {
    return this.paths().map((path) => path.slice(this.folder.length + 1));
  }

  paths(): string[] {
    return [...this.#history].flatMap(([path, states]) => (states.at(-1) === 'removed' ? [] : [path])).sort();
  }

  current(path: string): FileVersion | undefined {
    const last = this.#history.get(path)?.at(-1);
    return last === 'removed' ? undefined : last;
  }

  /** Every path the folder ever held, present or removed. */
  allPaths(): string[] {
    return [...this.#history.keys()].sort();
  }

  /** The version a path had at the last complete sync. */
  synced(path: string): FileVersion | undefined {
    return this.#synced.get(path);
  }

  /** What the database may show for `path`: its states since the last complete sync. */
  allowedStates(path: string): FileState[] {
    return this.#history.get(path) ?? [];
  }

  /** Records that a sync completed: the database now reflects the folder as it is. */
  markSynced(): void {
    this.#synced = new Map(this.paths().map((path) => [path, this.current(path)!]));
    for (const [path, states] of this.#history) this.#history.set(path, [states.at(-1)!]);
  }
}
