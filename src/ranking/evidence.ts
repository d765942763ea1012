/**
 * Step 4: evidence. Every entity is compared with every field of a record, whichever search found it, and each
 * finding is a clue of a kind: a name heading that is the entity's name alone, or only a part of a longer name; a
 * subject heading that is the entity or holds its words; the entity as a phrase in a title or a text; a year. How
 * much each kind is worth is the scorer's business (it needs the whole answer to judge how ambiguous an entity is).
 */
import type { CatalogueRecord } from '../catalogue/adapter.js';
import type { NormalizedEntity } from './entities.js';
import { STOP_WORDS } from './stop-words.js';
import { nameKey, readNameHeading, type NameHeading } from './name-headings.js';
import { caseTokens, foldedTokens, foldKey, isAllCapitals, singular } from './text-folding.js';
import { yearRangesIn, type YearRange } from './year-ranges.js';

export const EVIDENCE_FIELDS = ['author', 'title', 'subtitle', 'subject', 'description', 'year'] as const;
export type EvidenceField = (typeof EVIDENCE_FIELDS)[number];

export type ClueKind =
  /** A name heading, or a subject heading, that is the entity alone: "SCH (1993-....)" for "SCH". */
  | 'whole'
  /** The entity is part of a longer name, its surname or an unknown part: "Niska, Jean" for "Niska". */
  | 'name-part'
  /** The entity is only among the forenames of an inverted heading: "Martin, Paul" for "Paul". */
  | 'forename'
  /** A subject heading holds the entity's words among others: "Kyoto (Japon) -- Temples" for "Kyoto". */
  | 'heading'
  /** The entity as a phrase, on word boundaries, in a title, a subtitle or a text. */
  | 'phrase'
  /** A date entity meets a year or a span; `share` is how much of the span it covers. */
  | 'year';

export interface Clue {
  entity: number;
  field: EvidenceField;
  kind: ClueKind;
  /** For `year`: the share of the record's span the date covers (a decade heading says less than a year). */
  share: number;
}

/** What a record is linked to, for telling one sense of an entity from another: its people and its main headings. */
export function recordLinks(record: CatalogueRecord): string[] {
  return [...record.authors.map((author) => `a:${nameKey(author)}`), ...mainHeadings(record).map((heading) => `s:${foldKey(heading)}`)];
}

/**
 * The main heading of each subject, without its subdivisions ("Japon -- Cartes" → "Japon"): what a record is about.
 * A generic subdivision ("Cartes", "Histoire") shared by two records does not make them alike. Answers that give
 * the subdivisions as headings of their own cannot be told apart, and keep them.
 */
export function mainHeadings(record: CatalogueRecord): string[] {
  return record.subjects.map((subject) => subject.split(/\s+--\s+/)[0]!.trim()).filter((heading) => heading !== '');
}

/** Subject headings split into their parts ("Japon -- Guides touristiques" → two parts), empty ones dropped. */
export function subjectParts(record: CatalogueRecord): string[] {
  return record.subjects.flatMap((subject) => subject.split(/\s+--\s+/)).map((part) => part.trim()).filter((part) => part !== '');
}

const sameWords = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((word) => b.includes(word));
const allIn = (words: readonly string[], within: readonly string[]) => words.every((word) => within.includes(word));

function containsRun(words: readonly string[], run: readonly string[]): boolean {
  outer: for (let at = 0; at + run.length <= words.length; at++) {
    for (let k = 0; k < run.length; k++) if (words[at + k] !== run[k]) continue outer;
    return true;
  }
  return false;
}

function yearShare(years: YearRange, span: YearRange): number {
  if (!(years.from <= span.to && span.from <= years.to)) return 0;
  const covered = Math.min(span.to, years.to) - Math.max(span.from, years.from) + 1;
  return Math.min(1, covered / (span.to - span.from + 1));
}

/** Finds the clues of a list of entities in records; headings and names met again are not read again. */
export class EvidenceFinder {
  private readonly byFirstWord = new Map<string, number[]>();
  private readonly authorClues = new Map<string, Omit<Clue, 'entity'>[][]>();
  private readonly subjectClues = new Map<string, Omit<Clue, 'entity'>[][]>();

  constructor(readonly entities: readonly NormalizedEntity[]) {
    entities.forEach((entity, index) => {
      if (entity.facet === 'dates' || entity.acronym) return;
      const first = entity.phraseTokens[0]!;
      this.byFirstWord.set(first, [...(this.byFirstWord.get(first) ?? []), index]);
    });
  }

  clues(record: CatalogueRecord): Clue[] {
    const clues: Clue[] = [];
    const add = (entity: number, field: EvidenceField, kind: ClueKind, share = 1) => clues.push({ entity, field, kind, share });
    for (const author of record.authors) this.cached(this.authorClues, author, (text) => this.readAuthor(text), clues);
    for (const part of subjectParts(record)) this.cached(this.subjectClues, part, (text) => this.readSubject(text), clues);
    this.readText(record.title, 'title', add);
    if (record.subtitle) this.readText(record.subtitle, 'subtitle', add);
    if (record.description) this.readText(record.description, 'description', add);
    if (record.year !== undefined) this.readYears([{ from: record.year, to: record.year }], 'year', add);
    return clues;
  }

