import type { BytesResponse, Fetched, HttpClient, JsonResponse, RequestOptions } from '../../lib/sources/types';

export interface RecordedAnswer {
  status?: 200 | 304;
  body: unknown;
  headers?: Record<string, string>;
}

/** An HttpClient answering from a table of URLs, and recording what was asked; an unknown URL answers 404. */
export function recordedHttp(answers: Record<string, RecordedAnswer>) {
  const asked: Array<{ url: string; options?: RequestOptions }> = [];
  function answer(url: string, options?: RequestOptions) {
    asked.push({ url, options });
    const recorded = answers[url];
    if (!recorded) return { ok: false as const, failure: { kind: 'http' as const, status: 404, url } };
    return { ok: true as const, value: { status: recorded.status ?? 200, body: recorded.body, headers: new Headers(recorded.headers) } };
  }
  const http: HttpClient = {
    getJson: async (url, options) => answer(url, options) as Fetched<JsonResponse>,
    getBytes: async (url, options) => answer(url, options) as Fetched<BytesResponse>,
  };
  return { http, asked };
}
