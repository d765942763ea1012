/**
 * A catalogue searched over SRU (searchRetrieve, versions 1.1, 1.2 and 2.0): the BnF by default, or any Koha
 * (Zebra), PMB, Syracuse… server that speaks it. Records come back as Dublin Core, UNIMARC or MARC21, recognised
 * from the answer itself. Every failure (SRU diagnostic, HTTP error, timeout, unreachable server, malformed or
 * truncated XML) is a `CatalogueError`; the caller's own abort passes through untouched.
 */
import { CatalogueError, isAbortError, TimeoutError } from '../sdk/errors.js';
import { httpGet } from '../sdk/http-get.js';
import type { Source } from '../sdk/schemas.js';
import type { CatalogueAdapter, CatalogueQuery, CatalogueRecord, SearchIndex, SearchOptions } from './adapter.js';
import { BNF_CQL_INDEXES, DUBLIN_CORE_CQL_INDEXES, buildCql, hasSearchableText, type CqlIndexes } from './cql.js';
import { dublinCoreRecordToCatalogueRecord } from './dublin-core-record.js';
import { readMarcRecord } from './marc-xml.js';
import { marc21RecordToCatalogueRecord } from './marc21-record.js';
import type { RecordContext } from './record-context.js';
import { detectRecordFormat } from './record-format.js';
import { parseSruResponse, type SruDiagnostic, type SruRecordEntry, type XmlParser } from './sru-response.js';
import { unimarcRecordToCatalogueRecord } from './unimarc-record.js';
import { xmlParserFrom, type XmlParserClass } from './xml-parser.js';

export type SruVersion = '1.1' | '1.2' | '2.0';

export interface SruCatalogueOptions {
  /** The SRU endpoint. Default: the BnF catalogue général, `https://catalogue.bnf.fr/api/SRU`. */
  url?: string;
  /** Sent as given (`unimarcXchange`, `dublincore`, `marcxml`…); omitted by default, so the server's default. */
  recordSchema?: string;
  /**
   * Our index names mapped to the server's CQL indexes. Missing ones keep the defaults: the BnF's (`bib.*`) for the
   * BnF, the Dublin Core context set (`dc.*`, as Koha's Zebra and most servers know it) for any other `url`.
   */
  indexes?: Partial<Record<SearchIndex, string>>;
  /**
   * An XML parser where the platform has none (Node): `new (await import('@xmldom/xmldom')).DOMParser()`, or the
   * class itself. Anything else is a `CatalogueError` here, at construction.
   */
  domParser?: XmlParser | XmlParserClass;
  /** Default 1.2. */
  version?: SruVersion;
  /** Records asked per search when the caller gives no limit. Default 20. */
  maximumRecords?: number;
  /** Whose records these are. Default: `{ kind: 'national', name: 'BnF' }` for the BnF, else `{ kind: 'library' }`
   *  named after the server's host. */
  source?: Source;
  /** A fetch implementation (tests, proxies). Default: the global one. */
  fetch?: typeof globalThis.fetch;
  /** Milliseconds before a search is given up. Default 10 000. */
  timeoutMs?: number;
  /** The OPAC permalink of a record id, for catalogues whose records carry no URL (Koha: `opac-detail.pl?biblionumber=`). */
  permalink?: (id: string) => string | undefined;
}

export const BNF_SRU_URL = 'https://catalogue.bnf.fr/api/SRU';
export const BNF_SOURCE: Source = { kind: 'national', name: 'BnF' };

const hostOf = (url: string): string => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

function diagnosticError(diagnostic: SruDiagnostic): CatalogueError {
  const text = [diagnostic.message, diagnostic.details].filter(Boolean).join(': ');
  return new CatalogueError(`The catalogue refused the search: ${text || diagnostic.uri || 'unknown diagnostic'}.`, diagnostic.uri || undefined);
}

export class SruCatalogue implements CatalogueAdapter {
  readonly url: string;
  readonly version: SruVersion;
  readonly recordSchema: string | undefined;
  readonly indexes: CqlIndexes;
  readonly source: Source;
  readonly maximumRecords: number;
  readonly timeoutMs: number;
  readonly #domParser: XmlParser | undefined;
  readonly #fetch: typeof globalThis.fetch | undefined;
  readonly #permalink: ((id: string) => string | undefined) | undefined;

