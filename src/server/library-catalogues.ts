/**
 * A library's catalogues as adapters, built once from its config: SRU servers (Koha, the BnF…) and JSON exports in
 * the `CatalogueRecord` model held in memory. Each search is counted in the metrics under the catalogue's name.
 */
import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { z } from 'zod';
import type { CatalogueAdapter, CatalogueQuery, CatalogueRecord, SearchOptions } from '../catalogue/adapter.js';
import { MemoryCatalogue } from '../catalogue/memory-catalogue.js';
import { SruCatalogue } from '../catalogue/sru-catalogue.js';
import { DOCUMENT_TYPES, SOURCE_KINDS } from '../sdk/schemas.js';
import { ConfigError, type CatalogueConfig } from './config.js';
import type { ServerMetrics } from './metrics.js';

export interface NamedCatalogue {
  /** The SRU address or the JSON file's path: what an operator recognises in the metrics. */
  name: string;
  adapter: CatalogueAdapter;
}

/** What a JSON catalogue file must hold: the fields the engine reads, checked once at start. */
const JsonRecord = z.looseObject({
  id: z.string().min(1),
  title: z.string().min(1),
  authors: z.array(z.string()).default([]),
  type: z.enum(DOCUMENT_TYPES).catch('other'),
  subjects: z.array(z.string()).default([]),
  source: z.object({ kind: z.enum(SOURCE_KINDS), name: z.string() }),
});

export function openCatalogue(config: CatalogueConfig, options: { timeoutMs: number; metrics: ServerMetrics }): NamedCatalogue {
  const name = config.kind === 'sru' ? config.url : config.path;
  const adapter = config.kind === 'sru' ? sruCatalogue(config, options.timeoutMs) : new MemoryCatalogue(readJsonCatalogue(config.path));
  return { name, adapter: counted(adapter, name, options.metrics) };
}

function sruCatalogue(config: Extract<CatalogueConfig, { kind: 'sru' }>, timeoutMs: number): SruCatalogue {
  const { permalink } = config;
  return new SruCatalogue({
    url: config.url,
    ...(config.version ? { version: config.version } : {}),
    ...(config.recordSchema ? { recordSchema: config.recordSchema } : {}),
    ...(config.indexes ? { indexes: config.indexes } : {}),
    ...(config.source ? { source: config.source } : {}),
    ...(permalink ? { permalink: (id: string) => permalink.replaceAll('{id}', encodeURIComponent(id)) } : {}),
    // Malformed answers fail the search (a ParseError); xmldom would also print each one on the console.
    domParser: new DOMParser({ onError: () => undefined }),
    timeoutMs,
  });
}

function readJsonCatalogue(path: string): CatalogueRecord[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError(`The JSON catalogue ${path} cannot be read: ${(error as Error).message}.`);
  }
  const result = z.array(JsonRecord).safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ConfigError(`The JSON catalogue ${path} is not a list of catalogue records: at [${issue?.path.join('].[')}], ${issue?.message}.`);
  }
  return result.data as CatalogueRecord[];
}

function counted(adapter: CatalogueAdapter, name: string, metrics: ServerMetrics): CatalogueAdapter {
  return {
    async search(query: CatalogueQuery, options?: SearchOptions) {
      try {
        const records = await adapter.search(query, options);
        metrics.catalogueSearches.inc({ catalogue: name, result: 'ok' });
        return records;
      } catch (error) {
        metrics.catalogueSearches.inc({ catalogue: name, result: 'error' });
        throw error;
      }
    },
  };
}
