import { isPostingFileName } from './posting-file-name';
import type { Fetched, GitHubLocation, Listing, RemoteFile, SourceAdapter } from './types';

const PUBLIC_API = 'https://api.github.com';
// GitHub's contents API stops at 1,000 entries per folder: exactly that many may hide more files.
const CONTENTS_API_LIMIT = 1000;

export const githubAdapter: SourceAdapter<GitHubLocation> = {
  kind: 'github',

  parseUrl(url) {
    return url.hostname === 'github.com' ? parseWebUrl(url) : parseContentsApiUrl(url);
  },

  describe(location) {
    const folder = location.path ? `/${location.path}` : '';
    return `${location.owner}/${location.repo}${folder}`;
  },

  key(location) {
    return `github:${location.apiBase}/${location.owner}/${location.repo}@${location.ref ?? ''}:${location.path}`.toLowerCase();
  },

  apiHost(location) {
    return new URL(location.apiBase).host;
  },

  async list(location, http, options): Promise<Fetched<Listing>> {
    const result = await http.getJson(contentsUrl(location), options);
    if (!result.ok) return result;
    if (result.value.status === 304) return { ok: true, value: { status: 'unchanged' } };
    const entries = result.value.body;
    if (!Array.isArray(entries)) {
      return { ok: false, failure: { kind: 'corrupt', message: 'the URL names a file, not a folder', url: contentsUrl(location) } };
    }
    const files = entries.flatMap((entry) => toRemoteFile(entry));
    const etag = result.value.headers.get('etag') ?? undefined;
    return { ok: true, value: { status: 'listed', files, etag, complete: entries.length !== CONTENTS_API_LIMIT } };
  },
};

/** https://github.com/OWNER/REPO/tree/REF/PATH — REF is taken as one segment (branch names with "/" are not supported). */
function parseWebUrl(url: URL): GitHubLocation | undefined {
  const [owner, repo, view, ref, ...path] = segments(url);
  if (!owner || !repo) return undefined;
  if (view === undefined) return { kind: 'github', apiBase: PUBLIC_API, owner, repo: stripGitSuffix(repo), path: '' };
  if (view !== 'tree' || !ref) return undefined;
  return { kind: 'github', apiBase: PUBLIC_API, owner, repo, ref, path: path.join('/') };
}

/** http(s)://HOST/…/repos/OWNER/REPO/contents/PATH?ref=REF: api.github.com, GitHub Enterprise (/api/v3) or a test server. */
function parseContentsApiUrl(url: URL): GitHubLocation | undefined {
  const match = /^(.*)\/repos\/([^/]+)\/([^/]+)\/contents(?:\/(.*?))?\/?$/.exec(url.pathname);
  if (!match) return undefined;
  const [, prefix = '', owner = '', repo = '', path = ''] = match;
  const ref = url.searchParams.get('ref') ?? undefined;
  return {
    kind: 'github',
    apiBase: `${url.origin}${prefix}`,
    owner: decodeURIComponent(owner),
    repo: decodeURIComponent(repo),
    ref,
    path: path.split('/').map(decodeURIComponent).join('/'),
  };
}

export function contentsUrl(location: GitHubLocation): string {
  const path = location.path.split('/').filter(Boolean).map(encodeURIComponent).join('/');
  const url = new URL(`${location.apiBase}/repos/${encodeURIComponent(location.owner)}/${encodeURIComponent(location.repo)}/contents/${path}`);
  if (location.ref) url.searchParams.set('ref', location.ref);
  return url.toString();
}

function toRemoteFile(entry: unknown): RemoteFile[] {
  if (!isRecord(entry) || entry.type !== 'file') return [];
  const { name, path, sha, download_url: downloadUrl, html_url: htmlUrl, size } = entry;
  if (typeof name !== 'string' || typeof path !== 'string' || typeof sha !== 'string') return [];
  if (typeof downloadUrl !== 'string' || !isPostingFileName(name)) return [];
  return [{
    name,
    path,
    version: sha,
    blobSha: sha,
    downloadUrl,
    htmlUrl: typeof htmlUrl === 'string' ? htmlUrl : undefined,
    size: typeof size === 'number' ? size : undefined,
  }];
}

function segments(url: URL): string[] {
  return url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
}

function stripGitSuffix(repo: string): string {
  return repo.endsWith('.git') ? repo.slice(0, -4) : repo;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
