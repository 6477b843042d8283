import type { BoardKind, BoardLocation } from '../types';

// Path segments that are pages of the vendor's site, not a company's board.
const NOT_A_BOARD = new Set(['embed', 'api', 'v0', 'v1', 'jobs', 'job', 'careers', 'login', 'signup']);

/** The company's name in a board address: its first path segment (jobs.lever.co/acme/…). */
export function firstSegment(url: URL): string | undefined {
  const segment = url.pathname.split('/').find(Boolean);
  if (segment === undefined) return undefined;
  const name = safeDecode(segment);
  return name && !NOT_A_BOARD.has(name.toLowerCase()) ? name : undefined;
}

/** The company's name in a sub-domain of the vendor (acme.recruitee.com → acme). */
export function subdomainOf(url: URL, domain: string): string | undefined {
  if (!url.hostname.endsWith(`.${domain}`)) return undefined;
  const name = url.hostname.slice(0, -domain.length - 1);
  return /^[a-z0-9][a-z0-9-]*$/i.test(name) ? name : undefined;
}

export function locationOf(kind: BoardKind, board: string, url: string, pageUrl: string): BoardLocation {
  return { kind, board, url, pageUrl };
}

function safeDecode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
