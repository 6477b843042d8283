import { fileAdapter } from './file';
import { githubAdapter } from './github';
import { gitlabAdapter } from './gitlab';
import type { SourceAdapter, SourceLocation } from './types';

export type * from './types';
export { createHttpClient, isTransient } from './http-client';
export type { HttpClientOptions, RateInfo } from './http-client';

/** Every kind of source Vigie reads, tried in this order (the single-file adapter last: it accepts any .md URL). */
export const SOURCE_ADAPTERS = [githubAdapter, gitlabAdapter, fileAdapter] as const;

export type ParsedSourceUrl =
  | { ok: true; location: SourceLocation; key: string; name: string }
  | { ok: false; error: 'not-a-url' | 'unsupported' };

export function parseSourceUrl(input: string): ParsedSourceUrl {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, error: 'not-a-url' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, error: 'unsupported' };
  for (const adapter of SOURCE_ADAPTERS) {
    const location = (adapter as SourceAdapter).parseUrl(url);
    if (location) return { ok: true, location, key: adapterFor(location).key(location), name: adapterFor(location).describe(location) };
  }
  return { ok: false, error: 'unsupported' };
}

export function adapterFor<L extends SourceLocation>(location: L): SourceAdapter<L> {
  const adapter = SOURCE_ADAPTERS.find((candidate) => candidate.kind === location.kind);
  if (!adapter) throw new Error(`No adapter for source kind ${location.kind}`);
  return adapter as unknown as SourceAdapter<L>;
}
