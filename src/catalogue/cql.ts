/**
 * CQL (the query language of SRU) built from our query plan. An entity from a video is data, never syntax: it is
 * always quoted, its `\` and `"` escaped, and the masking characters `*`, `?`, `^` replaced by spaces (servers
 * disagree on `\*`, and a masked search on a video's entity is never wanted).
 */
import type { CatalogueQuery, SearchIndex } from './adapter.js';
import { queryDateYears } from './query-date.js';

/** Our index names mapped to a catalogue's CQL indexes. */
export type CqlIndexes = Readonly<Record<SearchIndex, string>>;

/** The BnF's catalogue général. */
export const BNF_CQL_INDEXES: CqlIndexes = {
  author: 'bib.author',
  title: 'bib.title',
  subject: 'bib.subject',
  anywhere: 'bib.anywhere',
  date: 'bib.publicationdate',
};

/** The Dublin Core context set, as Koha's Zebra SRU server and most others understand it. */
export const DUBLIN_CORE_CQL_INDEXES: CqlIndexes = {
  author: 'dc.creator',
  title: 'dc.title',
  subject: 'dc.subject',
  anywhere: 'cql.anywhere',
  date: 'dc.date',
};

const MASKING = /[*?^]/g;
/** Control characters (tabs, line breaks included) would only confuse a server's tokenizer. */
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;

/** A value as a quoted CQL term: `l'été "indien"` → `"l'été \"indien\""`. */
export function quoteCqlTerm(value: string): string {
  const plain = value.normalize('NFC').replace(CONTROL, ' ').replace(MASKING, ' ').replace(/\s+/g, ' ').trim();
  return '"' + plain.replace(/[\\"]/g, (c) => '\\' + c) + '"';
}

/** Whether a value still has something to search once masking characters and blanks are removed. */
export function hasSearchableText(value: string): boolean {
  return quoteCqlTerm(value) !== '""';
}

/** `1789` → `"1789"`; `1789/1799` → a `within` range. Anything else is ignored (`undefined`). */
function dateClause(index: string, date: string): string | undefined {
  const years = queryDateYears(date);
  if (!years) return undefined;
  return years.last !== years.first ? `${index} within "${years.first} ${years.last}"` : `${index} = "${years.first}"`;
}

/**
 * The CQL for one search of the plan: `bib.author all "Victor Hugo"`, narrowed by the query's date when it has
 * one. A search on the date index itself becomes a date clause.
 */
export function buildCql(query: Pick<CatalogueQuery, 'index' | 'value' | 'date'>, indexes: CqlIndexes = BNF_CQL_INDEXES): string {
  const main =
    query.index === 'date'
      ? (dateClause(indexes.date, query.value) ?? `${indexes.date} all ${quoteCqlTerm(query.value)}`)
      : `${indexes[query.index]} all ${quoteCqlTerm(query.value)}`;
  const narrowing = query.date && query.index !== 'date' ? dateClause(indexes.date, query.date) : undefined;
  return narrowing ? `${main} and ${narrowing}` : main;
}
