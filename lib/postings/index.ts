export { parsePosting } from './parse-posting';
export { PostingError, type PostingErrorReason } from './posting-error';
export type * from './types';