  constructor(options: SruCatalogueOptions = {}) {
    this.url = options.url ?? BNF_SRU_URL;
    // The BnF's indexes and label only for the BnF: another server would refuse `bib.*` and mislabel its records.
    const isBnf = this.url === BNF_SRU_URL;
    this.version = options.version ?? '1.2';
    this.recordSchema = options.recordSchema;
    this.indexes = { ...(isBnf ? BNF_CQL_INDEXES : DUBLIN_CORE_CQL_INDEXES), ...options.indexes };
    this.source = options.source ?? (isBnf ? BNF_SOURCE : { kind: 'library', name: hostOf(this.url) });
    this.maximumRecords = options.maximumRecords ?? 20;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.#domParser = options.domParser === undefined ? undefined : xmlParserFrom(options.domParser);
    this.#fetch = options.fetch;
    this.#permalink = options.permalink;
  }

  /** The searchRetrieve parameters for one search (exposed for audits and tests). */
  searchParams(query: CatalogueQuery, limit = this.maximumRecords): URLSearchParams {
    const params = new URLSearchParams();
    if (this.version !== '2.0') {
      params.set('version', this.version);
      params.set('operation', 'searchRetrieve');
    }
    params.set('query', buildCql(query, this.indexes));
    params.set('startRecord', '1');
    params.set('maximumRecords', String(limit));
    if (this.recordSchema) params.set('recordSchema', this.recordSchema);
    if (this.version === '2.0') params.set('recordXMLEscaping', 'xml');
    else params.set('recordPacking', 'xml');
    return params;
  }

  async search(query: CatalogueQuery, options: SearchOptions = {}): Promise<CatalogueRecord[]> {
    options.signal?.throwIfAborted();
    if (!hasSearchableText(query.value)) return [];
    const limit = options.limit ?? this.maximumRecords;
    const body = await this.#fetchAnswer(this.searchParams(query, limit), options.signal);
    const answer = parseSruResponse(body, this.#parser());
    if (answer.records.length === 0) {
      if (answer.diagnostics[0]) throw diagnosticError(answer.diagnostics[0]);
      return [];
    }
    const records: CatalogueRecord[] = [];
    for (const entry of answer.records) {
      const record = this.#toCatalogueRecord(entry);
      if (record) records.push({ ...record, foundBy: { query, entity: query.entity, position: entry.position } });
      if (records.length >= limit) break;
    }
    return records;
  }

  /** The body of a successful answer; an error status becomes a `CatalogueError` (`#refusal`). */
  async #fetchAnswer(searchParams: URLSearchParams, signal: AbortSignal | undefined): Promise<string> {
    let response: Response;
    let body: string;
    try {
      response = await httpGet(`${this.url}${this.url.includes('?') ? '&' : '?'}${searchParams}`, {
        timeoutMs: this.timeoutMs,
        headers: { accept: 'application/sru+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1' },
        signal,
        fetch: this.#fetch,
      });
      body = await response.text();
    } catch (error) {
      if (isAbortError(error) && signal?.aborted) throw error;
      if (error instanceof TimeoutError) {
        throw new CatalogueError(`The catalogue did not answer within ${this.timeoutMs} ms.`, undefined, { cause: error });
      }
      throw new CatalogueError('The catalogue could not be reached.', undefined, { cause: error });
    }
    if (!response.ok) throw this.#refusal(response.status, body);
    return body;
  }

  /** An error status: the server's own diagnostic when it sent an SRU answer, else the status (an HTML error page). */
  #refusal(status: number, body: string): CatalogueError {
    const diagnostic = /searchRetrieveResponse|diagnostic/.test(body) ? parseSruResponse(body, this.#parser()).diagnostics[0] : undefined;
    return diagnostic ? diagnosticError(diagnostic) : new CatalogueError(`The catalogue answered with HTTP ${status}.`);
  }

  #parser(): XmlParser {
    if (this.#domParser) return this.#domParser;
    const NativeParser = (globalThis as { DOMParser?: new () => XmlParser }).DOMParser;
    if (!NativeParser) {
      throw new CatalogueError('No XML parser on this platform: pass `domParser` (for instance @xmldom/xmldom).');
    }
    return new NativeParser();
  }

  #toCatalogueRecord(entry: SruRecordEntry): CatalogueRecord | undefined {
    if (!entry.data) return undefined;
    const detected = detectRecordFormat(entry.data);
    if (!detected) return undefined;
    const context: RecordContext = { source: this.source, position: entry.position };
    if (entry.identifier) context.recordIdentifier = entry.identifier;
    if (this.#permalink) context.permalink = this.#permalink;
    try {
      switch (detected.format) {
        case 'dublin-core':
          return dublinCoreRecordToCatalogueRecord(detected.element, context);
        case 'unimarc':
          return unimarcRecordToCatalogueRecord(readMarcRecord(detected.element), context);
        case 'marc21':
          return marc21RecordToCatalogueRecord(readMarcRecord(detected.element), context);
      }
    } catch {
      // One unreadable record is dropped; it never costs the others.
      return undefined;
    }
  }
}
