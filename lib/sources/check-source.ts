import { adapterFor } from '.';
import { mayBePosting } from './classify-file-name';
import type { FetchFailure, HttpClient, SourceLocation } from './types';

/** Why a source is refused when it is added: it could not be listed. */
export type SourceCheckRefusal = 'not-found' | 'not-a-folder' | 'unreachable' | 'refused-by-server';

export type SourceCheck =
  /** postingFiles: undefined when the host limits requests now; the source is kept, and its first sync says when it resumes. */
  | { ok: true; postingFiles?: number }
  | { ok: false; reason: SourceCheckRefusal; detail: string };

/** Lists the folder once before it is followed: a repository or folder that does not exist is refused, with the reason. */
export async function checkSource(location: SourceLocation, http: HttpClient, tokenFor: (host: string) => string | undefined = () => undefined): Promise<SourceCheck> {
  const adapter = adapterFor(location);
  const listing = await adapter.list(location, http, { token: tokenFor(adapter.apiHost(location)) });
  if (listing.ok) return { ok: true, postingFiles: listing.value.status === 'listed' ? listing.value.files.filter(mayBePosting).length : undefined };
  const { failure } = listing;
  if (failure.kind === 'rate-limited' || failure.kind === 'aborted') return { ok: true };
  return { ok: false, reason: refusalOf(failure), detail: detailOf(failure) };
}

function refusalOf(failure: Exclude<FetchFailure, { kind: 'rate-limited' | 'aborted' }>): SourceCheckRefusal {
  switch (failure.kind) {
    case 'http':
      return failure.status === 404 || failure.status === 410 ? 'not-found' : 'refused-by-server';
    case 'corrupt':
    case 'unexpected-answer':
      return 'not-a-folder';
    case 'network':
    case 'timeout':
      return 'unreachable';
  }
}

function detailOf(failure: Exclude<FetchFailure, { kind: 'rate-limited' | 'aborted' }>): string {
  switch (failure.kind) {
    case 'http':
      return `HTTP ${failure.status} ${failure.url}`;
    case 'corrupt':
    case 'network':
      return `${failure.message} (${failure.url})`;
    case 'unexpected-answer':
      return `${failure.reason} (${failure.url})`;
    case 'timeout':
      return `timeout (${failure.url})`;
  }
}
