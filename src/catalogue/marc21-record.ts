/**
 * A MARC21 bibliographic record (MARCXML from Koha's Zebra SRU, the Library of Congress…) in our model. Fields
 * read: 999 $c (Koha biblionumber) or 001 id, 245 $a $b title, 100/110/111 then 700/710/711 authors, the type
 * (`marcDocumentType`: leader, 245 $h, 336/337, 008/23), 008/07-10 or 264/260 $c year, 6xx subjects, 020 $a
 * ISBN, 520 $a summary, 856 $u link.
 */
import type { CatalogueRecord } from './adapter.js';
import { cleanIsbn } from './isbn.js';
import { marcDocumentType } from './marc-document-type.js';
import { fieldsTagged, firstSubfield, subfieldValue, unique, yearIn, type MarcDataField, type MarcRecord } from './marc-xml.js';
import { permalinkFor } from './permalink.js';
import { positionalId, type RecordContext } from './record-context.js';

const AUTHOR_TAGS = ['100', '110', '111', '700', '710', '711'];
/** Subject subdivisions: form, general, chronological, geographic. */
const SUBDIVISION_CODES = new Set(['v', 'x', 'y', 'z']);

function authorName(field: MarcDataField): string {
  const a = subfieldValue(field, 'a') ?? '';
  // Corporate bodies: $b is a subordinate unit ("France. Ministère de la culture").
  const b = field.tag.endsWith('10') ? subfieldValue(field, 'b') : undefined;
  return b ? `${a.replace(/\.$/, '')}. ${b}` : a;
}

function subjectHeading(field: MarcDataField): string {
  const a = subfieldValue(field, 'a');
  if (!a) return '';
  const subdivisions = field.subfields.filter((s) => SUBDIVISION_CODES.has(s.code)).map((s) => s.value);
  return [a, ...subdivisions].map((part) => part.replace(/\.$/, '')).join(' -- ');
}

function publicationYear(record: MarcRecord): number | undefined {
  // 008/07-10: Date 1 ("uuuu" or blanks when unknown).
  const coded = record.controlFields.get('008')?.slice(7, 11);
  if (coded && /^\d{4}$/.test(coded)) return Number(coded);
  return yearIn(firstSubfield(record, '264', 'c')) ?? yearIn(firstSubfield(record, '260', 'c'));
}

export function marc21RecordToCatalogueRecord(record: MarcRecord, context: RecordContext): CatalogueRecord | undefined {
  const title = firstSubfield(record, '245', 'a');
  if (!title) return undefined;
  const id =
    context.recordIdentifier ??
    firstSubfield(record, '999', 'c') ??
    record.controlFields.get('001')?.trim() ??
    positionalId(context);

  const out: CatalogueRecord = {
    id,
    title,
    authors: unique(AUTHOR_TAGS.flatMap((tag) => fieldsTagged(record, tag)).map(authorName)),
    type: marcDocumentType(record, 'marc21'),
    subjects: unique(record.dataFields.filter((f) => f.tag.startsWith('6')).map(subjectHeading)),
    source: context.source,
  };
  const subtitle = firstSubfield(record, '245', 'b');
  if (subtitle) out.subtitle = subtitle;
  const year = publicationYear(record);
  if (year !== undefined) out.year = year;
  const isbn = fieldsTagged(record, '020').map((f) => cleanIsbn(subfieldValue(f, 'a'))).find(Boolean);
  if (isbn) out.isbn = isbn;
  const summary = firstSubfield(record, '520', 'a');
  if (summary) out.description = summary;
  const url = permalinkFor(id, [firstSubfield(record, '856', 'u')], context);
  if (url) out.url = url;
  return out;
}
