import type { FakeRepo, RepoEntry } from './fake-repo';
import { rateLimitHeaders, type RateLimitState } from './rate-limit';
import type { RepoRegistry } from './repo-registry';
import { encodePath, jsonReply, rawReply, type Reply } from './reply';

const NOT_FOUND = {
  message: 'Not Found',
  documentation_url: 'https://docs.github.com/rest/repos/contents#get-repository-content',
  status: '404',
};

/** The contents URL a user would paste: GitHub's `GET /repos/{owner}/{repo}/contents/{path}`. */
export function contentsUrl(origin: string, owner: string, repo: string, path = '', ref?: string): string {
  const query = ref ? `?ref=${encodeURIComponent(ref)}` : '';
  return `${origin}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/contents/${encodePath(path)}${query}`;
}

/** The raw download URL, standing in for raw.githubusercontent.com/{owner}/{repo}/{ref}/{path}. */
export function rawUrl(origin: string, repo: FakeRepo, path: string): string {
  return `${origin}/raw/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.name)}/${encodePath(repo.ref)}/${encodePath(path)}`;
}

/** GitHub's contents API lists at most this many entries of a directory, silently. */
export const CONTENTS_LISTING_LIMIT = 1000;

/** `GET /repos/:owner/:repo/contents/:path?ref=`: a directory listing, or one file with base64 content. */
export function answerContents(repo: FakeRepo | undefined, origin: string, path: string, accept = ''): Reply {
  const node = repo?.node(path);
  if (!repo || !node) return jsonReply(404, NOT_FOUND);
  if (node.type === 'dir') {
    const listed = node.children.slice(0, CONTENTS_LISTING_LIMIT);
    return jsonReply(200, listed.map((entry) => entryJson(origin, repo, entry)), { etag: true });
  }
  if (/application\/vnd\.github(\.v3)?\.raw/.test(accept)) return { ...rawReply(node.content), etag: true };
  const { _links, ...entry } = entryJson(origin, repo, node.entry);
  const content = wrapBase64(Buffer.from(node.content).toString('base64'));
  return jsonReply(200, { ...entry, content, encoding: 'base64', _links }, { etag: true });
}

/**
 * `GET /repos/:owner/:repo/git/trees/:tree_sha`, not recursive: `tree_sha` is a tree's id or a
 * ref ("HEAD" is the default branch), as GitHub takes either.
 */
export function answerGitTree(registry: RepoRegistry, origin: string, owner: string, name: string, treeSha: string): Reply {
  const found = registry.findTree(owner, name, treeSha);
  if (!found) return jsonReply(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/git/trees#get-a-tree', status: '404' });
  const repoPath = `${encodeURIComponent(owner)}/${encodeURIComponent(name)}`;
  const tree = found.children.map((entry) => ({
    path: entry.name,
    mode: entry.type === 'dir' ? '040000' : '100644',
    type: entry.type === 'dir' ? 'tree' : 'blob',
    sha: entry.sha,
    ...(entry.type === 'file' ? { size: entry.size } : {}),
    url: `${origin}/repos/${repoPath}/git/${entry.type === 'dir' ? 'trees' : 'blobs'}/${entry.sha}`,
  }));
  return jsonReply(200, { sha: found.entry.sha, url: `${origin}/repos/${repoPath}/git/trees/${found.entry.sha}`, tree, truncated: false }, { etag: true });
}

/** `GET /raw/:owner/:repo/:ref/:path`; a ref may hold slashes, so every split is tried against known refs. */
export function answerRaw(registry: RepoRegistry, segments: readonly string[]): Reply {
  const [owner, name, ...rest] = segments;
  for (let refLength = 1; owner && name && refLength < rest.length; refLength += 1) {
    const repo = registry.find(owner, name, rest.slice(0, refLength).join('/'));
    const node = repo?.node(rest.slice(refLength).join('/'));
    if (node?.type === 'file') return { ...rawReply(node.content), etag: true };
  }
  return { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: '404: Not Found' };
}

/** GitHub's answer once the budget is spent, naming the caller's IP. */
export function rateLimitExceeded(ip: string, state: RateLimitState): Reply {
  return jsonReply(
    403,
    {
      message: `API rate limit exceeded for ${ip}. (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)`,
      documentation_url: 'https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting',
    },
    { headers: rateLimitHeaders(state) },
  );
}

function entryJson(origin: string, repo: FakeRepo, entry: RepoEntry) {
  const url = contentsUrl(origin, repo.owner, repo.name, entry.path, repo.ref);
  const repoPath = `${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.name)}`;
  const isDir = entry.type === 'dir';
  const gitUrl = `${origin}/repos/${repoPath}/git/${isDir ? 'trees' : 'blobs'}/${entry.sha}`;
  const htmlUrl = `${origin}/${repoPath}/${isDir ? 'tree' : 'blob'}/${encodePath(repo.ref)}/${encodePath(entry.path)}`;
  return {
    name: entry.name,
    path: entry.path,
    sha: entry.sha,
    size: entry.size,
    url,
    html_url: htmlUrl,
    git_url: gitUrl,
    download_url: isDir ? null : rawUrl(origin, repo, entry.path),
    type: entry.type,
    _links: { self: url, git: gitUrl, html: htmlUrl },
  };
}

/** GitHub breaks the base64 `content` of a file every 60 characters. */
function wrapBase64(base64: string): string {
  return `${base64.replace(/.{60}/g, '$&\n')}\n`;
}
