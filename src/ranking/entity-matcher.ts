/**
 * Step 4: evidence. Every entity is matched against every field of a record, whichever search found it. The
 * entities are indexed once by their words, so a record costs one pass over its own words, whatever the number
 * of entities: authors by name forms, titles and free text by phrase on word boundaries, subject headings by
 * words in any order ("Paris (France)" for "Paris"), years against the record's year and the spans in headings.
 */
import type { Facet } from '../sdk/schemas.js';
import type { CatalogueRecord } from '../catalogue/adapter.js';
import type { NormalizedEntity } from './entities.js';
import { caseTokens, foldAccents, foldedTokens, isAscii } from './text-folding.js';
import type { RankingWeights } from './weights.js';
import { rangesOverlap, yearRangesIn, type YearRange } from './year-ranges.js';

export const EVIDENCE_FIELDS = ['author', 'title', 'subtitle', 'subject', 'description', 'year'] as const;
export type EvidenceField = (typeof EVIDENCE_FIELDS)[number];

/** One entity found in one field of a record; `strength` is entity weight × field weight, 0..1. */
export interface FieldMatch {
  entity: number;
  field: EvidenceField;
  strength: number;
}

const FIELD_COUNT = EVIDENCE_FIELDS.length;
const FIELD_INDEX: Record<EvidenceField, number> = { author: 0, title: 1, subtitle: 2, subject: 3, description: 4, year: 5 };
const DIGITS_ONLY = /^\d+$/;
const FOUR_DIGITS = /^\d{4}$/;

type TextField = 'title' | 'subtitle' | 'description';

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

export class EntityMatcher {
  readonly entities: readonly NormalizedEntity[];
  private readonly weights: RankingWeights;
  /** First word → entities whose phrase starts with it (ordinary words, folded). */
  private readonly phraseIndex = new Map<string, number[]>();
  /** First word → acronym entities (case kept). */
  private readonly acronymIndex = new Map<string, number[]>();
  /** Word → entities having it among their content words (subject headings, any order). */
  private readonly contentIndex = new Map<string, number[]>();
  private readonly contentSize: number[];
  /** Author-capable entities by their sorted words (exact name in any order), by key (bare surname), by word. */
  private readonly authorExact = new Map<string, number[]>();
  private readonly authorSurname = new Map<string, number[]>();
  private readonly authorWords = new Map<string, number[]>();
  private readonly authorWordCount: number[];
  private readonly acronymAuthors = new Map<string, number[]>();
  private readonly yearEntities: number[] = [];
  /**
   * Fast path for ASCII text (most folded French and English): one regex finds the words that start an entity
   * phrase (or a year), and a sticky regex per phrase checks the words that follow. Same word boundaries as tokens.
   */
  private readonly firstWords: RegExp | undefined;
  private readonly phrasePatterns: (RegExp | undefined)[];
  private readonly authorFactor: number[];

  /** Scratch space reused across records: best strength per (entity, field), and which cells are set. */
  private readonly best: Float64Array;
  private readonly touched: number[] = [];
  private readonly counts: Int32Array;
  private readonly counted: number[] = [];
  private readonly names = new Map<string, ReadName>();
  /** What a heading or a name matched, as (entity, field weight) pairs: replayed when it comes again. */
  private readonly headingNotes = new Map<string, number[]>();
  private readonly authorNotes = new Map<string, number[]>();
  private recording: number[] | undefined;

