/**
 * The XML shape shared by MARCXML (MARC21 slim) and MarcXchange (the BnF's UNIMARC): a leader, control fields
 * and data fields with coded subfields. Read once into plain data for the UNIMARC and MARC21 record readers.
 */
import { cleanText } from './clean-text.js';
import { childElements, localNameOf, textOf } from './xml-elements.js';

export interface MarcSubfield {
  code: string;
  value: string;
}

export interface MarcDataField {
  tag: string;
  ind1: string;
  ind2: string;
  subfields: MarcSubfield[];
}

export interface MarcRecord {
  leader: string;
  /** Raw control field values (not cleaned: positions matter). */
  controlFields: Map<string, string>;
  dataFields: MarcDataField[];
  /** Attributes of a MarcXchange record element (`format`, `type`, `id`), empty for MARCXML. */
  attributes: { format?: string; type?: string; id?: string };
}

export function readMarcRecord(record: Element): MarcRecord {
  const controlFields = new Map<string, string>();
  const dataFields: MarcDataField[] = [];
  let leader = '';
  for (const el of childElements(record)) {
    const name = localNameOf(el);
    if (name === 'leader') leader = textOf(el);
    else if (name === 'controlfield') {
      const tag = el.getAttribute('tag') ?? '';
      if (!controlFields.has(tag)) controlFields.set(tag, textOf(el));
    } else if (name === 'datafield') {
      const subfields = childElements(el)
        .filter((sub) => localNameOf(sub) === 'subfield')
        .map((sub) => ({ code: sub.getAttribute('code') ?? '', value: cleanText(textOf(sub)) }))
        .filter((sub) => sub.value !== '');
      dataFields.push({
        tag: el.getAttribute('tag') ?? '',
        ind1: el.getAttribute('ind1') ?? ' ',
        ind2: el.getAttribute('ind2') ?? ' ',
        subfields,
      });
    }
  }
  const attribute = (name: string) => record.getAttribute(name) || undefined;
  const attributes: MarcRecord['attributes'] = {};
  const format = attribute('format');
  const type = attribute('type');
  const id = attribute('id');
  if (format) attributes.format = format;
  if (type) attributes.type = type;
  if (id) attributes.id = id;
  return { leader, controlFields, dataFields, attributes };
}

export function fieldsTagged(record: MarcRecord, ...tags: string[]): MarcDataField[] {
  return record.dataFields.filter((field) => tags.includes(field.tag));
}

/** The first value of subfield `code` in `field`. */
export function subfieldValue(field: MarcDataField, code: string): string | undefined {
  return field.subfields.find((s) => s.code === code)?.value;
}

/** The first value of subfield `code` in the first field tagged `tag` that has it. */
export function firstSubfield(record: MarcRecord, tag: string, code: string): string | undefined {
  for (const field of record.dataFields) {
    if (field.tag !== tag) continue;
    const value = subfieldValue(field, code);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** The first plausible year (1000-2999) in free text: "cop. 1987", "[1986?]", "DL 2003". */
export function yearIn(text: string | undefined): number | undefined {
  const match = text ? /(?:^|\D)([12]\d{3})(?!\d)/.exec(text) : null;
  return match ? Number(match[1]) : undefined;
}

/** Unique non-empty strings in first-seen order. */
export function unique(values: Iterable<string>): string[] {
  const seen = new Set<string>();
  for (const v of values) if (v) seen.add(v);
  return [...seen];
}
