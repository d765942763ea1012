/**
 * Step 4: evidence. Every entity is matched against every field of a record, whichever search found it. The
 * entities are indexed once by their words, so a record costs one pass over its own words, whatever the number
 * of entities: authors by name forms, titles and free text by phrase on word boundaries, subject headings by
 * words in any order ("Paris (France)" for "Paris"), years against the record's year and the spans in headings.
 *
 * The matcher fills a table of best strengths per (entity, field) and leaves it for the caller to read (`read`
 * returns the cells, `strengths` their values) before `clear()`: scoring thousands of records allocates nothing per record.
 */
import type { Facet } from '../sdk/schemas.js';
import type { CatalogueRecord } from '../catalogue/adapter.js';
import type { NormalizedEntity } from './entities.js';
import { caseTokens, foldedTokens } from './text-folding.js';
import type { RankingWeights } from './weights.js';
import { hashWord, WordScanner } from './word-scanner.js';
import { yearRangesIn } from './year-ranges.js';

export const EVIDENCE_FIELDS = ['author', 'title', 'subtitle', 'subject', 'description', 'year'] as const;
export type EvidenceField = (typeof EVIDENCE_FIELDS)[number];

/** One entity found in one field of a record; `strength` is entity weight × field weight, 0..1. */
export interface FieldMatch {
  entity: number;
  field: EvidenceField;
  strength: number;
}

/** Cell kinds: the evidence fields, plus an entity inside a longer author name (shown as `author`). */
export const AUTHOR = 0;
export const TITLE = 1;
export const SUBTITLE = 2;
export const SUBJECT = 3;
export const DESCRIPTION = 4;
export const YEAR = 5;
export const AUTHOR_PARTIAL = 6;
export const CELL_KINDS = 7;
const KIND_FIELDS: readonly EvidenceField[] = [...EVIDENCE_FIELDS, 'author'];
const DIGITS_ONLY = /^\d+$/;

type TextKind = typeof TITLE | typeof SUBTITLE | typeof DESCRIPTION;

/** An author name, read once: catalogues repeat names across thousands of records. */
interface ReadName {
  words: string[];
  /** The words sorted: "Martin, Paul" and "Paul Martin" give the same key. */
  key: string;
  surnames: string[];
}

/** Cached readings per matcher; past this many, the cache starts over (memory stays bounded). */
const MAX_CACHED_READINGS = 50_000;

function addTo(index: Map<string, number[]>, key: string, entity: number): void {
  const list = index.get(key);
  if (list === undefined) index.set(key, [entity]);
  else if (list[list.length - 1] !== entity) list.push(entity);
}

function startsPhraseAt(words: readonly string[], at: number, phrase: readonly string[]): boolean {
  if (at + phrase.length > words.length) return false;
  for (let k = 1; k < phrase.length; k++) if (words[at + k] !== phrase[k]) return false;
  return true;
}

function sortedKey(tokens: readonly string[]): string {
  return [...tokens].sort().join(' ');
}

/**
 * A small open-addressing table from a word hash to the entities whose phrase starts with that word, with each
 * entity's phrase (`phrases[entity]`, indexed like the entities) and its words' hashes.
 */
class FirstWordTable {
  private readonly keys: Int32Array;
  private readonly slots: Int32Array;
  private readonly mask: number;
  readonly lists: number[][] = [];
  readonly tokens: string[] = [];
  readonly hashes: number[][];

  constructor(
    entries: Map<string, number[]>,
    readonly phrases: readonly (readonly string[])[],
  ) {
    this.hashes = phrases.map((phrase) => phrase.map(hashWord));
    let size = 16;
    while (size < entries.size * 4) size *= 2;
    this.keys = new Int32Array(size);
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (const [token, entities] of entries) {
      const hash = hashWord(token);
      let at = hash & this.mask;
      while (this.keys[at] !== 0) at = (at + 1) & this.mask;
      this.keys[at] = hash;
      this.slots[at] = this.lists.length;
      this.lists.push(entities);
      this.tokens.push(token);
    }
  }

  /** The slot of a word's hash, or -1. Several words may share a hash: the caller checks the token. */
  find(hash: number, from = -1): number {
    let at = from === -1 ? hash & this.mask : (from + 1) & this.mask;
    for (let key = this.keys[at]!; key !== 0; at = (at + 1) & this.mask, key = this.keys[at]!) {
      if (key === hash) return at;
    }
    return -1;
  }

  entry(at: number): number {
    return this.slots[at]!;
  }
}

