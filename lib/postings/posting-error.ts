/** Why a file is not read as a posting at all. */
export type PostingErrorReason = 'empty' | 'binary' | 'too-large' | 'not-a-posting';

/**
 * An expected failure: the file is not a job posting (empty, binary, oversized, or plain text
 * with neither front matter nor a heading). Anything else thrown by the parser is a bug.
 */
export class PostingError extends Error {
  override readonly name = 'PostingError';

  constructor(
    readonly reason: PostingErrorReason,
    readonly path: string,
    detail: string,
  ) {
    super(`${path || '(unnamed file)'}: ${detail}`);
  }
}
