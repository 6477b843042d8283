export { parsePosting } from './parse-posting';
export { PostingError, type PostingErrorReason } from './posting-error';
export type * from './types';
export { READER_VERSION } from './reader-version';
