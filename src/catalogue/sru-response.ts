/**
 * Reading an SRU searchRetrieve answer (1.1, 1.2 and 2.0; `srw:`, `zs:`, `sru:` or no prefix) into its records
 * and diagnostics. Malformed or truncated XML is a `CatalogueError`, never a crash: XML parsers report it by
 * throwing (xmldom) or by a `parsererror` element (browsers), and a cut-off answer lacks its closing tag.
 */
import { CatalogueError } from '../sdk/errors.js';
import { childElements, childrenNamed, findElement, firstChildNamed, localNameOf, textOf } from './xml-elements.js';

/** What we need of a DOMParser: the browser's, or `new (await import('@xmldom/xmldom')).DOMParser()` in Node. */
export interface XmlParser {
  parseFromString(source: string, mimeType: string): unknown;
}

export interface SruDiagnostic {
  uri: string;
  message: string;
  details?: string;
}

export interface SruRecordEntry {
  /** 1-based, from `recordPosition` when given. */
  position: number;
  schema?: string;
  identifier?: string;
  /** The record's XML (first element inside `recordData`), `undefined` when there is none. */
  data: Element | undefined;
}

export interface SruResponse {
  numberOfRecords: number;
  records: SruRecordEntry[];
  diagnostics: SruDiagnostic[];
}

const CLOSING_ROOT = /<\/(?:[\w.-]+:)?searchRetrieveResponse\s*>\s*$/;

/** Parses XML text, turning every failure mode of browsers and xmldom into a `CatalogueError`. */
export function parseXml(text: string, parser: XmlParser): Element {
  let doc: Document;
  try {
    doc = parser.parseFromString(text, 'text/xml') as Document;
  } catch (cause) {
    throw new CatalogueError('The catalogue sent malformed XML.', undefined, { cause });
  }
  const root = doc?.documentElement;
  if (!root || localNameOf(root) === 'parsererror' || findElement(root, 'parsererror')) {
    throw new CatalogueError('The catalogue sent malformed XML.');
  }
  return root;
}

function readDiagnostics(container: Element | undefined): SruDiagnostic[] {
  if (!container) return [];
  const nodes = localNameOf(container) === 'diagnostic' ? [container] : childrenNamed(container, 'diagnostic');
  return nodes.map((d) => {
    const diagnostic: SruDiagnostic = {
      uri: textOf(firstChildNamed(d, 'uri')).trim(),
      message: textOf(firstChildNamed(d, 'message')).trim(),
    };
    const details = textOf(firstChildNamed(d, 'details')).trim();
    if (details) diagnostic.details = details;
    return diagnostic;
  });
}

/** The record inside `recordData`: an element, or escaped XML text when the server packed it as a string. */
function recordDataElement(recordData: Element | undefined, parser: XmlParser): Element | undefined {
  if (!recordData) return undefined;
  const element = childElements(recordData)[0];
  if (element) return element;
  const packed = textOf(recordData).trim();
  return packed.startsWith('<') ? parseXml(packed, parser) : undefined;
}

export function parseSruResponse(text: string, parser: XmlParser): SruResponse {
  const root = parseXml(text, parser);
  const rootName = localNameOf(root);
  // Some servers answer a fatal error with bare diagnostics.
  if (rootName === 'diagnostics' || rootName === 'diagnostic') {
    return { numberOfRecords: 0, records: [], diagnostics: readDiagnostics(root) };
  }
  if (rootName !== 'searchRetrieveResponse') {
    throw new CatalogueError(`The catalogue did not send an SRU answer (root element "${rootName}").`);
  }
  if (!CLOSING_ROOT.test(text)) throw new CatalogueError('The catalogue sent a truncated answer.');

  const diagnostics = readDiagnostics(firstChildNamed(root, 'diagnostics'));
  const recordElements = childrenNamed(firstChildNamed(root, 'records') ?? root, 'record');
  const records = recordElements.map((record, index): SruRecordEntry => {
    const position = Number.parseInt(textOf(firstChildNamed(record, 'recordPosition')), 10);
    const entry: SruRecordEntry = {
      position: Number.isFinite(position) && position > 0 ? position : index + 1,
      data: recordDataElement(firstChildNamed(record, 'recordData'), parser),
    };
    const schema = textOf(firstChildNamed(record, 'recordSchema')).trim();
    if (schema) entry.schema = schema;
    const identifier = textOf(firstChildNamed(record, 'recordIdentifier')).trim();
    if (identifier) entry.identifier = identifier;
    return entry;
  });

  const announced = Number.parseInt(textOf(firstChildNamed(root, 'numberOfRecords')), 10);
  const numberOfRecords = Number.isFinite(announced) ? announced : records.length;
  if (numberOfRecords > 0 && records.length === 0 && diagnostics.length === 0) {
    throw new CatalogueError(`The catalogue announced ${numberOfRecords} records but sent none.`);
  }
  return { numberOfRecords, records, diagnostics };
}
