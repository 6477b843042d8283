import { PostingError, parsePosting } from '../postings';
import { offerFromBoardPosting } from '../postings/board-posting';
import { isDraft, startsWithFrontMatter } from '../postings/skip-by-content';
import { classifyFileName } from '../sources/classify-file-name';
import type { Offer, ParseContext } from '../postings/types';
import type { HttpClient, RemoteFile } from '../sources/types';
import type { FileResult } from './apply-file-results';
import { readRemoteFile } from './read-remote-file';

export interface ReadContext {
  sourceId: string;
  http: HttpClient;
  signal: AbortSignal;
  parse?: (raw: Uint8Array, context: ParseContext) => Offer;
  now: () => number;
}

/** Downloads one listed file and reads the posting in it: an offer, a problem with the posting, or a failed download. */
export async function readAndParse(file: RemoteFile, context: ReadContext): Promise<FileResult> {
  // A job board's answer holds its postings whole: nothing to download.
  if (file.posting) {
    const parseContext = { path: file.path, url: file.htmlUrl, sourceId: context.sourceId };
    return { path: file.path, version: file.version, offer: offerFromBoardPosting(file.posting, parseContext, new Date(context.now())) };
  }
  const bytes = await readRemoteFile(file, context.http, context.signal);
  if (!bytes.ok) return { path: file.path, failure: { kind: 'fetch', failure: bytes.failure } };
  const skip = (reason: 'no-front-matter' | 'draft'): FileResult => ({ path: file.path, version: file.version, skipped: { kind: 'skipped', reason } });
  if (classifyFileName(file.name).kind === 'if-front-matter' && !startsWithFrontMatter(bytes.value)) return skip('no-front-matter');
  const parse = context.parse ?? parsePosting;
  try {
    const offer = parse(bytes.value, { path: file.path, url: file.htmlUrl, sourceId: context.sourceId });
    return isDraft(offer.frontMatter) ? skip('draft') : { path: file.path, version: file.version, offer };
  } catch (error) {
    if (error instanceof PostingError) return { path: file.path, version: file.version, problem: { kind: 'posting', reason: error.reason, message: error.message } };
    // A parser bug must not stop the other files: the file is reported, the sync goes on.
    const message = error instanceof Error ? error.message : String(error);
    return { path: file.path, version: file.version, problem: { kind: 'posting', reason: 'internal', message } };
  }
}
