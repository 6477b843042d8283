import { readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { BoardHosts } from './board-hosts';

export interface BoardServer {
  port: number;
  close(): Promise<void>;
}

// A self-signed certificate for test use only; Chromium runs the journeys with
// --ignore-certificate-errors, so its names do not matter.
const TLS = {
  key: readFileSync(resolve(import.meta.dirname, 'tls/key.pem')),
  cert: readFileSync(resolve(import.meta.dirname, 'tls/cert.pem')),
};

/**
 * An HTTPS server on 127.0.0.1 that answers for every board host of `hosts` (the Host header
 * tells which). The journeys' Chromium resolves those names to it, so the extension fetches
 * https://boards-api.greenhouse.io/… exactly as in use. No CORS header: like the real hosts for
 * an extension, what lets Vigie read them is the host permission the seeker granted.
 */
export async function startBoardServer(hosts: BoardHosts): Promise<BoardServer> {
  const server = createServer(TLS, (request, response) => {
    const url = `https://${request.headers.host}${request.url ?? '/'}`;
    const headers = Object.fromEntries(Object.entries(request.headers).flatMap(([name, value]) => (typeof value === 'string' ? [[name, value]] : [])));
    const reply = hosts.answer(url, headers);
    response.writeHead(reply.status, { 'content-type': reply.contentType, ...reply.headers });
    response.end(reply.status === 304 ? undefined : reply.body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
