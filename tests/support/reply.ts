import { createHash } from 'node:crypto';

/** What a route answers; the server adds CORS, ETag/304, rate-limit headers and faults. */
export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body: Uint8Array | string;
  /** Give this answer an ETag and honour If-None-Match. */
  etag?: boolean;
}

export function jsonReply(status: number, value: unknown, extra: Omit<Reply, 'status' | 'body'> = {}): Reply {
  return {
    ...extra,
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...extra.headers },
    body: JSON.stringify(value),
  };
}

export function rawReply(content: Uint8Array): Reply {
  return { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: content };
}

/** Percent-encodes each segment, as GitHub does in the URLs it hands out (`é` → `%C3%A9`). */
export function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** Adds a strong ETag derived from the body, and turns a matching If-None-Match into an empty 304. */
export function withEtag(reply: Reply, ifNoneMatch: string | undefined): Reply {
  if (!reply.etag || reply.status !== 200) return reply;
  const etag = `"${createHash('sha1').update(reply.body).digest('hex')}"`;
  const headers = { ...reply.headers, etag };
  const candidates = (ifNoneMatch ?? '').split(',').map((tag) => tag.trim().replace(/^W\//, ''));
  if (candidates.includes(etag) || candidates.includes('*')) return { status: 304, headers: { etag }, body: '' };
  return { ...reply, headers };
}
