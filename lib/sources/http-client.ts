import type { BytesResponse, FetchFailure, Fetched, HttpClient, JsonResponse, RequestOptions } from './types';

export interface HttpClientOptions {
  fetch?: typeof fetch;
  /** Per attempt, body included. Chrome kills a worker whose fetch waits over 30 s. */
  deadlineMs?: number;
  /** Attempts for transient failures (5xx, resets, timeouts, cut bodies). */
  attempts?: number;
  backoffMs?: number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Called with every answer's x-ratelimit-* headers, so the UI can show what is left. */
  onRateInfo?: (host: string, info: RateInfo) => void;
}

export interface RateInfo {
  remaining: number;
  resetAt: number;
}

const MAX_BODY_BYTES = 16 * 1024 * 1024;

export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const deadlineMs = options.deadlineMs ?? 20_000;
  const attempts = options.attempts ?? 3;
  const backoffMs = options.backoffMs ?? 500;
  const sleep = options.sleep ?? abortableSleep;

  async function attempt(url: string, accept: string, request: RequestOptions): Promise<Fetched<BytesResponse>> {
    const deadline = AbortSignal.timeout(deadlineMs);
    const signal = request.signal ? AbortSignal.any([request.signal, deadline]) : deadline;
    const headers: Record<string, string> = { Accept: accept };
    if (request.etag) headers['If-None-Match'] = request.etag;
    if (request.validators?.lastModified) headers['If-Modified-Since'] = request.validators.lastModified;
    if (request.token) headers.Authorization = `Bearer ${request.token}`;
    try {
      const response = await fetchImpl(url, { headers, signal, cache: 'no-store', credentials: 'omit', redirect: 'follow' });
      const host = new URL(url).host;
      const rate = readRateInfo(response.headers);
      if (rate) options.onRateInfo?.(host, rate);
      if (isRateLimited(response, rate)) {
        await response.body?.cancel();
        return failed({ kind: 'rate-limited', host, resetAt: rate?.resetAt ?? retryAfter(response) });
      }
      if (response.status === 304) return { ok: true, value: { status: 304, body: new Uint8Array(), headers: response.headers } };
      if (!response.ok) {
        await response.body?.cancel();
        return failed({ kind: 'http', status: response.status, url });
      }
      const body = await readBounded(response, url);
      if (!body.ok) return body;
      return { ok: true, value: { status: 200, body: body.value, headers: response.headers } };
    } catch (error) {
      if (request.signal?.aborted) return failed({ kind: 'aborted' });
      if (deadline.aborted) return failed({ kind: 'timeout', url });
      return failed({ kind: 'network', message: errorMessage(error), url });
    }
  }

  async function withRetries(url: string, accept: string, request: RequestOptions): Promise<Fetched<BytesResponse>> {
    let result = await attempt(url, accept, request);
    for (let tried = 1; tried < attempts && !result.ok && isTransient(result.failure); tried++) {
      const jitter = 0.5 + Math.random();
      await sleep(backoffMs * 2 ** (tried - 1) * jitter, request.signal);
      if (request.signal?.aborted) return failed({ kind: 'aborted' });
      result = await attempt(url, accept, request);
    }
    return result;
  }

  return {
    async getBytes(url, request = {}) {
      return withRetries(url, '*/*', request);
    },
    async getJson(url, request = {}): Promise<Fetched<JsonResponse>> {
      const result = await withRetries(url, 'application/vnd.github+json, application/json', request);
      if (!result.ok) return result;
      const { status, body, headers } = result.value;
      if (status === 304) return { ok: true, value: { status, body: undefined, headers } };
      try {
        return { ok: true, value: { status, body: JSON.parse(new TextDecoder().decode(body)), headers } };
      } catch {
        return failed({ kind: 'corrupt', message: 'the answer is not valid JSON (cut short?)', url });
      }
    },
  };
}

export function isTransient(failure: FetchFailure): boolean {
  if (failure.kind === 'http') return failure.status >= 500 || failure.status === 408;
  return failure.kind === 'network' || failure.kind === 'timeout' || failure.kind === 'corrupt';
}

function failed(failure: FetchFailure): { ok: false; failure: FetchFailure } {
  return { ok: false, failure };
}

function readRateInfo(headers: Headers): RateInfo | undefined {
  const remaining = headers.get('x-ratelimit-remaining');
  const reset = headers.get('x-ratelimit-reset');
  if (remaining === null || reset === null) return undefined;
  const info = { remaining: Number(remaining), resetAt: Number(reset) * 1000 };
  return Number.isFinite(info.remaining) && Number.isFinite(info.resetAt) ? info : undefined;
}

// GitHub answers 403 (or 429) with x-ratelimit-remaining: 0 when the hourly quota is spent;
// a 403 with quota left is a permission problem, not a reason to wait.
function isRateLimited(response: Response, rate: RateInfo | undefined): boolean {
  if (response.status === 429) return true;
  return response.status === 403 && (rate?.remaining === 0 || response.headers.has('retry-after'));
}

function retryAfter(response: Response): number {
  const seconds = Number(response.headers.get('retry-after'));
  return Date.now() + (Number.isFinite(seconds) && seconds > 0 ? seconds : 60) * 1000;
}

async function readBounded(response: Response, url: string): Promise<Fetched<Uint8Array>> {
  const tooLarge = failed({ kind: 'corrupt', message: `the file is larger than ${MAX_BODY_BYTES} bytes`, url });
  if (Number(response.headers.get('content-length')) > MAX_BODY_BYTES) {
    await response.body?.cancel();
    return tooLarge;
  }
  if (!response.body) return { ok: true, value: new Uint8Array() };
  // Read chunk by chunk so that a hostile endless body is cut at the cap, not held in memory.
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    total += chunk.value.byteLength;
    if (total > MAX_BODY_BYTES) {
      await reader.cancel();
      return tooLarge;
    }
    chunks.push(chunk.value);
  }
  return { ok: true, value: concatBytes(chunks, total) };
}

function concatBytes(chunks: Uint8Array[], total: number): Uint8Array {
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      clearTimeout(timer);
      resolve();
    };
    // Removed when the time is up: a sync's signal outlives thousands of sleeps.
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', stop);
      resolve();
    }, ms);
    signal?.addEventListener('abort', stop, { once: true });
  });
}
