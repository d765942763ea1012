/**
 * A UNIMARC bibliographic record (BnF MarcXchange, or a French Koha's MARCXML) in our model. Fields read:
 * 003/001 id, 200 $a $e title, 700/710 then 701/711 then 702/712 authors, the type (`marcDocumentType`: leader,
 * 200 $b, 181/182), 100 $a (9-12) or 210/214 $d year, 600-607 subjects, 010 $a ISBN, 330 $a summary, 856 $u link.
 */
import type { CatalogueRecord } from './adapter.js';
import { cleanIsbn } from './isbn.js';
import { marcDocumentType } from './marc-document-type.js';
import { fieldsTagged, firstSubfield, subfieldValue, unique, yearIn, type MarcDataField, type MarcRecord } from './marc-xml.js';
import { bnfArkIn, permalinkFor } from './permalink.js';
import { positionalId, type RecordContext } from './record-context.js';

/** Author fields by responsibility: main, alternative, secondary; persons then corporate bodies. */
const AUTHOR_TAGS = ['700', '710', '701', '711', '702', '712'];
const PERSON_TAGS = new Set(['700', '701', '702']);
const SUBJECT_TAGS = ['600', '601', '602', '604', '605', '606', '607'];
/** Subject subdivisions: topical, geographical, chronological, form. */
const SUBDIVISION_CODES = new Set(['x', 'y', 'z', 'j']);

function authorName(field: MarcDataField): string {
  const a = subfieldValue(field, 'a') ?? '';
  const b = subfieldValue(field, 'b');
  if (!a) return '';
  // Persons: $a family name, $b given name; corporate bodies: $a name, $b subdivision.
  if (PERSON_TAGS.has(field.tag)) return b ? `${a}, ${b}` : a;
  return b ? `${a}. ${b}` : a;
}

function subjectHeading(field: MarcDataField): string {
  const a = subfieldValue(field, 'a');
  if (!a) return '';
  const b = subfieldValue(field, 'b');
  const head = b && field.tag === '600' ? `${a}, ${b}` : a;
  const subdivisions = field.subfields.filter((s) => SUBDIVISION_CODES.has(s.code)).map((s) => s.value);
  return [head, ...subdivisions].join(' -- ');
}

function publicationYear(record: MarcRecord): number | undefined {
  // 100 $a: positions 0-7 date entered, 8 type of date, 9-12 first date ("    " or "19uu" when unknown).
  const coded = firstSubfield(record, '100', 'a')?.slice(9, 13);
  if (coded && /^\d{4}$/.test(coded)) return Number(coded);
  return yearIn(firstSubfield(record, '210', 'd')) ?? yearIn(firstSubfield(record, '214', 'd'));
}

export function unimarcRecordToCatalogueRecord(record: MarcRecord, context: RecordContext): CatalogueRecord | undefined {
  const title = firstSubfield(record, '200', 'a');
  if (!title) return undefined;
  const field003 = record.controlFields.get('003')?.trim();
  const id =
    bnfArkIn(record.attributes.id) ??
    bnfArkIn(field003) ??
    context.recordIdentifier ??
    record.controlFields.get('001')?.trim() ??
    positionalId(context);

  const out: CatalogueRecord = {
    id,
    title,
    authors: unique(
      AUTHOR_TAGS.flatMap((tag) => fieldsTagged(record, tag)).map(authorName),
    ),
    type: marcDocumentType(record, 'unimarc'),
    subjects: unique(fieldsTagged(record, ...SUBJECT_TAGS).map(subjectHeading)),
    source: context.source,
  };
  const subtitle = firstSubfield(record, '200', 'e');
  if (subtitle) out.subtitle = subtitle;
  const year = publicationYear(record);
  if (year !== undefined) out.year = year;
  const isbn = fieldsTagged(record, '010').map((f) => cleanIsbn(subfieldValue(f, 'a'))).find(Boolean);
  if (isbn) out.isbn = isbn;
  const summary = firstSubfield(record, '330', 'a');
  if (summary) out.description = summary;
  const url = permalinkFor(id, [field003, firstSubfield(record, '856', 'u')], context);
  if (url) out.url = url;
  return out;
}
