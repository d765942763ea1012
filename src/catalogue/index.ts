/** Catalogue adapters behind one interface: SRU (BnF and others; Dublin Core, UNIMARC, MARC21) and in-memory. */
export type { CatalogueAdapter, CatalogueQuery, CatalogueRecord, SearchIndex, SearchOptions } from './adapter.js';

export { SruCatalogue, BNF_SRU_URL, BNF_SOURCE } from './sru-catalogue.js';
export type { SruCatalogueOptions, SruVersion } from './sru-catalogue.js';
export { MemoryCatalogue } from './memory-catalogue.js';
export type { MemoryCatalogueOptions } from './memory-catalogue.js';

export { buildCql, quoteCqlTerm, hasSearchableText, BNF_CQL_INDEXES, DUBLIN_CORE_CQL_INDEXES } from './cql.js';
export type { CqlIndexes } from './cql.js';
export { parseSruResponse, parseXml } from './sru-response.js';
export type { SruResponse, SruRecordEntry, SruDiagnostic, XmlParser } from './sru-response.js';
export { detectRecordFormat } from './record-format.js';
export type { RecordFormat, DetectedRecord } from './record-format.js';
export { dublinCoreRecordToCatalogueRecord, dublinCoreCreatorName, splitDublinCoreTitle } from './dublin-core-record.js';
export { unimarcRecordToCatalogueRecord } from './unimarc-record.js';
export { marc21RecordToCatalogueRecord } from './marc21-record.js';
export { readMarcRecord } from './marc-xml.js';
export type { MarcRecord, MarcDataField, MarcSubfield } from './marc-xml.js';
export type { RecordContext } from './record-context.js';

export {
  documentTypeFromSupport,
  documentTypeFromDublinCoreType,
  documentTypeFromDublinCoreTypes,
  documentTypeFromLeader,
} from './document-type.js';
export type { MarcFlavour } from './document-type.js';
export { cleanIsbn, isValidIsbn10, isValidIsbn13 } from './isbn.js';
export { cleanText } from './clean-text.js';
export { normalizeFrenchTerm, normalizeFrenchText } from './french-terms.js';
export { bnfArkIn, bnfArkUrl } from './permalink.js';
