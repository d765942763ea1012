export type { CatalogueAdapter, CatalogueQuery, CatalogueRecord, SearchIndex, SearchOptions } from './adapter.js';
