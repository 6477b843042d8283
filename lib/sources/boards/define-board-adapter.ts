import type { BoardPosting } from '../../postings/board-posting';
import { hashBytes, hashString } from '../../text/hash';
import type { BoardKind, BoardLocation, Fetched, Listing, RemoteFile, SourceAdapter, UnexpectedAnswer } from '../types';
import { readJson, readXml, type Read } from './read-answer';

/** What the board's answer holds once read: its postings, and the company's name when the answer says it. */
export interface BoardContent {
  postings: BoardPosting[];
  name?: string;
}

/** What makes one vendor: how its addresses look, where its answer is, and how to read it. */
export interface BoardVendor {
  kind: BoardKind;
  /** The board named by a page or API address of this vendor, or undefined when the address is not its. */
  locate(url: URL): BoardLocation | undefined;
  format: 'json' | 'xml';
  /** 'closed' when the answer lists every open posting; 'kept' when it lists only the newest (feeds). */
  absence: 'closed' | 'kept';
  read(answer: unknown, location: BoardLocation): Read<BoardContent>;
}

export type BoardAdapter = SourceAdapter<BoardLocation> & {
  /** Reads an answer's body: also what the options page's preview shows (name, open postings). */
  readBody(body: Uint8Array, location: BoardLocation): Read<BoardContent>;
};

/** A SourceAdapter for a job board: one request per sync, the whole board in its answer. */
export function defineBoardAdapter(vendor: BoardVendor): BoardAdapter {
  const readBody = (body: Uint8Array, location: BoardLocation): Read<BoardContent> => {
    const text = new TextDecoder().decode(body);
    const parsed = vendor.format === 'json' ? readJson(text) : readXml(text);
    return parsed.ok ? vendor.read(parsed.value, location) : parsed;
  };
  return {
    kind: vendor.kind,
    absence: vendor.absence,
    readBody,
    parseUrl: (url) => vendor.locate(url),
    describe: (location) => location.board,
    key: (location) => `${vendor.kind}:${location.url}`.toLowerCase(),
    apiHost: (location) => new URL(location.url).host,

    async list(location, http, options): Promise<Fetched<Listing>> {
      const result = await http.getBytes(location.url, { signal: options.signal, etag: options.etag, validators: options.validators });
      if (!result.ok) return result;
      if (result.value.status === 304) return { ok: true, value: { status: 'unchanged' } };
      const { body, headers } = result.value;
      const hash = hashBytes(body);
      // Most boards send no validators: the same bytes as last time are as good as a 304.
      if (hash === options.validators?.hash) return { ok: true, value: { status: 'unchanged' } };
      const content = readBody(body, location);
      if (!content.ok) return unexpected(content.reason, location.url);
      const validators = { hash, lastModified: headers.get('last-modified') ?? undefined };
      const files = content.value.postings.map(toRemoteFile(location));
      return { ok: true, value: { status: 'listed', files, complete: true, etag: headers.get('etag') ?? undefined, validators } };
    },
  };
}

function toRemoteFile(location: BoardLocation) {
  return (posting: BoardPosting): RemoteFile => ({
    path: posting.id,
    name: posting.title,
    version: hashString(JSON.stringify(posting)),
    downloadUrl: location.url,
    htmlUrl: posting.url,
    posting,
  });
}

function unexpected(reason: UnexpectedAnswer, url: string): Fetched<Listing> {
  return { ok: false, failure: { kind: 'unexpected-answer', reason, url } };
}
