import { hashBytes } from '../text/hash';
import type { FileLocation, Fetched, Listing, SourceAdapter } from './types';

const MARKDOWN_PATH = /\.(md|markdown|txt)$/i;

/** A single posting file: the listing is the file itself, fetched conditionally. */
export const fileAdapter: SourceAdapter<FileLocation> = {
  kind: 'file',

  parseUrl(url) {
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    const blob = githubBlobToRaw(url);
    if (blob) return { kind: 'file', url: blob };
    return MARKDOWN_PATH.test(url.pathname) ? { kind: 'file', url: url.toString() } : undefined;
  },

  describe(location) {
    const name = new URL(location.url).pathname.split('/').pop() ?? location.url;
    return decodeURIComponent(name);
  },

  key(location) {
    return `file:${location.url}`;
  },

  apiHost(location) {
    return new URL(location.url).host;
  },

  async list(location, http, options): Promise<Fetched<Listing>> {
    const result = await http.getBytes(location.url, options);
    if (!result.ok) return result;
    if (result.value.status === 304) return { ok: true, value: { status: 'unchanged' } };
    const { body, headers } = result.value;
    const etag = headers.get('etag') ?? undefined;
    const name = this.describe(location);
    const version = `content:${hashBytes(body)}`;
    const file = { path: name, name, version, downloadUrl: location.url, htmlUrl: location.url, content: body };
    return { ok: true, value: { status: 'listed', files: [file], etag, complete: true } };
  },
};

/** https://github.com/OWNER/REPO/blob/REF/PATH.md is a page; its raw file is on raw.githubusercontent.com. */
function githubBlobToRaw(url: URL): string | undefined {
  if (url.hostname !== 'github.com') return undefined;
  const [owner, repo, view, ref, ...path] = url.pathname.split('/').filter(Boolean);
  if (view !== 'blob' || !owner || !repo || !ref || path.length === 0) return undefined;
  return `https://raw.githubusercontent.com/${owner}/${repo}/${ref}/${path.join('/')}`;
}
