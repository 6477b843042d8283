import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { hashString } from '../../lib/text/hash';

/** One answer of a board's host. */
export interface BoardReply {
  status: number;
  contentType: string;
  body: string;
  headers?: Record<string, string>;
}

export interface BoardRequest {
  url: string;
  status: number;
  headers: Record<string, string>;
}

export const FIXTURES_DIR = resolve(import.meta.dirname, '../sources/fixtures');

export function fixtureText(name: string): string {
  return readFileSync(resolve(FIXTURES_DIR, name), 'utf8');
}

export const json = (value: unknown, status = 200): BoardReply => ({ status, contentType: 'application/json; charset=utf-8', body: JSON.stringify(value) });
export const xml = (body: string, status = 200): BoardReply => ({ status, contentType: 'application/xml; charset=utf-8', body });
export const html = (body: string, status = 200): BoardReply => ({ status, contentType: 'text/html; charset=utf-8', body });

/** What the vendors answer for a board that does not exist (their documentation and recorded answers). */
export const NOT_FOUND = {
  greenhouse: json({ status: 404, error: 'Job not found' }, 404),
  lever: json({ ok: false, error: 'Document not found' }, 404),
} as const;

/**
 * The hosts of job boards and feeds, in memory: each address (host and path, the query ignored)
 * answers what the test set. With `validators`, answers carry an ETag and a Last-Modified and
 * honour If-None-Match (most boards send neither: Vigie then compares its hash of the answer).
 * Serves unit tests as a `fetch` and the journeys behind an HTTPS server (board-server.ts).
 */
export class BoardHosts {
  readonly requests: BoardRequest[] = [];
  validators = false;
  readonly #routes = new Map<string, BoardReply>();

  set(url: string, reply: BoardReply): void {
    this.#routes.set(routeKey(url), reply);
  }

  delete(url: string): void {
    this.#routes.delete(routeKey(url));
  }

  answer(url: string, headers: Record<string, string>): BoardReply {
    const reply = this.#routes.get(routeKey(url)) ?? { status: 404, contentType: 'text/plain', body: 'Not Found' };
    const answered = this.validators && reply.status === 200 ? withValidators(reply, headers) : reply;
    this.requests.push({ url, status: answered.status, headers });
    return answered;
  }

  /** A `fetch` that answers from these hosts, for createHttpClient in unit tests. */
  readonly fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.toString() : input.url;
    const headers = Object.fromEntries(Object.entries((init?.headers ?? {}) as Record<string, string>).map(([name, value]) => [name.toLowerCase(), value]));
    const reply = this.answer(url, headers);
    const body = reply.status === 304 ? null : reply.body;
    return new Response(body, { status: reply.status, headers: { 'content-type': reply.contentType, ...reply.headers } });
  };
}

function routeKey(url: string): string {
  const parsed = new URL(url);
  return `${parsed.host}${parsed.pathname}`;
}

function withValidators(reply: BoardReply, headers: Record<string, string>): BoardReply {
  const etag = `"${hashString(reply.body)}"`;
  const validators = { etag, 'last-modified': 'Mon, 23 Nov 2026 08:00:00 GMT' };
  if (headers['if-none-match'] === etag) return { status: 304, contentType: reply.contentType, body: '', headers: validators };
  return { ...reply, headers: { ...reply.headers, ...validators } };
}
