/**
 * Step 4: evidence. Every entity is compared with every field of a record, whichever search found it, and each
 * finding is a clue of a kind: a name heading that is the entity's name alone, or only a part of a longer name; a
 * subject heading that is the entity or holds its words; the entity as a phrase in a title or a text; a year. How
 * much each kind is worth is the scorer's business (it needs the whole answer to judge how ambiguous an entity is).
 */
import type { CatalogueRecord } from '../catalogue/adapter.js';
import { BoundedCache } from './bounded-cache.js';
import type { NormalizedEntity } from './entities.js';
import { STOP_WORDS } from './stop-words.js';
import { readNameHeading, type NameHeading } from './name-headings.js';
import { foldedTokens, foldKey, sharedCaseTokens, singular, topicTokens } from './text-folding.js';
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
  /** For a `whole` clue: what the heading names, its qualifier and year of birth included ("niska|indiens|"). */
  heading?: string;
  /** For `year`: the share of the record's span the date covers (a decade heading says less than a year). */
  share: number;
}

/**
 * What a record is linked to, for telling one sense of an entity from another: its people (namesakes of other dates
 * are other people) and its main headings.
 */
export function recordLinks(record: CatalogueRecord): string[] {
  return [...record.authors.map((author) => readNameHeading(author).person), ...mainHeadings(record).map(foldKey)];
}

/**
 * The main heading of each subject, without its subdivisions ("Japon -- Cartes" → "Japon"): what a record is about.
 * A generic subdivision ("Cartes", "Histoire") shared by two records does not make them alike. Answers that give
 * the subdivisions as headings of their own cannot be told apart, and keep them.
 */
export function mainHeadings(record: CatalogueRecord): string[] {
  return record.subjects.map((subject) => partsOf(subject)[0]!).filter((heading) => heading !== '');
}

/** A subject heading's parts ("Japon -- Guides touristiques" → two parts); each is matched on its own. */
const subjectPartsCache = new BoundedCache((subject) => subject.split(/\s+--\s+/).map((part) => part.trim()) as readonly string[]);
const partsOf = (subject: string) => subjectPartsCache.get(subject);
const NONE: readonly number[] = [];

const sameWords = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((word) => b.includes(word));
const allIn = (words: readonly string[], within: readonly string[]) => words.every((word) => within.includes(word));

const YEAR = /^\d{4}$/;

/** Whether `words` holds `run` from position `at`. */
function startsWith(words: readonly string[], at: number, run: readonly string[]): boolean {
  if (at + run.length > words.length) return false;
  for (let k = 0; k < run.length; k++) if (words[at + k] !== run[k]) return false;
  return true;
}