export class EntityMatcher {
  readonly entities: readonly NormalizedEntity[];
  private readonly weights: RankingWeights;
  /** First word → entities whose phrase starts with it (ordinary words folded; acronyms with their case). */
  private readonly phraseTable: FirstWordTable;
  /** `acronymIndex` by word hash, for the scanner's words. */
  private readonly acronymTable: FirstWordTable;
  /** Word → entities having it among their content words (subject headings, any order). */
  private readonly contentIndex = new Map<string, number[]>();
  private readonly contentSize: number[];
  /** Author-capable entities by their sorted words (exact name in any order), by key (bare surname), by word. */
  private readonly authorExact = new Map<string, number[]>();
  private readonly authorSurname = new Map<string, number[]>();
  private readonly authorWords = new Map<string, number[]>();
  /** Acronym entities by their first word, case kept. */
  private readonly acronymIndex = new Map<string, number[]>();
  private readonly authorWordCount: number[];
  private readonly acronymAuthors = new Map<string, number[]>();
  private readonly yearEntities: number[] = [];
  private readonly authorFactor: number[];
  private readonly scanner = new WordScanner();

  /** Best strength per (entity, cell kind) for the record being read, and which cells are set. */
  private readonly best: Float64Array;
  private readonly touched: number[] = [];
  /** Scratch for `entitiesWithAllWords`: words met per entity, and which entities have a count. */
  private readonly counts: Int32Array;
  private readonly counted: number[] = [];
  private readonly names = new Map<string, ReadName>();
  /** What a heading or a name matched, as (entity, cell kind, field weight) triples: replayed when it comes again. */
  private readonly headingNotes = new Map<string, number[]>();
  private readonly authorNotes = new Map<string, number[]>();
  private recording: number[] | undefined;

  constructor(entities: readonly NormalizedEntity[], weights: RankingWeights) {
    this.entities = entities;
    this.weights = weights;
    this.best = new Float64Array(entities.length * CELL_KINDS);
    this.counts = new Int32Array(entities.length);
    this.contentSize = entities.map(() => 0);
    this.authorWordCount = entities.map(() => 0);
    this.authorFactor = entities.map((entity) => this.authorFactorOf(entity.facet));

    const phraseStarts = new Map<string, number[]>();
    entities.forEach((entity, index) => {
      // A dated entity also keeps its words: "14 juillet 1789" meets "1789-1799" and the same phrase in a title.
      if (entity.years) this.yearEntities.push(index);
      // A date entity is matched by its span only: its digits as words would count "1960" in "1951-1960" in full.
      if (entity.years && entity.facet === 'dates') return;
      if (entity.acronym) {
        addTo(this.acronymIndex, entity.acronymTokens[0] ?? '', index);
        if (this.authorFactor[index]! > 0) addTo(this.acronymAuthors, entity.acronymTokens.join(' '), index);
        return;
      }
      addTo(phraseStarts, entity.phraseTokens[0] ?? '', index);
      const content = [...new Set(entity.contentTokens)];
      this.contentSize[index] = content.length;
      for (const token of content) addTo(this.contentIndex, token, index);
      if (this.authorFactor[index]! > 0) {
        addTo(this.authorExact, sortedKey(entity.tokens), index);
        addTo(this.authorSurname, entity.key, index);
        const words = [...new Set(entity.tokens)];
        this.authorWordCount[index] = words.length;
        for (const token of words) addTo(this.authorWords, token, index);
      }
    });
    this.phraseTable = new FirstWordTable(phraseStarts, entities.map((entity) => entity.phraseTokens));
    this.acronymTable = new FirstWordTable(this.acronymIndex, entities.map((entity) => entity.acronymTokens));
  }

  /** People and organisations sign works; a keyword may be a name; places, subjects, works and dates do not. */
  private authorFactorOf(facet: Facet): number {
    if (facet === 'people' || facet === 'organizations') return 1;
    if (facet === 'keywords') return this.weights.keywordAuthorFactor;
    return 0;
  }

  /**
   * Reads a record's evidence into the table: afterwards `cells` lists the set cells (entity × CELL_KINDS + kind)
   * in increasing order, so grouped by entity. Call `clear` before the next record.
   */
  read(record: CatalogueRecord): readonly number[] {
    for (const author of record.authors) this.matchAuthor(author);
    this.matchText(record.title, TITLE);
    if (record.subtitle) this.matchText(record.subtitle, SUBTITLE);
    if (record.description) this.matchText(record.description, DESCRIPTION);
    for (const heading of record.subjects) this.matchSubject(heading);
    if (record.year !== undefined && this.yearEntities.length > 0) this.matchYear(record.year, record.year, YEAR);
    const cells = this.touched;
    if (cells.length > 1) cells.sort((a, b) => a - b);
    return cells;
  }

  /** Best strength per cell of the record just read. */
  get strengths(): Float64Array {
    return this.best;
  }

  clear(): void {
    for (const cell of this.touched) this.best[cell] = 0;
    this.touched.length = 0;
  }