  constructor(entities: readonly NormalizedEntity[], weights: RankingWeights) {
    this.entities = entities;
    this.weights = weights;
    this.best = new Float64Array(entities.length * FIELD_COUNT);
    this.counts = new Int32Array(entities.length);
    this.contentSize = entities.map(() => 0);
    this.authorWordCount = entities.map(() => 0);
    this.authorFactor = entities.map((entity) => this.authorFactorOf(entity.facet));

    entities.forEach((entity, index) => {
      // A dated entity also keeps its words: "14 juillet 1789" meets "1789-1799" and the same phrase in a title.
      if (entity.years) this.yearEntities.push(index);
      if (entity.acronym) {
        addTo(this.acronymIndex, entity.acronymTokens[0] ?? '', index);
        if (this.authorFactor[index]! > 0) addTo(this.acronymAuthors, entity.acronymTokens.join(' '), index);
        return;
      }
      addTo(this.phraseIndex, entity.phraseTokens[0] ?? '', index);
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

    const asciiWord = /^[a-z0-9]+$/;
    const starts = [...this.phraseIndex.keys()].filter((word) => asciiWord.test(word));
    if (this.yearEntities.length > 0) starts.push('[0-9]{4}');
    this.firstWords = starts.length > 0 ? new RegExp(`(?<![a-z0-9])(?:${starts.join('|')})(?![a-z0-9])`, 'g') : undefined;
    this.phrasePatterns = entities.map((entity) =>
      entity.phraseTokens.length > 1 && entity.phraseTokens.every((word) => asciiWord.test(word))
        ? new RegExp(`${entity.phraseTokens.join('[^a-z0-9]+')}(?![a-z0-9])`, 'y')
        : undefined,
    );
  }

  /** People and organisations sign works; a keyword may be a name; places, subjects, works and dates do not. */
  private authorFactorOf(facet: Facet): number {
    if (facet === 'people' || facet === 'organizations') return 1;
    if (facet === 'keywords') return this.weights.keywordAuthorFactor;
    return 0;
  }

  /** The record's evidence, one entry per (entity, field) with its best strength; order is fixed by the index. */
  match(record: CatalogueRecord): FieldMatch[] {
    for (const author of record.authors) this.matchAuthor(author);
    this.matchText(record.title, 'title');
    if (record.subtitle) this.matchText(record.subtitle, 'subtitle');
    if (record.description) this.matchText(record.description, 'description');
    for (const heading of record.subjects) this.matchSubject(heading);
    if (record.year !== undefined) this.matchYear({ from: record.year, to: record.year }, 'year');
    return this.collect();
  }

  private note(entity: number, field: EvidenceField, fieldWeight: number): void {
    if (this.recording !== undefined) {
      this.recording.push(entity, fieldWeight);
      return;
    }
    const strength = this.entities[entity]!.weight * fieldWeight;
    const cell = entity * FIELD_COUNT + FIELD_INDEX[field];
    const previous = this.best[cell]!;
    if (strength <= previous) return;
    if (previous === 0) this.touched.push(cell);
    this.best[cell] = strength;
  }

  private collect(): FieldMatch[] {
    this.touched.sort((a, b) => a - b);
    const matches: FieldMatch[] = [];
    for (const cell of this.touched) {
      const strength = this.best[cell]!;
      this.best[cell] = 0;
      if (strength > 0) {
        matches.push({ entity: Math.floor(cell / FIELD_COUNT), field: EVIDENCE_FIELDS[cell % FIELD_COUNT]!, strength });
      }
    }
    this.touched.length = 0;
    return matches;
  }

  /** Weight of a non-author field (author matches carry their own: exact, surname, partial). */
  private fieldWeight(field: Exclude<EvidenceField, 'author'>): number {
    return this.weights[field];
  }

  private matchText(text: string, field: TextField): void {
    if (isAscii(text)) this.matchAsciiText(text.toLowerCase(), field);
    else {
      const folded = foldAccents(text).toLowerCase();
      if (isAscii(folded)) this.matchAsciiText(folded, field);
      else this.matchTokens(foldedTokens(folded), field);
    }
    if (this.acronymIndex.size > 0) this.matchAcronyms(caseTokens(text), field, this.fieldWeight(field));
  }

  private matchAsciiText(folded: string, field: TextField): void {
    const pattern = this.firstWords;
    if (pattern === undefined) return;
    const weight = this.fieldWeight(field);
    pattern.lastIndex = 0;
    for (let found = pattern.exec(folded); found !== null; found = pattern.exec(folded)) {
      const word = found[0];
      const starting = this.phraseIndex.get(word);
      if (starting) {
        for (const entity of starting) {
          const rest = this.phrasePatterns[entity];
          if (rest !== undefined) {
            rest.lastIndex = found.index;
            if (!rest.test(folded)) continue;
          } else if (this.entities[entity]!.phraseTokens.length > 1) {
            continue; // the rest of the phrase has letters no ASCII text holds
          }
          this.note(entity, field, weight);
        }
      }
      if (word.length === 4 && this.yearEntities.length > 0 && FOUR_DIGITS.test(word)) {
        const year = Number(word);
        this.matchYear({ from: year, to: year }, field);
      }
    }
  }

  private matchTokens(words: readonly string[], field: TextField): void {
    const weight = this.fieldWeight(field);
    for (let at = 0; at < words.length; at++) {
      const word = words[at]!;
      const starting = this.phraseIndex.get(word);
      if (starting) {
        for (const entity of starting) {
          if (startsPhraseAt(words, at, this.entities[entity]!.phraseTokens)) this.note(entity, field, weight);
        }
      }
      if (this.yearEntities.length > 0 && FOUR_DIGITS.test(word)) {
        const year = Number(word);
        this.matchYear({ from: year, to: year }, field);
      }
    }
  }

  private matchAcronyms(words: readonly string[], field: EvidenceField, weight: number): void {
    for (let at = 0; at < words.length; at++) {
      const starting = this.acronymIndex.get(words[at]!);
      if (!starting) continue;
      for (const entity of starting) {
        if (startsPhraseAt(words, at, this.entities[entity]!.acronymTokens)) this.note(entity, field, weight);
      }
    }
  }

  private matchYear(span: YearRange, field: Exclude<EvidenceField, 'author'>): void {
    for (const entity of this.yearEntities) {
      if (rangesOverlap(this.entities[entity]!.years!, span)) this.note(entity, field, this.fieldWeight(field));
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

  /** Runs `read` once per distinct text and replays its notes afterwards: headings and names repeat a lot. */
  private cached(cache: Map<string, number[]>, text: string, field: EvidenceField, read: (text: string) => void): void {
    let notes = cache.get(text);
    if (notes === undefined) {
      if (cache.size >= MAX_CACHED_READINGS) cache.clear();
      this.recording = [];
      read(text);
      notes = this.recording;
      this.recording = undefined;
      cache.set(text, notes);
    }
    for (let i = 0; i < notes.length; i += 2) this.note(notes[i]!, field, notes[i + 1]!);
  }

  private matchSubject(heading: string): void {
    this.cached(this.headingNotes, heading, 'subject', (text) => this.readSubject(text));
  }

  private matchAuthor(author: string): void {
    this.cached(this.authorNotes, author, 'author', (text) => this.readAuthor(text));
  }

  private readSubject(heading: string): void {
    const weight = this.weights.subject;
    const words = new Set(foldedTokens(heading));
    const years = this.yearEntities.length > 0 ? yearRangesIn(heading) : [];
    for (const word of words) {
      const having = this.contentIndex.get(word);
      if (!having) continue;
      for (const entity of having) {
        if (this.counts[entity] === 0) this.counted.push(entity);
        this.counts[entity]! += 1;
      }
    }
    for (const entity of this.counted) {
      if (this.counts[entity] === this.contentSize[entity]) this.note(entity, 'subject', weight);
      this.counts[entity] = 0;
    }
    this.counted.length = 0;
    for (const span of years) this.matchYear(span, 'subject');
    if (this.acronymIndex.size > 0) this.matchAcronyms(caseTokens(heading), 'subject', weight);
  }

  private readAuthor(author: string): void {
    const { words, key, surnames } = this.readName(author);
    if (words.length > 0) {
      const exact = this.authorExact.get(key);
      if (exact) for (const entity of exact) this.noteAuthor(entity, this.weights.authorExact);

      for (const surname of surnames) {
        const bare = this.authorSurname.get(surname);
        if (bare) for (const entity of bare) this.noteAuthor(entity, this.weights.authorSurname);
      }

      // Every word of the entity inside a longer name: maybe a namesake.
      for (const word of new Set(words)) {
        const having = this.authorWords.get(word);
        if (!having) continue;
        for (const entity of having) {
          if (this.counts[entity] === 0) this.counted.push(entity);
          this.counts[entity]! += 1;
        }
      }
      for (const entity of this.counted) {
        if (this.counts[entity] === this.authorWordCount[entity]) this.noteAuthor(entity, this.weights.authorPartial);
        this.counts[entity] = 0;
      }
      this.counted.length = 0;
    }

    if (this.acronymAuthors.size > 0) {
      const cased = caseTokens(author).filter((word) => !DIGITS_ONLY.test(word));
      const exact = this.acronymAuthors.get(cased.join(' '));
      if (exact) for (const entity of exact) this.noteAuthor(entity, this.weights.authorExact);
      this.matchAcronymsInName(cased);
    }
  }

  private matchAcronymsInName(words: readonly string[]): void {
    for (let at = 0; at < words.length; at++) {
      const starting = this.acronymIndex.get(words[at]!);
      if (!starting) continue;
      for (const entity of starting) {
        if (this.authorFactor[entity]! > 0 && startsPhraseAt(words, at, this.entities[entity]!.acronymTokens)) {
          this.noteAuthor(entity, this.weights.authorPartial);
        }
      }
    }
  }

  private noteAuthor(entity: number, fieldWeight: number): void {
    this.note(entity, 'author', fieldWeight * this.authorFactor[entity]!);
  }
}
