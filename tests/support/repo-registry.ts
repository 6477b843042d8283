import { FakeRepo, type RepoNode } from './fake-repo';

/** The repositories a server knows: one FakeRepo per owner/name/ref, the first ref seen being the default branch. */
export class RepoRegistry {
  readonly #repos = new Map<string, FakeRepo>();
  readonly #defaultRefs = new Map<string, string>();
  readonly #projectIds = new Map<string, number>();

  repo(owner: string, name: string, ref?: string): FakeRepo {
    const fullName = `${owner}/${name}`;
    if (!this.#defaultRefs.has(fullName)) {
      this.#defaultRefs.set(fullName, ref ?? 'main');
      this.#projectIds.set(fullName, this.#projectIds.size + 1);
    }
    const branch = ref ?? this.#defaultRefs.get(fullName)!;
    const key = `${fullName}@${branch}`;
    let repo = this.#repos.get(key);
    if (!repo) {
      repo = new FakeRepo(owner, name, branch);
      this.#repos.set(key, repo);
    }
    return repo;
  }

  /** The branch `ref` of owner/name (its default branch when ref is empty), if the test created it. */
  find(owner: string, name: string, ref?: string | null): FakeRepo | undefined {
    const branch = ref || this.#defaultRefs.get(`${owner}/${name}`);
    return this.#repos.get(`${owner}/${name}@${branch}`);
  }

  /** The directory of owner/name whose tree id is `treeSha`, on any branch; a ref or "HEAD" names a branch's root. */
  findTree(owner: string, name: string, treeSha: string): Extract<RepoNode, { type: 'dir' }> | undefined {
    const byRef = this.find(owner, name, treeSha === 'HEAD' ? undefined : treeSha)?.node('');
    if (byRef?.type === 'dir') return byRef;
    for (const [key, repo] of this.#repos) {
      if (!key.startsWith(`${owner}/${name}@`)) continue;
      const dir = repo.findDirectory(treeSha);
      if (dir) return dir;
    }
    return undefined;
  }

  /** GitLab names a project by numeric id or by its URL-decoded "owner/name" path. */
  findProject(id: string, ref?: string | null): FakeRepo | undefined {
    const fullName = /^\d+$/.test(id) ? this.#fullNameOfProject(Number(id)) : id;
    const slash = fullName?.lastIndexOf('/') ?? -1;
    if (!fullName || slash < 0) return undefined;
    return this.find(fullName.slice(0, slash), fullName.slice(slash + 1), ref);
  }

  projectId(owner: string, name: string): number | undefined {
    return this.#projectIds.get(`${owner}/${name}`);
  }

  #fullNameOfProject(id: number): string | undefined {
    return [...this.#projectIds].find(([, projectId]) => projectId === id)?.[0];
  }
}
