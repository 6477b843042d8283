import { describeFolder } from './describe-folder';
import type { Fetched, GitHubLocation, HttpClient, Listing, RemoteFile, RequestOptions, SourceAdapter } from './types';

const PUBLIC_API = 'https://api.github.com';
// GitHub's contents API stops at 1,000 entries per folder: exactly that many may hide more files.
const CONTENTS_API_LIMIT = 1000;

export const githubAdapter: SourceAdapter<GitHubLocation> = {
  kind: 'github',

  parseUrl(url) {
    return url.hostname === 'github.com' ? parseWebUrl(url) : parseContentsApiUrl(url);
  },

  describe(location) {
    return describeFolder(`${location.owner}/${location.repo}`, location);
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
    if (entries.length >= CONTENTS_API_LIMIT) return listThroughTree(location, http, files, { signal: options?.signal });
    const etag = result.value.headers.get('etag') ?? undefined;
    return { ok: true, value: { status: 'listed', files, etag, complete: true } };
  },
};

/**
 * A folder of 1,000 entries or more, read whole through the git trees API (up to 100,000 entries).
 * Its files' download and page URLs are built like those the contents API gave for the first
 * thousand. No ETag is kept: the first thousand may stay the same while the rest change. When
 * the tree cannot be read, the first thousand are returned as an incomplete listing, from which
 * the sync removes nothing.
 */
async function listThroughTree(location: GitHubLocation, http: HttpClient, firstThousand: RemoteFile[], options: RequestOptions): Promise<Fetched<Listing>> {
  const partial: Fetched<Listing> = { ok: true, value: { status: 'listed', files: firstThousand, complete: false } };
  const urls = urlPrefixes(firstThousand);
  const treeSha = urls && (await folderTreeSha(location, http, options));
  if (!urls || !treeSha) return partial;
  const result = await http.getJson(treeUrl(location, treeSha), options);
  if (!result.ok) return result;
  const body = result.value.body;
  if (!isRecord(body) || !Array.isArray(body.tree)) return partial;
  const folder = location.path.split('/').filter(Boolean).join('/');
  const files = body.tree.flatMap((entry) => treeEntryToRemoteFile(entry, folder, urls));
  return { ok: true, value: { status: 'listed', files, complete: body.truncated !== true } };
}

/** The git tree of the folder: a ref names the root's; a sub-folder's is in its parent's listing. */
async function folderTreeSha(location: GitHubLocation, http: HttpClient, options: RequestOptions): Promise<string | undefined> {
  const segments = location.path.split('/').filter(Boolean);
  const name = segments.pop();
  if (name === undefined) return location.ref ?? 'HEAD';
  const parent = await http.getJson(contentsUrl({ ...location, path: segments.join('/') }), options);
  if (!parent.ok || !Array.isArray(parent.value.body)) return undefined;
  const entry = parent.value.body.find((each: unknown) => isRecord(each) && each.type === 'dir' && each.name === name);
  return isRecord(entry) && typeof entry.sha === 'string' ? entry.sha : undefined;
}

function treeUrl(location: GitHubLocation, treeSha: string): string {
  return `${location.apiBase}/repos/${encodeURIComponent(location.owner)}/${encodeURIComponent(location.repo)}/git/trees/${encodeURIComponent(treeSha)}`;
}

interface UrlPrefixes {
  download: string;
  html?: string;
}

/** What comes before a file's path in the download and page URLs of the listed files. */
function urlPrefixes(files: RemoteFile[]): UrlPrefixes | undefined {
  // A plain path reads the same however a server chose to escape the others.
  const sample = files.find((file) => /^[\w./-]+$/.test(file.path)) ?? files[0];
  if (!sample) return undefined;
  const encodedPath = encodeRepoPath(sample.path);
  const prefixOf = (url: string | undefined) => (url?.endsWith(encodedPath) ? url.slice(0, -encodedPath.length) : undefined);
  const download = prefixOf(sample.downloadUrl);
  return download === undefined ? undefined : { download, html: prefixOf(sample.htmlUrl) };
}

function treeEntryToRemoteFile(entry: unknown, folder: string, urls: UrlPrefixes): RemoteFile[] {
  if (!isRecord(entry) || entry.type !== 'blob') return [];
  const { path: name, sha, size } = entry;
  if (typeof name !== 'string' || typeof sha !== 'string') return [];
  const path = folder === '' ? name : `${folder}/${name}`;
  return [{
    name,
    path,
    version: sha,
    blobSha: sha,
    downloadUrl: urls.download + encodeRepoPath(path),
    htmlUrl: urls.html === undefined ? undefined : urls.html + encodeRepoPath(path),
    size: typeof size === 'number' ? size : undefined,
  }];
}

function encodeRepoPath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

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
  const path = encodeRepoPath(location.path.split('/').filter(Boolean).join('/'));
  const url = new URL(`${location.apiBase}/repos/${encodeURIComponent(location.owner)}/${encodeURIComponent(location.repo)}/contents/${path}`);
  if (location.ref) url.searchParams.set('ref', location.ref);
  return url.toString();
}

function toRemoteFile(entry: unknown): RemoteFile[] {
  if (!isRecord(entry) || entry.type !== 'file') return [];
  const { name, path, sha, download_url: downloadUrl, html_url: htmlUrl, size } = entry;
  if (typeof name !== 'string' || typeof path !== 'string' || typeof sha !== 'string') return [];
  if (typeof downloadUrl !== 'string') return [];
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
