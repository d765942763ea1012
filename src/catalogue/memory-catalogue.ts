/**
 * A catalogue held in memory and searched in full text (MiniSearch): the demo's catalogue, and the JSON exports
 * of vendors who rank their own catalogue in the browser. Searches behave like SRU's `all`: every word of the
 * value must match, in the fields of the query's index. Records whose field holds the exact phrase come first.
 */
import MiniSearch from 'minisearch';
import type { CatalogueAdapter, CatalogueQuery, CatalogueRecord, SearchIndex, SearchOptions } from './adapter.js';
import { normalizeFrenchTerm, normalizeFrenchText, tokenizeText } from './french-terms.js';
import { queryDateYears } from './query-date.js';

const ALL_FIELDS = ['title', 'subtitle', 'authors', 'subjects', 'description', 'year'] as const;
type IndexedField = (typeof ALL_FIELDS)[number];

const FIELDS_BY_INDEX: Readonly<Record<Exclude<SearchIndex, 'date'>, readonly IndexedField[]>> = {
  author: ['authors'],
  title: ['title', 'subtitle'],
  subject: ['subjects'],
  anywhere: ALL_FIELDS,
};
/** Within one index, a word in the title or an author name weighs more than one in a summary. */
const FIELD_BOOST: Partial<Record<IndexedField, number>> = { title: 2, authors: 2, subjects: 1.5 };
/** The exact-phrase preference: a multiplier, large enough to lift phrase matches above scattered words. */
const EXACT_PHRASE_BONUS = 3;

export interface MemoryCatalogueOptions {
  /** Records returned per search when the caller gives no limit. Default 20. */
  limit?: number;
}

/** A record's fields as text; `i` is its position in the records array (ids need not be unique in a vendor export). */
type IndexedDocument = { i: number } & Record<IndexedField, string>;

/** A query date as an inclusive range of years, in either written order; `undefined` when it is not a date. */
function yearRange(value: string): { from: number; to: number } | undefined {
  const years = queryDateYears(value);
  if (!years) return undefined;
  const first = Number(years.first);
  const last = Number(years.last);
  return { from: Math.min(first, last), to: Math.max(first, last) };
}

export class MemoryCatalogue implements CatalogueAdapter {
  readonly #records: readonly CatalogueRecord[];
  readonly #index: MiniSearch<IndexedDocument>;
  /** Normalised text of each record per field, for the exact-phrase preference. */
  readonly #normalized: ReadonlyArray<Readonly<Record<IndexedField, string>>>;
  readonly #limit: number;

  constructor(records: readonly CatalogueRecord[], options: MemoryCatalogueOptions = {}) {
    this.#records = records;
    this.#limit = options.limit ?? 20;
    const documents = records.map((r, i): IndexedDocument => ({
      i,
      title: r.title,
      subtitle: r.subtitle ?? '',
      authors: r.authors.join(' ; '),
      subjects: r.subjects.join(' ; '),
      description: r.description ?? '',
      year: r.year === undefined ? '' : String(r.year),
    }));
    this.#index = new MiniSearch<IndexedDocument>({
      idField: 'i',
      fields: [...ALL_FIELDS],
      tokenize: tokenizeText,
      processTerm: normalizeFrenchTerm,
    });
    this.#index.addAll(documents);
    this.#normalized = documents.map((d) => {
      const out = {} as Record<IndexedField, string>;
      for (const field of ALL_FIELDS) out[field] = ` ${normalizeFrenchText(d[field])} `;
      return out;
    });
  }

  get size(): number {
    return this.#records.length;
  }

  async search(query: CatalogueQuery, options: SearchOptions = {}): Promise<CatalogueRecord[]> {
    options.signal?.throwIfAborted();
    const limit = options.limit ?? this.#limit;
    const narrowing = query.date ? yearRange(query.date) : undefined;
    const inRange = (i: number, range: { from: number; to: number }) => {
      const year = this.#records[i]?.year;
      return year !== undefined && year >= range.from && year <= range.to;
    };

    let ranked: number[];
    if (query.index === 'date') {
      const range = yearRange(query.value);
      if (!range) return [];
      ranked = this.#records
        .map((_, i) => i)
        .filter((i) => inRange(i, range) && (!narrowing || inRange(i, narrowing)))
        .sort((a, b) => this.#compareIds(a, b));
    } else {
      const fields = FIELDS_BY_INDEX[query.index];
      const phrase = normalizeFrenchText(query.value);
      if (!phrase) return [];
      const hits = this.#index.search(query.value, {
        fields: [...fields],
        combineWith: 'AND',
        prefix: false,
        fuzzy: false,
        boost: FIELD_BOOST,
        ...(narrowing ? { filter: (hit) => inRange(hit.id as number, narrowing) } : {}),
      });
      const scored = hits.map((hit) => {
        const i = hit.id as number;
        const normalized = this.#normalized[i];
        const exact = normalized !== undefined && fields.some((f) => normalized[f].includes(` ${phrase} `));
        return { i, score: exact ? hit.score * EXACT_PHRASE_BONUS : hit.score };
      });
      scored.sort((a, b) => b.score - a.score || this.#compareIds(a.i, b.i));
      ranked = scored.map((s) => s.i);
    }

    return ranked.slice(0, limit).map((i, position) => {
      const record = this.#records[i] as CatalogueRecord;
      // A copy: the caller's records are never touched, and two searches never share a result object.
      return {
        ...record,
        authors: [...record.authors],
        subjects: [...record.subjects],
        source: { ...record.source },
        foundBy: { query, entity: query.entity, position: position + 1 },
      };
    });
  }

  /** Stable tie-break by record id, then by position in the input. */
  #compareIds(a: number, b: number): number {
    const idA = this.#records[a]?.id ?? '';
    const idB = this.#records[b]?.id ?? '';
    return idA < idB ? -1 : idA > idB ? 1 : a - b;
  }
}
