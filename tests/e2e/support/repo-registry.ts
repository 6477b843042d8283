import { FakeRepo } from './fake-repo';

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