  /** The record's evidence, one entry per (entity, field) with its best strength; order is fixed by the index. */
  match(record: CatalogueRecord): FieldMatch[] {
    const matches: FieldMatch[] = [];
    for (const cell of this.read(record)) {
      const entity = Math.floor(cell / CELL_KINDS);
      const field = KIND_FIELDS[cell % CELL_KINDS]!;
      const strength = this.best[cell]!;
      const previous = matches[matches.length - 1];
      // A name met whole and inside a longer name: one author evidence, the stronger.
      if (previous && previous.entity === entity && previous.field === field) previous.strength = Math.max(previous.strength, strength);
      else matches.push({ entity, field, strength });
    }
    this.clear();
    return matches;
  }

  private note(entity: number, kind: number, fieldWeight: number): void {
    if (this.recording !== undefined) {
      this.recording.push(entity, kind, fieldWeight);
      return;
    }
    const strength = this.entities[entity]!.weight * fieldWeight;
    const cell = entity * CELL_KINDS + kind;
    const previous = this.best[cell]!;
    if (strength <= previous) return;
    if (previous === 0) this.touched.push(cell);
    this.best[cell] = strength;
  }

  private fieldWeight(kind: number): number {
    const weights = this.weights;
    return kind === TITLE ? weights.title : kind === SUBTITLE ? weights.subtitle : kind === DESCRIPTION ? weights.description : kind === SUBJECT ? weights.subject : weights.year;
  }

  private matchText(text: string, kind: TextKind): void {
    const scanner = this.scanner;
    const withAcronyms = this.acronymIndex.size > 0;
    const count = scanner.scan(text, withAcronyms);
    if (count === 0) return;
    const weight = this.fieldWeight(kind);
    const checkYears = this.yearEntities.length > 0;
    for (let at = 0; at < count; at++) {
      this.matchPhrasesAt(at, this.phraseTable, false, kind, weight);
      if (withAcronyms) this.matchPhrasesAt(at, this.acronymTable, true, kind, weight);
      if (checkYears) {
        const year = scanner.yearValue[at]!;
        if (year >= 0) this.matchYear(year, year, kind);
      }
    }
  }

  /** Notes the entities of `table` whose phrase starts at word `at` of the scanned text. */
  private matchPhrasesAt(at: number, table: FirstWordTable, caseKept: boolean, kind: number, weight: number): void {
    const scanner = this.scanner;
    const hash = (caseKept ? scanner.caseHash : scanner.lowerHash)[at]!;
    for (let slot = table.find(hash); slot !== -1; slot = table.find(hash, slot)) {
      const entry = table.entry(slot);
      if (!scanner.equals(at, table.tokens[entry]!, caseKept)) continue;
      for (const entity of table.lists[entry]!) {
        if (this.followsPhrase(at, table.phrases[entity]!, table.hashes[entity]!, caseKept)) this.note(entity, kind, weight);
      }
    }
  }

  /** Whether the words after `at` continue the phrase (its first word already matched). */
  private followsPhrase(at: number, phrase: readonly string[], hashes: readonly number[], caseKept: boolean): boolean {
    const scanner = this.scanner;
    if (at + phrase.length > scanner.count) return false;
    const wordHashes = caseKept ? scanner.caseHash : scanner.lowerHash;
    for (let k = 1; k < phrase.length; k++) {
      if (wordHashes[at + k] !== hashes[k] || !scanner.equals(at + k, phrase[k]!, caseKept)) return false;
    }
    return true;
  }

  /** The acronym entities written in `words` (case-kept words of a heading or a name), once per occurrence. */
  private acronymsIn(words: readonly string[]): number[] {
    const found: number[] = [];
    for (let at = 0; at < words.length; at++) {
      const starting = this.acronymIndex.get(words[at]!);
      if (!starting) continue;
      for (const entity of starting) {
        if (startsPhraseAt(words, at, this.entities[entity]!.acronymTokens)) found.push(entity);
      }
    }
    return found;
  }

  /**
   * Date entities overlapping the span `from..to` found in a field. In a heading, a span much wider than the entity
   * ("2021-2030" for 2023) counts the share it covers, never less than `broadPeriodFloor`.
   */
  private matchYear(from: number, to: number, kind: number): void {
    const weight = this.fieldWeight(kind);
    const span = to - from + 1;
    for (const entity of this.yearEntities) {
      const years = this.entities[entity]!.years!;
      if (!(years.from <= to && from <= years.to)) continue;
      let share = 1;
      if (span > 1) {
        const covered = Math.min(to, years.to) - Math.max(from, years.from) + 1;
        share = Math.max(this.weights.broadPeriodFloor, Math.min(1, covered / span));
      }
      this.note(entity, kind, weight * share);
    }
  }

  /** An author's name key (folded words without dates, sorted), cached: '' for no name. */
  nameKey(author: string): string {
    return this.readName(author).key;
  }

