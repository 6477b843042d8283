import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FakeRepo } from './fake-repo';
import { FaultPlan, type FaultKind, type FaultOptions } from './fault-plan';
import { answerContents, answerGitTree, answerRaw, contentsUrl, rateLimitExceeded, rawUrl } from './github-routes';
import { answerGitlabRaw, answerGitlabTree, gitlabRawUrl, gitlabTreeUrl } from './gitlab-routes';
import { nowSeconds, RateLimit, rateLimitHeaders, type RateLimitState } from './rate-limit';
import { jsonReply, withEtag, type Reply } from './reply';
import { RepoRegistry } from './repo-registry';
import { classifyRequest, decodeSegments, faultTargetOf, type RequestKind } from './request-kind';

export type { RequestKind } from './request-kind';

export interface RequestLog {
  method: string;
  /** Decoded path, e.g. `/raw/o/r/main/jobs/stagebizdév.md`. */
  path: string;
  /** Raw query string, with its `?`, or ''. */
  query: string;
  /** 0 while unanswered, and for 'reset' and 'timeout' faults. */
  status: number;
  kind: RequestKind;
  time: number;
  fault?: FaultKind;
  /** Request headers, names in lower case. */
  headers: Record<string, string>;
}

export interface GitHubServerOptions {
  rateLimit?: Partial<RateLimitState>;
  /** Send GitHub's cache-control (API 60 s, raw 300 s), so the browser's HTTP cache plays as it would. Off by default. */
  cacheLikeGitHub?: boolean;
}

export interface GitHubServer {
  origin: string;
  /** The contents URL a user would paste (GitHub's `/repos/{owner}/{repo}/contents/{path}?ref=`). */
  apiUrl(owner: string, repo: string, path?: string, ref?: string): string;
  downloadUrl(owner: string, repo: string, path: string, ref?: string): string;
  gitlabTreeUrl(owner: string, repo: string, path?: string, ref?: string): string;
  gitlabRawUrl(owner: string, repo: string, path: string, ref?: string): string;
  /** The branch `ref` of owner/repo, created empty on first use; the first ref named is the default branch ('main'). */
  repo(owner: string, repo: string, ref?: string): FakeRepo;
  readonly requests: readonly RequestLog[];
  clearRequests(): void;
  setRateLimit(change: Partial<RateLimitState>): void;
  rateLimit(): RateLimitState;
  setFaults(options: FaultOptions): void;
  clearFaults(): void;
  close(): Promise<void>;
}

const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers':
    'ETag, Link, Location, Retry-After, x-ratelimit-limit, x-ratelimit-remaining, x-ratelimit-reset, x-ratelimit-used, x-ratelimit-resource, x-next-page, x-total-pages, x-page, x-per-page, x-total',
};

const PREFLIGHT: Reply = {
  status: 204,
  headers: {
    'access-control-allow-methods': 'GET, HEAD, OPTIONS',
    'access-control-allow-headers':
      'If-None-Match, Authorization, Accept, X-GitHub-Api-Version, Content-Type, If-Modified-Since, PRIVATE-TOKEN',
    'access-control-max-age': '86400',
  },
  body: '',
};

const CACHE_CONTROL: Partial<Record<RequestKind, string>> = {
  listing: 'public, max-age=60, s-maxage=60',
  'git-tree': 'public, max-age=60, s-maxage=60',
  raw: 'max-age=300',
};

