/**
 * The document type of a MARC record (UNIMARC or MARC21) from whichever evidence the record carries. Records of
 * different ages and systems carry different evidence: RDA records (the BnF, the Abes, national libraries since
 * the late 2010s) state content and media types; older ones a general material designation; every one a leader,
 * which some servers send shortened and some library systems fill with one default for every document.
 *
 * Order of precedence, each step read only when the ones before say nothing:
 * 1. Bibliographic level (leader/07 `s`): a serial is a periodical, whatever its content or carrier.
 * 2. RDA content type (UNIMARC 181 $c, MARC21 336 $b, or its term in 336 $a): what the resource is, in a
 *    controlled vocabulary; the first one known wins (an illustrated book says text, then still image).
 * 3. General material designation (UNIMARC 200 $b "Texte imprimé", MARC21 245 $h "[sound recording]").
 * 4. Type of record (leader/06), when the leader can be read at its positions.
 * A text is then an e-book when a carrier says electronic: RDA media type "computer" (182 $c, 337 $b or $a), a
 * designation "ressource électronique" / "electronic resource", or MARC21 008/23 (form of item) `o` or `s`.
 */
import type { DocumentType } from '../sdk/schemas.js';
import { documentTypeFromLeader, documentTypeFromSupport, foldLabel, isReadableLeader, type MarcFlavour } from './document-type.js';
import { fieldsTagged, subfieldValue, type MarcRecord } from './marc-xml.js';

/**
 * RDA content types by code, and by English or French (RDA-FR) term as folded by `foldLabel`, for records that
 * give the term alone. Unknown or unspecified (`xxx`, `zzz`): no evidence.
 */
const RDA_CONTENT: Readonly<Record<string, DocumentType>> = {
  txt: 'book', tct: 'book', text: 'book', texte: 'book',
  ntm: 'score', tcm: 'score', 'notated music': 'score', 'musique notee': 'score',
  prm: 'audio', snd: 'audio', spw: 'audio', 'performed music': 'audio', sounds: 'audio', 'spoken word': 'audio',
  'musique executee': 'audio', sons: 'audio', 'parole enregistree': 'audio',
  tdi: 'video', tdm: 'video', 'two dimensional moving image': 'video', 'three dimensional moving image': 'video',
  'image animee bidimensionnelle': 'video',
  cri: 'map', crd: 'map', crm: 'map', crt: 'map', crn: 'map', crf: 'map', 'cartographic image': 'map',
  'cartographic dataset': 'map', 'image cartographique': 'map',
  sti: 'image', tci: 'image', 'still image': 'image', 'image fixe': 'image',
  cod: 'resource', cop: 'resource', 'computer dataset': 'resource', 'computer program': 'resource',
  tdf: 'other', tcf: 'other', 'three dimensional form': 'other',
};
/** RDA media type "computer", by code or term. */
const COMPUTER_MEDIA = new Set(['c', 'computer', 'informatique']);

/** Where each flavour keeps the evidence: tag and subfields, code first. */
const FIELDS = {
  unimarc: { content: ['181', 'c', 'c'], media: ['182', 'c', 'c'], designation: ['200', 'b'] },
  marc21: { content: ['336', 'b', 'a'], media: ['337', 'b', 'a'], designation: ['245', 'h'] },
} as const;

/** Values of `code`, else of `fallback`, in every field tagged `tag`, folded. */
function values(record: MarcRecord, [tag, code, fallback]: readonly [string, string, string]): string[] {
  return fieldsTagged(record, tag).flatMap((field) => {
    const value = subfieldValue(field, code) ?? subfieldValue(field, fallback);
    return value ? [foldLabel(value)] : [];
  });
}

function isElectronic(record: MarcRecord, flavour: MarcFlavour, leader: string | undefined): boolean {
  const fields = FIELDS[flavour];
  if (values(record, fields.media).some((media) => COMPUTER_MEDIA.has(media))) return true;
  const [tag, code] = fields.designation;
  if (fieldsTagged(record, tag).some((f) => documentTypeFromSupport(subfieldValue(f, code) ?? '') === 'resource')) {
    return true;
  }
  // 008/23 is the form of item only in the 008 of books (leader/06 a or t).
  const form = record.controlFields.get('008')?.charAt(23);
  return flavour === 'marc21' && /^.{6}[at]/i.test(leader ?? '') && (form === 'o' || form === 's');
}

/** The general material designation's type; an electronic one names a carrier, not a content, so it says nothing here. */
function designationType(record: MarcRecord, flavour: MarcFlavour): DocumentType | undefined {
  const [tag, code] = FIELDS[flavour].designation;
  for (const field of fieldsTagged(record, tag)) {
    const type = documentTypeFromSupport(subfieldValue(field, code) ?? '');
    if (type !== 'other' && type !== 'resource') return type;
  }
  return undefined;
}

export function marcDocumentType(record: MarcRecord, flavour: MarcFlavour): DocumentType {
  const leader = isReadableLeader(record.leader) ? record.leader : undefined;
  if (leader?.charAt(7).toLowerCase() === 's') return 'periodical';
  const type =
    values(record, FIELDS[flavour].content).map((content) => RDA_CONTENT[content]).find(Boolean) ??
    designationType(record, flavour) ??
    documentTypeFromLeader(leader, flavour);
  return type === 'book' && isElectronic(record, flavour, leader) ? 'ebook' : type;
}