  private readName(author: string): ReadName {
    let read = this.names.get(author);
    if (read === undefined) {
      if (this.names.size >= MAX_CACHED_READINGS) this.names.clear();
      const comma = author.indexOf(',');
      const words = foldedTokens(author).filter((word) => !DIGITS_ONLY.test(word));
      // The surname: before the comma ("Desmoulins, Camille"), else the first or the last word.
      const surnames =
        words.length === 0 ? [] : comma > 0 ? [foldedTokens(author.slice(0, comma)).join(' ')] : [words[0]!, words[words.length - 1]!];
      read = { words, key: sortedKey(words), surnames };
      this.names.set(author, read);
    }
    return read;
  }

  /** Replays what a heading or a name matched when first read: headings and names repeat a lot. */
  private replay(notes: readonly number[]): void {
    for (let i = 0; i < notes.length; i += 3) this.note(notes[i]!, notes[i + 1]!, notes[i + 2]!);
  }

  /** Starts recording notes for a text read for the first time (the cache starts over past its bound). */
  private startRecording(cache: Map<string, number[]>): void {
    if (cache.size >= MAX_CACHED_READINGS) cache.clear();
    this.recording = [];
  }

  private stopRecording(cache: Map<string, number[]>, text: string): void {
    const notes = this.recording!;
    this.recording = undefined;
    cache.set(text, notes);
    this.replay(notes);
  }

  private matchSubject(heading: string): void {
    const notes = this.headingNotes.get(heading);
    if (notes !== undefined) return this.replay(notes);
    this.startRecording(this.headingNotes);
    this.readSubject(heading);
    this.stopRecording(this.headingNotes, heading);
  }

  private matchAuthor(author: string): void {
    const notes = this.authorNotes.get(author);
    if (notes !== undefined) return this.replay(notes);
    this.startRecording(this.authorNotes);
    this.readAuthor(author);
    this.stopRecording(this.authorNotes, author);
  }

  /**
   * The entities of `index` (word → entities) whose every word is among `words`: `sizes[entity]` distinct words
   * each. For headings and names, read once each (their notes are replayed), so a small array per call is fine.
   */
  private entitiesWithAllWords(words: ReadonlySet<string>, index: Map<string, number[]>, sizes: readonly number[]): number[] {
    for (const word of words) {
      const having = index.get(word);
      if (!having) continue;
      for (const entity of having) {
        if (this.counts[entity] === 0) this.counted.push(entity);
        this.counts[entity]! += 1;
      }
    }
    const whole = this.counted.filter((entity) => this.counts[entity] === sizes[entity]);
    for (const entity of this.counted) this.counts[entity] = 0;
    this.counted.length = 0;
    return whole;
  }

  private readSubject(heading: string): void {
    const weight = this.weights.subject;
    const words = new Set(foldedTokens(heading));
    for (const entity of this.entitiesWithAllWords(words, this.contentIndex, this.contentSize)) this.note(entity, SUBJECT, weight);
    if (this.yearEntities.length > 0) for (const span of yearRangesIn(heading)) this.matchYear(span.from, span.to, SUBJECT);
    if (this.acronymIndex.size > 0) {
      for (const entity of this.acronymsIn(caseTokens(heading))) this.note(entity, SUBJECT, weight);
    }
  }

  private readAuthor(author: string): void {
    const { words, key, surnames } = this.readName(author);
    if (words.length > 0) {
      const exact = this.authorExact.get(key);
      if (exact) for (const entity of exact) this.noteAuthor(entity, AUTHOR, this.weights.authorExact);

      for (const surname of surnames) {
        const bare = this.authorSurname.get(surname);
        if (bare) for (const entity of bare) this.noteAuthor(entity, AUTHOR, this.weights.authorSurname);
      }

      // Every word of the entity inside a longer name: maybe a namesake.
      for (const entity of this.entitiesWithAllWords(new Set(words), this.authorWords, this.authorWordCount)) {
        this.noteAuthor(entity, AUTHOR_PARTIAL, this.weights.authorPartial);
      }
    }

    if (this.acronymAuthors.size > 0) {
      const cased = caseTokens(author).filter((word) => !DIGITS_ONLY.test(word));
      const exact = this.acronymAuthors.get(cased.join(' '));
      if (exact) for (const entity of exact) this.noteAuthor(entity, AUTHOR, this.weights.authorExact);
      for (const entity of this.acronymsIn(cased)) {
        if (this.authorFactor[entity]! > 0) this.noteAuthor(entity, AUTHOR_PARTIAL, this.weights.authorPartial);
      }
    }
  }

  private noteAuthor(entity: number, kind: number, fieldWeight: number): void {
    this.note(entity, kind, fieldWeight * this.authorFactor[entity]!);
  }
}
