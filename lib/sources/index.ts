import { ashbyAdapter } from './boards/ashby';
import { feedAdapter } from './boards/feed';
import { greenhouseAdapter } from './boards/greenhouse';
import { leverAdapter } from './boards/lever';
import { personioAdapter } from './boards/personio';
import { recruiteeAdapter } from './boards/recruitee';
import { teamtailorAdapter } from './boards/teamtailor';
import { workableAdapter } from './boards/workable';
import { isCommitSha } from './describe-folder';
import { fileAdapter } from './file';
import { githubAdapter } from './github';
import { gitlabAdapter } from './gitlab';
import type { BoardAdapter } from './boards/define-board-adapter';
import type { BoardLocation, SourceAdapter, SourceLocation } from './types';

export type * from './types';
export { createHttpClient, isTransient } from './http-client';
export type { HttpClientOptions, RateInfo } from './http-client';

/** Job boards and feeds: their answer lists every open position at once (lib/sources/boards/). */
export const BOARD_ADAPTERS = [
  greenhouseAdapter,
  leverAdapter,
  ashbyAdapter,
  recruiteeAdapter,
  workableAdapter,
  personioAdapter,
  teamtailorAdapter,
  // Any address that looks like a feed: after the vendors, whose feeds it would also accept.
  feedAdapter,
] as const;

/**
 * Every kind of source Vigie reads, tried in this order: vendors' addresses before the feed's
 * looser test, the single-file adapter last (it accepts any .md URL).
 */
export const SOURCE_ADAPTERS = [githubAdapter, gitlabAdapter, ...BOARD_ADAPTERS, fileAdapter] as const;

export type ParsedSourceUrl =
  | { ok: true; location: SourceLocation; key: string; name: string }
  | { ok: false; error: 'not-a-url' | 'unsupported' };

// A scheme is letters then ":", not followed by a port number ("github.com:443/…" has none).
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:(?!\d)/i;

/** What a person types: "github.com/o/r/tree/main/jobs" means https://github.com/o/r/tree/main/jobs. */
export function withScheme(input: string): string {
  const trimmed = input.trim();
  return HAS_SCHEME.test(trimmed) ? trimmed : `https://${trimmed.replace(/^\/+/, '')}`;
}

export function parseSourceUrl(input: string): ParsedSourceUrl {
  let url: URL;
  try {
    url = new URL(withScheme(input));
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

/** A folder pinned to a commit no longer changes: an archive. */
export function isPinnedToCommit(location: SourceLocation): boolean {
  return 'ref' in location && isCommitSha(location.ref);
}

export function adapterFor<L extends SourceLocation>(location: L): SourceAdapter<L> {
  const adapter = SOURCE_ADAPTERS.find((candidate) => candidate.kind === location.kind);
  if (!adapter) throw new Error(`No adapter for source kind ${location.kind}`);
  return adapter as unknown as SourceAdapter<L>;
}

const BOARD_KINDS: ReadonlySet<string> = new Set(BOARD_ADAPTERS.map((adapter) => adapter.kind));

/** A job board or a feed: its host needs the seeker's permission, its answer lists open positions only. */
export function isBoardLocation(location: SourceLocation): location is BoardLocation {
  return BOARD_KINDS.has(location.kind);
}

export function boardAdapterFor(location: BoardLocation): BoardAdapter {
  return adapterFor(location) as BoardAdapter;
}

/** The host permission a board needs: the origin its answer comes from (asked for when the seeker adds it). */
export function boardPermissionPattern(location: BoardLocation): string {
  return `${new URL(location.url).origin}/*`;
}
