import type { SourceRecord } from '../db/records';
import { offerId } from '../postings/offer-id';
import type { GitHubLocation, GitLabLocation } from '../sources/types';

/**
 * The offer ids a GitHub or GitLab file page may show: https://github.com/OWNER/REPO/blob/REF/PATH
 * is file PATH of the sources that follow OWNER/REPO, whatever REF (a branch, a tag or a commit)
 * the link took.
 */
export function repoFileOfferIds(pageUrl: string, sources: readonly Pick<SourceRecord, 'id' | 'location'>[]): string[] {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return [];
  }
  return sources.flatMap((source) => {
    const { location } = source;
    const path = location.kind === 'github' ? githubPath(url, location) : location.kind === 'gitlab' ? gitlabPath(url, location) : undefined;
    return path === undefined ? [] : [offerId(source.id, path)];
  });
}

function githubPath(url: URL, location: GitHubLocation): string | undefined {
  if (url.origin !== githubWebOrigin(location.apiBase)) return undefined;
  const [owner, repo, view, , ...path] = segments(url);
  if (view !== 'blob' || !same(owner, location.owner) || !same(repo, location.repo)) return undefined;
  return inFolder(path.join('/'), location.path);
}

function gitlabPath(url: URL, location: GitLabLocation): string | undefined {
  const webBase = location.webBase ?? new URL(location.apiBase).origin;
  if (url.origin !== new URL(webBase).origin) return undefined;
  const parts = segments(url);
  const marker = parts.indexOf('-');
  if (marker < 0 || parts[marker + 1] !== 'blob') return undefined;
  if (!same(parts.slice(0, marker).join('/'), location.project)) return undefined;
  return inFolder(parts.slice(marker + 3).join('/'), location.path);
}

/** https://github.com for the public API; the server's own origin for GitHub Enterprise (HOST/api/v3). */
export function githubWebOrigin(apiBase: string): string {
  const api = new URL(apiBase);
  return api.host === 'api.github.com' ? 'https://github.com' : api.origin;
}

function inFolder(path: string, folder: string): string | undefined {
  if (path === '') return undefined;
  const prefix = folder.replace(/^\/+|\/+$/g, '');
  return prefix === '' || path === prefix || path.startsWith(`${prefix}/`) ? path : undefined;
}

function segments(url: URL): string[] {
  return url.pathname.split('/').filter(Boolean).map((segment) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      return segment;
    }
  });
}

function same(a: string | undefined, b: string): boolean {
  return a !== undefined && a.toLowerCase() === b.toLowerCase();
}
