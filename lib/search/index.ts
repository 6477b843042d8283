export { createSearchIndex, loadSearchIndex } from './search-index';
export { SEARCH_INDEX_VERSION } from './serialize-index';
export type { SearchHit, SearchIndex, SearchOptions, SerializedSearchIndex } from './types';
