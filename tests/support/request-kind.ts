import type { FaultTarget } from './fault-plan';

/** CORS preflights (OPTIONS) are 'other', whatever their path. */
export type RequestKind = 'listing' | 'git-tree' | 'raw' | 'gitlab-tree' | 'gitlab-raw' | 'other';

/** What a request asks for, from its decoded path segments. */
export function classifyRequest(segments: readonly string[]): RequestKind {
  const [first, , , fourth] = segments;
  if (first === 'repos' && fourth === 'contents' && segments.length >= 4) return 'listing';
  if (first === 'repos' && fourth === 'git' && segments[4] === 'trees' && segments.length === 6) return 'git-tree';
  if (first === 'raw' && segments.length >= 5) return 'raw';
  if (segments.slice(0, 3).join('/') !== 'api/v4/projects' || segments[4] !== 'repository') return 'other';
  if (segments[5] === 'tree' && segments.length === 6) return 'gitlab-tree';
  if (segments[5] === 'files' && segments[7] === 'raw' && segments.length === 8) return 'gitlab-raw';
  return 'other';
}

export function faultTargetOf(kind: RequestKind): FaultTarget | undefined {
  if (kind === 'listing' || kind === 'gitlab-tree') return 'listing';
  if (kind === 'git-tree') return 'tree';
  if (kind === 'raw' || kind === 'gitlab-raw') return 'raw';
  return undefined;
}

/** Splits before decoding, so GitLab's `%2F` stays inside one segment; undefined for malformed escapes. */
export function decodeSegments(pathname: string): string[] | undefined {
  try {
    const segments = pathname.split('/').slice(1).map((segment) => decodeURIComponent(segment));
    return segments.at(-1) === '' ? segments.slice(0, -1) : segments;
  } catch {
    return undefined;
  }
}
