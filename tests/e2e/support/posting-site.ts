import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PostingSite {
  origin: string;
  url(path: string): string;
  /** Serves `html` at `path` (text/html; charset=utf-8) from now on. */
  page(path: string, html: string): string;
  close(): Promise<void>;
}

/**
 * A web site on 127.0.0.1 serving the pages a journey sets: posting pages, JSON-LD pages,
 * hostile pages. Two sites are two origins (two ports).
 */
export async function startPostingSite(): Promise<PostingSite> {
  const pages = new Map<string, string>();
  const server = createServer((request, response) => {
    const html = pages.get(new URL(request.url ?? '/', 'http://x').pathname);
    response.writeHead(html === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(html ?? '<!doctype html><title>404</title>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    page(path, html) {
      pages.set(path, html);
      return `${origin}${path}`;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
