/**
 * Document types from the three vocabularies catalogues use: BnF "support" strings (the legacy API, BnF public
 * displays), Dublin Core `dc:type` values (French and English, DCMI type URIs), and MARC leaders (UNIMARC and
 * MARC21 position 6, type of record, and position 7, bibliographic level).
 */
import type { DocumentType } from '../sdk/schemas.js';

/** Accents, case, punctuation and padding folded: "  Texte  imprimé " → "texte imprime", "[sound recording] :" → "sound recording". */
export function foldLabel(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Folded labels, French and English; a label also matches a longer one it starts ("texte imprime monographie"). */
const TYPE_BY_LABEL: ReadonlyArray<readonly [string, DocumentType]> = [
  ['texte imprime', 'book'],
  ['printed text', 'book'],
  ['texte', 'book'],
  ['text', 'book'],
  ['livre', 'book'],
  ['book', 'book'],
  ['monographie', 'book'],
  ['monographie imprimee', 'book'],
  ['livre numerique', 'ebook'],
  ['ebook', 'ebook'],
  ['e book', 'ebook'],
  ['texte manuscrit', 'other'],
  ['manuscrit', 'other'],
  ['manuscript', 'other'],
  ['enregistrement sonore', 'audio'],
  ['sound recording', 'audio'],
  ['sound', 'audio'],
  ['son', 'audio'],
  ['audio', 'audio'],
  ['disque compact', 'audio'],
  ['musique imprimee', 'score'],
  ['musique manuscrite', 'score'],
  ['musique notee', 'score'],
  ['notated music', 'score'],
  ['printed music', 'score'],
  ['partition', 'score'],
  ['score', 'score'],
  ['images animees', 'video'],
  ['image animee', 'video'],
  ['moving image', 'video'],
  ['video', 'video'],
  ['film', 'video'],
  ['videorecording', 'video'],
  ['document cartographique', 'map'],
  ['document cartographique imprime', 'map'],
  ['document cartographique manuscrit', 'map'],
  ['cartographic material', 'map'],
  ['cartographic', 'map'],
  ['carte', 'map'],
  ['map', 'map'],
  ['image fixe', 'image'],
  ['still image', 'image'],
  ['image', 'image'],
  ['photographie', 'image'],
  ['ressource electronique', 'resource'],
  ['ressource en ligne', 'resource'],
  ['document electronique', 'resource'],
  ['electronic resource', 'resource'],
  ['interactive resource', 'resource'],
  ['software', 'resource'],
  ['logiciel', 'resource'],
  ['dataset', 'resource'],
  ['multimedia multisupport', 'resource'],
  ['periodique', 'periodical'],
  ['publication en serie', 'periodical'],
  ['serial', 'periodical'],
  ['periodical', 'periodical'],
  ['revue', 'periodical'],
  ['journal', 'periodical'],
  ['jeu', 'game'],
  ['jeu video', 'game'],
  ['game', 'game'],
  ['objet', 'other'],
  ['physical object', 'other'],
  ['evenement', 'event'],
  ['event', 'event'],
  ['formation', 'training'],
];

/** Longest labels first, so "texte manuscrit" wins over "texte". */
const LABELS_LONGEST_FIRST = [...TYPE_BY_LABEL].sort((a, b) => b[0].length - a[0].length);
const EXACT_LABELS = new Map(TYPE_BY_LABEL);

/** A BnF "support" string ("Texte imprimé", "Enregistrement sonore"…); unknown → `other`. */
export function documentTypeFromSupport(support: string): DocumentType {
  const folded = foldLabel(support ?? '');
  if (!folded) return 'other';
  const exact = EXACT_LABELS.get(folded);
  if (exact) return exact;
  for (const [label, type] of LABELS_LONGEST_FIRST) {
    if (folded.startsWith(label + ' ')) return type;
  }
  return 'other';
}

/**
 * A Dublin Core `dc:type` value: a label in French or English ("texte imprimé", "moving image") or a DCMI type
 * URI (`http://purl.org/dc/dcmitype/MovingImage`); unknown → `other`.
 */
export function documentTypeFromDublinCoreType(dcType: string): DocumentType {
  let label = (dcType ?? '').trim();
  if (/^(?:https?:|info:)/i.test(label)) label = label.split(/[/#:]/).filter(Boolean).pop() ?? '';
  // DCMI names are CamelCase: "MovingImage" → "Moving Image".
  label = label.replace(/([a-z])([A-Z])/g, '$1 $2');
  return documentTypeFromSupport(label);
}

/** The most specific type among several `dc:type` values (the BnF gives one in French, one or two in English). */
export function documentTypeFromDublinCoreTypes(dcTypes: readonly string[]): DocumentType {
  for (const dcType of dcTypes) {
    const type = documentTypeFromDublinCoreType(dcType);
    if (type !== 'other') return type;
  }
  return 'other';
}

export type MarcFlavour = 'unimarc' | 'marc21';

const UNIMARC_RECORD_TYPE: Readonly<Record<string, DocumentType>> = {
  a: 'book', b: 'other', c: 'score', d: 'score', e: 'map', f: 'map', g: 'video', i: 'audio', j: 'audio',
  k: 'image', l: 'resource', m: 'resource', r: 'game',
};

const MARC21_RECORD_TYPE: Readonly<Record<string, DocumentType>> = {
  a: 'book', t: 'book', c: 'score', d: 'score', e: 'map', f: 'map', g: 'video', i: 'audio', j: 'audio',
  k: 'image', m: 'resource', o: 'other', p: 'other', r: 'game',
};

/**
 * True when a leader's positions 0-7 are where they belong: the record length (digits, or blanks as the BnF sends
 * it), then status, type of record and bibliographic level, three letters. A leader whose start was cut off
 * (`cam  22        450 `) would otherwise be read one position off; one cut at the end still reads.
 */
export function isReadableLeader(leader: string | undefined): leader is string {
  return /^[\d ]{5}[a-z]{3}/i.test(leader ?? '');
}

/**
 * The type a MARC leader gives: position 6 (type of record), position 7 (bibliographic level: `s`, serial, is a
 * periodical whatever its carrier). In UNIMARC `b` (manuscript text) is archival material, hence `other`; in
 * MARC21 `t` (manuscript language material) counts as a book, as MARC21 catalogues use it for theses. An
 * unreadable leader is `other`.
 */
export function documentTypeFromLeader(leader: string | undefined, flavour: MarcFlavour): DocumentType {
  if (!isReadableLeader(leader)) return 'other';
  const recordType = leader.charAt(6).toLowerCase();
  const level = leader.charAt(7).toLowerCase();
  if (level === 's') return 'periodical';
  return (flavour === 'unimarc' ? UNIMARC_RECORD_TYPE : MARC21_RECORD_TYPE)[recordType] ?? 'other';
}
