import type { BoardPosting } from '../postings/board-posting';

/** Where a source's postings live, as understood from the URL the user pasted. */
export type SourceLocation = GitHubLocation | GitLabLocation | FileLocation | BoardLocation;

export interface GitHubLocation {
  kind: 'github';
  /** REST API root: https://api.github.com, https://HOST/api/v3, or a test server. */
  apiBase: string;
  owner: string;
  repo: string;
  /** Branch, tag or commit SHA; undefined means the repository's default branch. */
  ref?: string;
  path: string;
}

export interface GitLabLocation {
  kind: 'gitlab';
  /** REST API root, e.g. https://gitlab.com/api/v4. */
  apiBase: string;
  /** "group/subgroup/project" or a numeric project id. */
  project: string;
  ref?: string;
  path: string;
  /** Web root used to build links to files, e.g. https://gitlab.com. */
  webBase?: string;
}

export interface FileLocation {
  kind: 'file';
  url: string;
}

/** The job-board vendors Vigie reads, and RSS/Atom feeds: one adapter each (lib/sources/boards/). */
export type BoardKind = 'greenhouse' | 'lever' | 'ashby' | 'recruitee' | 'workable' | 'personio' | 'teamtailor' | 'feed';

/**
 * A company's job board (or a job feed): one answer lists every open position. `board` is the
 * vendor's name for the company (Greenhouse's board token, Lever's site…); `url` the one address
 * the answer comes from, and the host the seeker grants.
 */
export interface BoardLocation {
  kind: BoardKind;
  board: string;
  url: string;
  /** The page a person reads the board on (the careers page pasted, or the feed). */
  pageUrl: string;
}

/** One posting file as a listing reports it. */
export interface RemoteFile {
  path: string;
  name: string;
  /** Changes whenever the content changes: a git blob SHA, or an ETag for single files. */
  version: string;
  downloadUrl: string;
  /** The file's page for a human (GitHub/GitLab blob view). */
  htmlUrl?: string;
  size?: number;
  /** Git blob SHA-1, when the host gives one: lets a download be checked for truncation. */
  blobSha?: string;
  /** Content already received with the listing (single-file sources). */
  content?: Uint8Array;
  /** A job board's posting, already read from the board's answer: nothing to download. */
  posting?: BoardPosting;
}

export type Listing =
  | { status: 'unchanged' }
  | { status: 'listed'; files: RemoteFile[]; etag?: string; complete: boolean; validators?: AnswerValidators };

/** What tells that a board's answer has not changed: the server's validators, and our hash of the answer. */
export interface AnswerValidators {
  lastModified?: string;
  hash?: string;
}

/** Why an answer that arrived cannot be read; shown to the seeker in the UI's language. */
export type UnexpectedAnswer = 'html-page' | 'not-json' | 'not-xml' | 'wrong-shape';

export type FetchFailure =
  | { kind: 'rate-limited'; host: string; resetAt: number }
  | { kind: 'http'; status: number; url: string }
  | { kind: 'network'; message: string; url: string }
  | { kind: 'timeout'; url: string }
  | { kind: 'corrupt'; message: string; url: string }
  | { kind: 'unexpected-answer'; reason: UnexpectedAnswer; url: string }
  | { kind: 'aborted' };

export type Fetched<T> = { ok: true; value: T } | { ok: false; failure: FetchFailure };

export interface RequestOptions {
  signal?: AbortSignal;
  /** Conditional request for the listing: an unchanged folder answers 304. */
  etag?: string;
  /** For boards: If-Modified-Since, and the hash of the last complete answer (same hash → unchanged). */
  validators?: AnswerValidators;
  /** Sent only to the host it belongs to. */
  token?: string;
}

export interface HttpClient {
  getJson(url: string, options?: RequestOptions): Promise<Fetched<JsonResponse>>;
  getBytes(url: string, options?: RequestOptions): Promise<Fetched<BytesResponse>>;
}

export interface JsonResponse {
  status: 200 | 304;
  body: unknown;
  headers: Headers;
}

export interface BytesResponse {
  status: 200 | 304;
  body: Uint8Array;
  headers: Headers;
}

/** One adapter per kind of host; listed in lib/sources/index.ts. */
export interface SourceAdapter<L extends SourceLocation = SourceLocation> {
  kind: L['kind'];
  /** Returns undefined when the URL is not this adapter's. */
  parseUrl(url: URL): L | undefined;
  /** A default name for a new source. */
  describe(location: L): string;
  /** Identifies the source: two URLs naming the same folder give the same key. */
  key(location: L): string;
  /** The host requests go to, for rate limits and tokens. */
  apiHost(location: L): string;
  list(location: L, http: HttpClient, options: RequestOptions): Promise<Fetched<Listing>>;
  /**
   * What a known file missing from a complete listing means. 'removed' (the default) for folders.
   * 'closed' for job boards' APIs, which list every open position: a posting missing was closed,
   * and stays on the board as such. 'kept' for feeds, which show only their newest items: a
   * posting that dropped off may well be open still, so it stays as it was.
   */
  absence?: 'removed' | 'closed' | 'kept';
}
