const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The URL, normalized, when it is absolute and http(s) or mailto; undefined otherwise. Postings
 * are untrusted: a `javascript:` or `data:` link must never reach an href.
 */
export function toSafeUrl(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  return SAFE_PROTOCOLS.has(url.protocol) ? url.href : undefined;
}
