import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gitBlobSha, gitTreeSha, sortLikeGit } from './git-sha';

export interface RepoEntry {
  name: string;
  path: string;
  type: 'file' | 'dir';
  sha: string;
  size: number;
}

export type RepoNode =
  | { type: 'file'; entry: RepoEntry; content: Uint8Array }
  | { type: 'dir'; entry: RepoEntry; children: RepoEntry[] };

/** One branch of a repository whose files the test controls; directories exist through their files. */
export class FakeRepo {
  readonly #files = new Map<string, Uint8Array>();

  constructor(
    readonly owner: string,
    readonly name: string,
    readonly ref: string,
  ) {}

  setFile(path: string, content: string | Uint8Array): void {
    const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    this.#files.set(normalizePath(path), bytes);
  }

  removeFile(path: string): void {
    if (!this.#files.delete(normalizePath(path))) throw new Error(`${this.owner}/${this.name}: no file ${path}`);
  }

  /** Copies every file under `dirOnDisk` (recursively) to `intoPath`; returns the repository paths added. */
  loadFolder(dirOnDisk: string, intoPath = ''): string[] {
    const added: string[] = [];
    for (const dirent of readdirSync(dirOnDisk, { withFileTypes: true, recursive: true })) {
      if (!dirent.isFile()) continue;
      const onDisk = join(dirent.parentPath, dirent.name);
      const relative = onDisk.slice(dirOnDisk.replace(/\/+$/, '').length + 1);
      const path = normalizePath(`${intoPath}/${relative}`);
      this.#files.set(path, readFileSync(onDisk));
      added.push(path);
    }
    return added.sort();
  }

  files(): string[] {
    return [...this.#files.keys()].sort();
  }

  /** The file or directory at `path` ('' is the root), or undefined. */
  node(path: string): RepoNode | undefined {
    const wanted = normalizePath(path);
    const content = this.#files.get(wanted);
    if (content) return { type: 'file', entry: this.#fileEntry(wanted, content), content };
    const children = this.#children(wanted);
    if (children.length === 0) return undefined;
    return { type: 'dir', entry: this.#dirEntry(wanted, children), children };
  }

  /** The directory whose git tree id is `treeSha`, if any. */
  findDirectory(treeSha: string): Extract<RepoNode, { type: 'dir' }> | undefined {
    const directories = new Set(['']);
    for (const path of this.#files.keys()) {
      const parts = path.split('/').slice(0, -1);
      parts.forEach((_, index) => directories.add(parts.slice(0, index + 1).join('/')));
    }
    for (const directory of directories) {
      const node = this.node(directory);
      if (node?.type === 'dir' && node.entry.sha === treeSha) return node;
    }
    return undefined;
  }

  #children(dir: string): RepoEntry[] {
    const prefix = dir === '' ? '' : `${dir}/`;
    const fileNames = new Set<string>();
    const dirNames = new Set<string>();
    for (const path of this.#files.keys()) {
      if (!path.startsWith(prefix)) continue;
      const [first, ...rest] = path.slice(prefix.length).split('/');
      (rest.length === 0 ? fileNames : dirNames).add(first!);
    }
    const entries = [
      ...[...fileNames].map((name) => this.#fileEntry(prefix + name, this.#files.get(prefix + name)!)),
      ...[...dirNames].map((name) => this.#dirEntry(prefix + name, this.#children(prefix + name))),
    ];
    return sortLikeGit(entries);
  }

  #fileEntry(path: string, content: Uint8Array): RepoEntry {
    return { name: baseName(path), path, type: 'file', sha: gitBlobSha(content), size: content.byteLength };
  }

  #dirEntry(path: string, children: RepoEntry[]): RepoEntry {
    return { name: baseName(path), path, type: 'dir', sha: gitTreeSha(children), size: 0 };
  }
}

function normalizePath(path: string): string {
  return path.split('/').filter(Boolean).join('/');
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
