/**
 * Which format an SRU record is in, read from the record itself (namespaces, element names, the MarcXchange
 * `format` attribute, which tags it uses) rather than trusted from the `recordSchema` we asked for: servers
 * rename schemas freely (`dublincore`, `oai_dc`, `dc`, `unimarcXchange`, `marcxml`, `info:srw/schema/1/…`).
 */
import { childElements, findElement, localNameOf } from './xml-elements.js';

export type RecordFormat = 'dublin-core' | 'unimarc' | 'marc21';

const DUBLIN_CORE_NAMESPACES = new Set([
  'http://purl.org/dc/elements/1.1/',
  'http://purl.org/dc/terms/',
  'http://www.openarchives.org/OAI/2.0/oai_dc/',
  'info:srw/schema/1/dc-schema',
]);
const DUBLIN_CORE_ELEMENTS = new Set(['title', 'creator', 'subject', 'identifier', 'type', 'date']);
const MARC_FIELD_ELEMENTS = new Set(['leader', 'controlfield', 'datafield']);

export interface DetectedRecord {
  format: RecordFormat;
  /** The element holding the record: `oai_dc:dc`, or the MARC `record` (unwrapped from Zebra's `opacRecord`). */
  element: Element;
}

function isMarcRecord(el: Element): boolean {
  return localNameOf(el) === 'record' && childElements(el).some((c) => MARC_FIELD_ELEMENTS.has(localNameOf(c)));
}

function isDublinCore(el: Element): boolean {
  if (el.namespaceURI && DUBLIN_CORE_NAMESPACES.has(el.namespaceURI)) return true;
  const children = childElements(el);
  if (children.some((c) => c.namespaceURI === 'http://purl.org/dc/elements/1.1/')) return true;
  // Namespace-less Dublin Core, as some servers send it: the element names alone.
  return localNameOf(el) === 'dc' || children.filter((c) => DUBLIN_CORE_ELEMENTS.has(localNameOf(c))).length >= 2;
}

/**
 * UNIMARC or MARC21: the MarcXchange `format` attribute when it says, else the tags. Title is 200 in UNIMARC and
 * 245 in MARC21; French Koha installations send UNIMARC under the MARC21 namespace, hence the look at the tags.
 */
function marcFlavour(record: Element): 'unimarc' | 'marc21' {
  const format = (record.getAttribute('format') ?? '').toLowerCase();
  if (format.includes('unimarc')) return 'unimarc';
  if (format.includes('marc21') || format === 'usmarc') return 'marc21';
  let has200 = false;
  let has245 = false;
  for (const child of childElements(record)) {
    if (localNameOf(child) !== 'datafield') continue;
    const tag = child.getAttribute('tag');
    if (tag === '200') has200 = true;
    else if (tag === '245') has245 = true;
  }
  return has200 && !has245 ? 'unimarc' : 'marc21';
}

export function detectRecordFormat(data: Element): DetectedRecord | undefined {
  const marc = isMarcRecord(data) ? data : findMarcRecord(data);
  if (marc) return { format: marcFlavour(marc), element: marc };
  const dc = isDublinCore(data) ? data : childElements(data).find(isDublinCore);
  if (dc) return { format: 'dublin-core', element: dc };
  return undefined;
}

function findMarcRecord(root: Element): Element | undefined {
  const candidate = findElement(root, 'record');
  return candidate && isMarcRecord(candidate) ? candidate : undefined;
}