  /** Per entity, the clues a heading gives (as kinds), computed once per distinct heading. */
  private cached(
    cache: Map<string, Omit<Clue, 'entity'>[][]>,
    text: string,
    read: (text: string) => Omit<Clue, 'entity'>[][],
    into: Clue[],
  ): void {
    let perEntity = cache.get(text);
    if (perEntity === undefined) {
      perEntity = read(text);
      cache.set(text, perEntity);
    }
    perEntity.forEach((found, entity) => {
      for (const clue of found) into.push({ entity, ...clue });
    });
  }

  private readAuthor(author: string): Omit<Clue, 'entity'>[][] {
    const name = readNameHeading(author);
    return this.entities.map((entity) => {
      if (entity.signs === 'never' || name.words.length === 0) return [];
      const kind = nameKind(entity, name);
      if (kind === undefined || (kind !== 'whole' && entity.signs !== 'name')) return [];
      return [{ field: 'author', kind, share: 1 }];
    });
  }

  private readSubject(part: string): Omit<Clue, 'entity'>[][] {
    const name = readNameHeading(part);
    // As a topic, a heading keeps its qualifier ("Rap (musique)"), and is the entity alone with or without it
    // ("Trous noirs (astronomie)" is "trou noir").
    const topic = (words: readonly string[]) => words.map(singular).filter((word) => !STOP_WORDS.has(word));
    const withQualifier = topic(foldedTokens(part));
    const withoutQualifier = topic(name.words);
    const spans = yearRangesIn(part);
    return this.entities.map((entity) => {
      const found: Omit<Clue, 'entity'>[] = [];
      // A dated entity meets a year or a span; a date entity is matched by its span only ("1960" is not "1951-1960").
      const share = entity.years ? Math.max(0, ...spans.map((span) => yearShare(entity.years!, span))) : 0;
      if (share > 0) found.push({ field: 'subject', kind: 'year', share });
      if (entity.facet === 'dates') return found;
      // People and organisations are read as names ("Napoléon Ier" is not "Napoléon III"), other facets as topics.
      let kind: ClueKind | undefined;
      if (entity.signs === 'name') kind = name.words.length > 0 ? nameKind(entity, name) : undefined;
      else if (entity.acronym) kind = sameWords(entity.acronymTokens, name.caseWords) ? 'whole' : containsRun(name.caseWords, entity.acronymTokens) ? 'heading' : undefined;
      else if (sameWords(entity.contentTokens, withoutQualifier) || sameWords(entity.contentTokens, withQualifier)) kind = 'whole';
      else if (allIn(entity.contentTokens, withQualifier)) kind = 'heading';
      if (kind) found.push({ field: 'subject', kind, share: 1 });
      return found;
    });
  }

  private readText(text: string, field: EvidenceField, add: (entity: number, field: EvidenceField, kind: ClueKind, share?: number) => void): void {
    const words = foldedTokens(text);
    const topicWords = words.map(singular);
    const found = new Set<number>();
    topicWords.forEach((word, at) => {
      for (const entity of this.byFirstWord.get(word) ?? []) {
        const phrase = this.entities[entity]!.phraseTokens;
        if (!found.has(entity) && containsRun(topicWords.slice(at, at + phrase.length), phrase)) found.add(entity);
      }
    });
    // In a text written all in capitals, capitals tell nothing: an acronym is then not looked for.
    if (!isAllCapitals(text)) {
      const cased = caseTokens(text);
      this.entities.forEach((entity, index) => {
        if (entity.acronym && containsRun(cased, entity.acronymTokens)) found.add(index);
      });
    }
    for (const entity of found) add(entity, field, 'phrase');
    const years = words.filter((word) => /^\d{4}$/.test(word)).map((word) => ({ from: Number(word), to: Number(word) }));
    if (years.length > 0) this.readYears(years, field, add);
  }

  private readYears(spans: readonly YearRange[], field: EvidenceField, add: (entity: number, field: EvidenceField, kind: ClueKind, share?: number) => void): void {
    this.entities.forEach((entity, index) => {
      if (!entity.years) return;
      const share = Math.max(0, ...spans.map((span) => yearShare(entity.years!, span)));
      if (share > 0) add(index, field, 'year', share);
    });
  }
}

/** How an entity meets a name heading: the whole name, a part of it, only its forenames, or not at all. */
function nameKind(entity: NormalizedEntity, name: NameHeading): ClueKind | undefined {
  if (entity.acronym) {
    if (sameWords(entity.acronymTokens, name.caseWords)) return 'whole';
    return containsRun(name.caseWords, entity.acronymTokens) ? 'name-part' : undefined;
  }
  if (sameWords(entity.tokens, name.words)) return 'whole';
  if (!allIn(entity.tokens, name.words)) return undefined;
  if (name.surname && !entity.tokens.some((token) => name.surname!.includes(token))) return 'forename';
  return 'name-part';
}
