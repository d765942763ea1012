/**
 * The one interface every catalogue adapter implements, and the record model they all return. The ranking engine
 * reads these records as its candidates.
 */
import type { Availability, DocumentType, EventInfo, Facet, Source } from '../sdk/schemas.js';

/** Our index names; each adapter maps them to its own (BnF SRU: `bib.author`…). */
export type SearchIndex = 'author' | 'title' | 'subject' | 'anywhere' | 'date';

/** One search of a query plan: an entity of the video, looked up in one index. */
export interface CatalogueQuery {
  id: string;
  facet: Facet;
  /** The entity label as the video description gives it. */
  entity: string;
  index: SearchIndex;
  /** The value to search for: plain data, escaped by the adapter for its query language. */
  value: string;
  /** An optional year or year range (`1789`, `1789/1799`) that narrows the search, when the catalogue can. */
  date?: string;
}

/** A catalogue record in our model. */
export interface CatalogueRecord {
  id: string;
  title: string;
  subtitle?: string;
  authors: string[];
  type: DocumentType;
  year?: number;
  subjects: string[];
  /** Free text the catalogue gives (summary, event description). */
  description?: string;
  isbn?: string;
  url?: string;
  coverUrl?: string;
  source: Source;
  availability?: Availability;
  event?: EventInfo;
  /** The search that found it and its position in that search's answer (1-based). */
  foundBy?: { query: CatalogueQuery | undefined; entity: string; position: number };
}

export interface SearchOptions {
  signal?: AbortSignal;
  /** Maximum records for this search. */
  limit?: number;
}

export interface CatalogueAdapter {
  search(query: CatalogueQuery, options?: SearchOptions): Promise<CatalogueRecord[]>;
}
