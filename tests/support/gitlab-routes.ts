import type { RepoRegistry } from './repo-registry';
import { jsonReply, rawReply, type Reply } from './reply';

const DEFAULT_PER_PAGE = 20;
const MAX_PER_PAGE = 100;

/** The tree URL of a project, as GitLab's API would be called: `/api/v4/projects/:id/repository/tree`. */
export function gitlabTreeUrl(origin: string, owner: string, repo: string, path = '', ref?: string): string {
  const query = new URLSearchParams({ path, ...(ref ? { ref } : {}), per_page: String(MAX_PER_PAGE) });
  return `${origin}/api/v4/projects/${encodeURIComponent(`${owner}/${repo}`)}/repository/tree?${query}`;
}

/** `GET /api/v4/projects/:id/repository/tree?path=&ref=&per_page=&page=`: one page of a directory. */
export function answerGitlabTree(registry: RepoRegistry, origin: string, projectId: string, query: URLSearchParams): Reply {
  const repo = registry.findProject(projectId, query.get('ref'));
  if (!repo) return jsonReply(404, { message: '404 Project Not Found' });
  const node = repo.node(query.get('path') ?? '');
  if (node?.type !== 'dir') return jsonReply(404, { message: '404 Tree Not Found' });

  const perPage = clamp(Number(query.get('per_page') ?? DEFAULT_PER_PAGE) || DEFAULT_PER_PAGE, 1, MAX_PER_PAGE);
  const page = Math.max(1, Number(query.get('page') ?? 1) || 1);
  const totalPages = Math.max(1, Math.ceil(node.children.length / perPage));
  const entries = node.children.slice((page - 1) * perPage, page * perPage).map((entry) => ({
    id: entry.sha,
    name: entry.name,
    type: entry.type === 'dir' ? 'tree' : 'blob',
    path: entry.path,
    mode: entry.type === 'dir' ? '040000' : '100644',
  }));
  const pageUrl = (n: number) => {
    const next = new URLSearchParams(query);
    next.set('page', String(n));
    next.set('per_page', String(perPage));
    return `<${origin}/api/v4/projects/${encodeURIComponent(projectId)}/repository/tree?${next}>`;
  };
  const links = [page < totalPages && `${pageUrl(page + 1)}; rel="next"`, `${pageUrl(1)}; rel="first"`, `${pageUrl(totalPages)}; rel="last"`];
  return jsonReply(200, entries, {
    etag: true,
    headers: {
      'x-page': String(page),
      'x-per-page': String(perPage),
      'x-total': String(node.children.length),
      'x-total-pages': String(totalPages),
      'x-next-page': page < totalPages ? String(page + 1) : '',
      'x-prev-page': page > 1 ? String(page - 1) : '',
      link: links.filter(Boolean).join(', '),
    },
  });
}

/** `GET /api/v4/projects/:id/repository/files/:urlEncodedPath/raw?ref=`. */
export function answerGitlabRaw(registry: RepoRegistry, projectId: string, filePath: string, ref: string | null): Reply {
  const node = registry.findProject(projectId, ref)?.node(filePath);
  if (node?.type !== 'file') return jsonReply(404, { message: '404 File Not Found' });
  return rawReply(node.content);
}

/** The raw URL of one file: the whole path is one percent-encoded segment (`/` → `%2F`). */
export function gitlabRawUrl(origin: string, owner: string, repo: string, path: string, ref?: string): string {
  const query = ref ? `?ref=${encodeURIComponent(ref)}` : '';
  return `${origin}/api/v4/projects/${encodeURIComponent(`${owner}/${repo}`)}/repository/files/${encodeURIComponent(path)}/raw${query}`;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