/** A real HTTP server on 127.0.0.1 that answers like GitHub's contents API (and a little of GitLab's). */
export async function startGitHubServer(options: GitHubServerOptions = {}): Promise<GitHubServer> {
  const registry = new RepoRegistry();
  const rateLimit = new RateLimit(options.rateLimit);
  const requests: RequestLog[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let faults: FaultPlan | undefined;
  let closing: Promise<void> | undefined;

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, CORS_HEADERS);
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', origin);
    const segments = decodeSegments(url.pathname);
    const log: RequestLog = {
      method: req.method ?? 'GET',
      path: safeDecode(url.pathname),
      query: url.search,
      status: 0,
      kind: req.method === 'OPTIONS' || !segments ? 'other' : classifyRequest(segments),
      time: Date.now(),
      headers: headersOf(req),
    };
    requests.push(log);
    if (req.method === 'OPTIONS') return send(res, log, PREFLIGHT);
    if (!segments) return send(res, log, jsonReply(400, { message: 'Bad Request' }));

    const target = faultTargetOf(log.kind);
    log.fault = target && faults?.next(target);
    if (log.fault && (await breakAnswer(log.fault, req, res, log))) return;

    // A truncated answer needs a body to cut, so it ignores If-None-Match (Chrome's HTTP cache sends one by itself).
    const truncate = log.fault === 'truncated';
    send(res, log, answer(req, url, segments, log.kind, truncate ? undefined : req.headers['if-none-match']), truncate);
  }

  /** Plays a fault; true when it took the answer over, false when the normal answer follows. */
  async function breakAnswer(fault: FaultKind, req: IncomingMessage, res: ServerResponse, log: RequestLog) {
    switch (fault) {
      case 'reset':
        req.socket.destroy();
        return true;
      case 'timeout':
        // Never answered: the client gives up, or close() destroys the socket.
        return true;
      case 'status500':
        send(res, log, jsonReply(500, { message: 'Server Error' }));
        return true;
      case 'status502':
        send(res, log, jsonReply(502, { message: 'Server Error' }));
        return true;
      case 'ratelimit':
        send(res, log, rateLimitExceeded(callerIp(req), { ...rateLimit.state(), remaining: 0, resetAt: nowSeconds() + (faults?.rateLimitResetSeconds ?? 3) }));
        return true;
      case 'delay':
        await sleep(faults?.delayMs ?? 2000);
        return res.destroyed;
      case 'truncated':
        return false;
    }
  }

  function answer(req: IncomingMessage, url: URL, segments: string[], kind: RequestKind, ifNoneMatch?: string): Reply {
    switch (kind) {
      case 'listing':
      case 'git-tree':
        return answerGitHubApi(req, url, segments, kind, ifNoneMatch);
      case 'raw':
        return withEtag(answerRaw(registry, segments.slice(1)), ifNoneMatch);
      case 'gitlab-tree':
        return withEtag(answerGitlabTree(registry, origin, segments[3]!, url.searchParams), ifNoneMatch);
      case 'gitlab-raw':
        return answerGitlabRaw(registry, segments[3]!, segments[6]!, url.searchParams.get('ref'));
      case 'other':
        return jsonReply(404, { message: 'Not Found' });
    }
  }

  function answerGitHubApi(req: IncomingMessage, url: URL, segments: string[], kind: RequestKind, ifNoneMatch?: string): Reply {
    if (!rateLimit.take()) return rateLimitExceeded(callerIp(req), rateLimit.state());
    const [, owner, name, , ...path] = segments;
    const content =
      kind === 'git-tree'
        ? answerGitTree(registry, origin, owner!, name!, segments[5]!)
        : answerContents(registry.find(owner!, name!, url.searchParams.get('ref')), origin, path.join('/'), req.headers.accept);
    const reply = withEtag(content, ifNoneMatch);
    // GitHub does not charge an authenticated 304; an unauthenticated one still costs a call.
    if (reply.status === 304 && req.headers.authorization) rateLimit.refund();
    return { ...reply, headers: { ...reply.headers, ...rateLimitHeaders(rateLimit.state()) } };
  }

  function send(res: ServerResponse, log: RequestLog, reply: Reply, truncate = false): void {
    if (res.destroyed) return;
    log.status = reply.status;
    const body = Buffer.from(reply.body);
    const cacheControl = options.cacheLikeGitHub && reply.status === 200 ? CACHE_CONTROL[log.kind] : undefined;
    const headers: Record<string, string> = { ...CORS_HEADERS, ...reply.headers, ...(cacheControl && { 'cache-control': cacheControl }) };
    if (reply.status !== 304 && reply.status !== 204) headers['content-length'] = String(body.byteLength);
    res.writeHead(reply.status, headers);
    if (!truncate) {
      res.end(body);
      return;
    }
    // The promised content-length is never reached: the client sees the connection drop mid-body.
    res.write(body.subarray(0, Math.floor(body.byteLength / 2)), () => res.destroy());
  }

  function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });
  }

  return {
    origin,
    apiUrl: (owner, repo, path, ref) => contentsUrl(origin, owner, repo, path, ref),
    downloadUrl: (owner, repo, path, ref) => rawUrl(origin, registry.repo(owner, repo, ref), path),
    gitlabTreeUrl: (owner, repo, path, ref) => gitlabTreeUrl(origin, owner, repo, path, ref),
    gitlabRawUrl: (owner, repo, path, ref) => gitlabRawUrl(origin, owner, repo, path, ref),
    repo: (owner, repo, ref) => registry.repo(owner, repo, ref),
    get requests() {
      return requests;
    },
    clearRequests: () => {
      requests.length = 0;
    },
    setRateLimit: (change) => rateLimit.set(change),
    rateLimit: () => rateLimit.state(),
    setFaults: (faultOptions) => {
      faults = new FaultPlan(faultOptions);
    },
    clearFaults: () => {
      faults = undefined;
    },
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.close(() => resolve());
        // Also ends keep-alive sockets and the answers a 'timeout' fault holds back.
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

function headersOf(req: IncomingMessage): Record<string, string> {
  return Object.fromEntries(Object.entries(req.headers).map(([name, value]) => [name, String(value)]));
}

/** Node reports IPv4 callers of a dual-stack socket as ::ffff:a.b.c.d; GitHub names the plain address. */
function callerIp(req: IncomingMessage): string {
  return (req.socket.remoteAddress ?? '127.0.0.1').replace(/^::ffff:/, '');
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
