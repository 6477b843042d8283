export { createSearchIndex, loadSearchIndex } from './search-index';
export type { SearchHit, SearchIndex, SearchOptions, SerializedSearchIndex } from './types';
