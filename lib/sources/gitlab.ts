import { describeFolder } from './describe-folder';
import type { Fetched, GitLabLocation, HttpClient, Listing, RemoteFile, RequestOptions, SourceAdapter } from './types';

const PAGE_SIZE = 100;
// A folder of postings is far smaller; the bound keeps a hostile server from paging forever.
const MAX_PAGES = 100;

export const gitlabAdapter: SourceAdapter<GitLabLocation> = {
  kind: 'gitlab',

  parseUrl(url) {
    return parseTreeApiUrl(url) ?? parseWebUrl(url);
  },

  describe(location) {
    return describeFolder(location.project, location);
  },

  key(location) {
    return `gitlab:${location.apiBase}/${location.project}@${location.ref ?? ''}:${location.path}`.toLowerCase();
  },

  apiHost(location) {
    return new URL(location.apiBase).host;
  },

  async list(location, http, options): Promise<Fetched<Listing>> {
    const files: RemoteFile[] = [];
    let page: string | null = '1';
    for (let count = 0; page && count < MAX_PAGES; count++) {
      const result = await listPage(location, page, http, options);
      if (!result.ok) return result;
      files.push(...result.value.files);
      page = result.value.nextPage;
    }
    return { ok: true, value: { status: 'listed', files, complete: !page } };
  },
};

async function listPage(location: GitLabLocation, page: string, http: HttpClient, options: RequestOptions) {
  const url = treeUrl(location, page);
  const result = await http.getJson(url, { signal: options.signal, token: options.token });
  if (!result.ok) return result;
  if (!Array.isArray(result.value.body)) {
    return { ok: false as const, failure: { kind: 'corrupt' as const, message: 'the folder listing is not a list', url } };
  }
  const files = result.value.body.flatMap((entry) => toRemoteFile(location, entry));
  const nextPage = result.value.headers.get('x-next-page') || null;
  return { ok: true as const, value: { files, nextPage } };
}

/** https://gitlab.com/GROUP/…/PROJECT/-/tree/REF/PATH */
function parseWebUrl(url: URL): GitLabLocation | undefined {
  if (url.hostname !== 'gitlab.com' && !url.hostname.startsWith('gitlab.')) return undefined;
  const [projectPart, rest] = url.pathname.split('/-/');
  if (!projectPart || rest === undefined) return undefined;
  const [view, ref, ...path] = rest.split('/').filter(Boolean).map(decodeURIComponent);
  if (view !== 'tree' || !ref) return undefined;
  const project = projectPart.split('/').filter(Boolean).map(decodeURIComponent).join('/');
  if (!project.includes('/')) return undefined;
  return { kind: 'gitlab', apiBase: `${url.origin}/api/v4`, webBase: url.origin, project, ref, path: path.join('/') };
}

/** http(s)://HOST/api/v4/projects/ID/repository/tree?path=…&ref=… (self-hosted GitLab, test servers). */
function parseTreeApiUrl(url: URL): GitLabLocation | undefined {
  const match = /^(.*\/api\/v4)\/projects\/([^/]+)\/repository\/tree\/?$/.exec(url.pathname);
  if (!match) return undefined;
  const [, apiPath = '', project = ''] = match;
  return {
    kind: 'gitlab',
    apiBase: `${url.origin}${apiPath}`,
    project: decodeURIComponent(project),
    ref: url.searchParams.get('ref') ?? undefined,
    path: url.searchParams.get('path') ?? '',
  };
}

function treeUrl(location: GitLabLocation, page: string): string {
  const url = new URL(`${location.apiBase}/projects/${encodeURIComponent(location.project)}/repository/tree`);
  url.searchParams.set('path', location.path);
  if (location.ref) url.searchParams.set('ref', location.ref);
  url.searchParams.set('per_page', String(PAGE_SIZE));
  url.searchParams.set('page', page);
  return url.toString();
}

function toRemoteFile(location: GitLabLocation, entry: unknown): RemoteFile[] {
  if (typeof entry !== 'object' || entry === null) return [];
  const { id, name, path, type } = entry as Record<string, unknown>;
  if (type !== 'blob' || typeof id !== 'string' || typeof name !== 'string' || typeof path !== 'string') return [];
  const raw = new URL(`${location.apiBase}/projects/${encodeURIComponent(location.project)}/repository/files/${encodeURIComponent(path)}/raw`);
  if (location.ref) raw.searchParams.set('ref', location.ref);
  const htmlUrl = location.webBase
    ? `${location.webBase}/${location.project}/-/blob/${location.ref ?? 'HEAD'}/${path.split('/').map(encodeURIComponent).join('/')}`
    : undefined;
  return [{ name, path, version: id, blobSha: id, downloadUrl: raw.toString(), htmlUrl }];
}