function containsRun(words: readonly string[], run: readonly string[]): boolean {
  for (let at = 0; at + run.length <= words.length; at++) if (startsWith(words, at, run)) return true;
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
  private readonly acronyms: number[] = [];
  private readonly dated: number[] = [];
  private readonly authorClues = new Map<string, Clue[]>();
  private readonly subjectClues = new Map<string, Clue[]>();

  constructor(readonly entities: readonly NormalizedEntity[]) {
    entities.forEach((entity, index) => {
      if (entity.years) this.dated.push(index);
      if (entity.acronym) this.acronyms.push(index);
      if (entity.facet === 'dates' || entity.acronym) return;
      const first = entity.phraseTokens[0]!;
      this.byFirstWord.set(first, [...(this.byFirstWord.get(first) ?? []), index]);
    });
  }

  clues(record: CatalogueRecord): Clue[] {
    const clues: Clue[] = [];
    for (const author of record.authors) {
      let found = this.authorClues.get(author);
      if (found === undefined) this.authorClues.set(author, (found = this.readAuthor(author)));
      for (const clue of found) clues.push(clue);
    }
    for (const subject of record.subjects) {
      for (const part of partsOf(subject)) {
        if (part === '') continue;
        let found = this.subjectClues.get(part);
        if (found === undefined) this.subjectClues.set(part, (found = this.readSubject(part)));
        for (const clue of found) clues.push(clue);
      }
    }
    this.readText(record.title, 'title', clues);
    if (record.subtitle) this.readText(record.subtitle, 'subtitle', clues);
    if (record.description) this.readText(record.description, 'description', clues);
    if (record.year !== undefined) this.readYear(record.year, record.year, 'year', clues);
    return clues;
  }

  private readAuthor(author: string): Clue[] {
    const name = readNameHeading(author);
    const found: Clue[] = [];
    if (name.words.length === 0) return found;
    this.entities.forEach((entity, index) => {
      if (entity.signs === 'never') return;
      const kind = nameKind(entity, name);
      if (kind === undefined || (kind !== 'whole' && entity.signs !== 'name')) return;
      found.push({ entity: index, field: 'author', kind, share: 1, heading: name.person });
    });
    return found;
  }

  private readSubject(part: string): Clue[] {
    const name = readNameHeading(part);
    // As a topic, a heading keeps its qualifier ("Rap (musique)"), and is the entity alone with or without it
    // ("Trous noirs (astronomie)" is "trou noir").
    const topic = (words: readonly string[]) => words.map(singular).filter((word) => !STOP_WORDS.has(word));
    const withQualifier = topic(foldedTokens(part));
    const withoutQualifier = topic(name.words);
    const spans = yearRangesIn(part);
    const found: Clue[] = [];
    this.entities.forEach((entity, index) => {
      // A dated entity meets a year or a span; a date entity is matched by its span only ("1960" is not "1951-1960").
      const share = entity.years ? Math.max(0, ...spans.map((span) => yearShare(entity.years!, span))) : 0;
      if (share > 0) found.push({ entity: index, field: 'subject', kind: 'year', share });
      if (entity.facet === 'dates') return;
      // People and organisations are read as names ("Napoléon Ier" is not "Napoléon III"), other facets as topics.
      let kind: ClueKind | undefined;
      if (entity.signs === 'name') kind = name.words.length > 0 ? nameKind(entity, name) : undefined;
      else if (entity.acronym) kind = acronymKind(entity, name.caseWords, 'heading');
      else if (sameWords(entity.contentTokens, withoutQualifier) || sameWords(entity.contentTokens, withQualifier)) kind = 'whole';
      else if (allIn(entity.contentTokens, withQualifier)) kind = 'heading';
      if (!kind) return;
      const heading = entity.signs === 'name' ? name.person : foldKey(part);
      found.push({ entity: index, field: 'subject', kind, share: 1, heading });
    });
    return found;
  }

  /** The entities written as a phrase in a text (acronyms with their capitals), and the years in it. */
  private readText(text: string, field: EvidenceField, into: Clue[]): void {
    const words = topicTokens(text);
    for (let at = 0; at < words.length; at++) {
      const word = words[at]!;
      for (const entity of this.byFirstWord.get(word) ?? NONE) {
        if (startsWith(words, at, this.entities[entity]!.phraseTokens)) into.push({ entity, field, kind: 'phrase', share: 1 });
      }
      if (this.dated.length > 0 && YEAR.test(word)) this.readYear(Number(word), Number(word), field, into);
    }
    // In a text written all in capitals, capitals tell nothing: an acronym is then not looked for.
    if (this.acronyms.length > 0 && text !== text.toUpperCase()) {
      const cased = sharedCaseTokens(text);
      for (const entity of this.acronyms) {
        if (containsRun(cased, this.entities[entity]!.acronymTokens)) into.push({ entity, field, kind: 'phrase', share: 1 });
      }
    }
  }

  private readYear(from: number, to: number, field: EvidenceField, into: Clue[]): void {
    for (const entity of this.dated) {
      const share = yearShare(this.entities[entity]!.years!, { from, to });
      if (share > 0) into.push({ entity, field, kind: 'year', share });
    }
  }
}

/** An acronym against a heading's case-kept words: the heading alone, inside it (`within`), or not at all. */
function acronymKind(entity: NormalizedEntity, caseWords: readonly string[], within: ClueKind): ClueKind | undefined {
  if (sameWords(entity.acronymTokens, caseWords)) return 'whole';
  return containsRun(caseWords, entity.acronymTokens) ? within : undefined;
}

/** How an entity meets a name heading: the whole name, a part of it, only its forenames, or not at all. */
function nameKind(entity: NormalizedEntity, name: NameHeading): ClueKind | undefined {
  if (entity.acronym) return acronymKind(entity, name.caseWords, 'name-part');
  if (sameWords(entity.tokens, name.words)) return 'whole';
  if (!allIn(entity.tokens, name.words)) return undefined;
  if (name.surname && !entity.tokens.some((token) => name.surname!.includes(token))) return 'forename';
  return 'name-part';
}
