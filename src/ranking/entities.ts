/**
 * Step 1: the video's entities made comparable. Labels are trimmed and NFC-normalised; comparison forms (folded
 * tokens, topic words, acronym tokens, year spans) are computed here once.
 *
 * One entity is counted once: the same label in several facets is kept in its most specific facet (a person before a
 * keyword), and a keyword that is part of a person's or organisation's name given in the same video ("Dupont" beside
 * "Antoine Dupont") is that name, not a second entity free to match every other Dupont.
 */
import type { Facet, VideoDescription } from '../sdk/schemas.js';
import { STOP_WORDS } from './stop-words.js';
import { caseTokens, foldedTokens, isAllCapitals, singular } from './text-folding.js';
import { formatYearRange, isPlausibleYear, parseDateLabel, yearOfWrittenDate, type YearRange } from './year-ranges.js';

export interface NormalizedEntity {
  facet: Facet;
  /** The label as shown to people: trimmed, NFC, inner spaces collapsed. */
  label: string;
  weight: number;
  /** Comparison key; equal keys across facets are one entity. */
  key: string;
  /** Accent-folded, lower-case words: compared with the words of a name. */
  tokens: string[];
  /** The words a title must contain in order, plural marks dropped; leading articles dropped when two words remain. */
  phraseTokens: string[];
  /** `phraseTokens` without stop words (never empty): what a subject heading must contain, in any order. */
  contentTokens: string[];
  /** An all-capitals label ("SCH"): matched only as the same capitals. */
  acronym: boolean;
  /** The words with their case kept, for acronyms. */
  acronymTokens: string[];
  /** For a date entity, or a date written in words: the years it spans. */
  years?: YearRange;
  /** One word, not a work's title nor a date: a stage name, a surname, a common noun ("Santé", "voyage"). */
  singleWord: boolean;
  /** People and organisations sign works; a keyword may be a name, but only a whole one. */
  signs: 'name' | 'whole-name' | 'never';
}

const BARE_NUMBER = /^\d+(?:[.,]\d+)?$/;
/** Most specific first: where an entity given in several facets is counted. */
const SPECIFICITY: readonly Facet[] = ['people', 'organizations', 'works', 'places', 'subjects', 'dates', 'keywords'];
const specificity = (facet: Facet) => SPECIFICITY.indexOf(facet);

function normalizeOne(facet: Facet, rawLabel: string, weight: number): NormalizedEntity | undefined {
  const label = rawLabel.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (label.length < 2 || !(weight > 0)) return undefined;
  const tokens = foldedTokens(label);
  if (tokens.length === 0 || tokens.every((token) => STOP_WORDS.has(token))) return undefined;

  let entityFacet = facet;
  if (BARE_NUMBER.test(label)) {
    // A bare number is noise ("10", "3,5") unless it reads as a year, and then it is a date whatever its facet.
    if (!isPlausibleYear(Number(label.replace(',', '.')))) return undefined;
    entityFacet = 'dates';
  }
  // A date written in words in another facet ("14 juillet 1789") keeps its facet and its words, and gains its year.
  const years = entityFacet === 'dates' ? parseDateLabel(label) : yearOfWrittenDate(tokens.join(' '));

  // "Le Vieux Cordelier" must meet "du Vieux Cordelier"; "La Mer" stays whole, "mer" alone would be anything.
  let lead = 0;
  while (lead < tokens.length && STOP_WORDS.has(tokens[lead]!)) lead++;
  const phraseTokens = (tokens.length - lead >= 2 ? tokens.slice(lead) : tokens).map(singular);
  const contentTokens = phraseTokens.filter((token) => !STOP_WORDS.has(token));
  const acronym = isAllCapitals(label);
  const entity: NormalizedEntity = {
    facet: entityFacet,
    label,
    weight,
    key: years && entityFacet === 'dates' ? `year:${formatYearRange(years)}` : tokens.join(' '),
    tokens,
    phraseTokens,
    contentTokens: contentTokens.length > 0 ? contentTokens : phraseTokens,
    acronym,
    acronymTokens: acronym ? caseTokens(label) : [],
    singleWord: !years && entityFacet !== 'works' && entityFacet !== 'dates' && tokens.length === 1,
    signs: entityFacet === 'people' || entityFacet === 'organizations' ? 'name' : entityFacet === 'keywords' ? 'whole-name' : 'never',
  };
  if (years) entity.years = years;
  return entity;
}

/** Compares entities strongest first, then by facet, then by key: one fixed order for every caller. */
export function compareEntities(a: NormalizedEntity, b: NormalizedEntity): number {
  if (a.weight !== b.weight) return b.weight - a.weight;
  if (a.facet !== b.facet) return specificity(a.facet) - specificity(b.facet);
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** Whether every word of the keyword `short` is a word of the name `long` ("Dupont" in "Antoine Dupont"). */
function isPartOfName(short: NormalizedEntity, long: NormalizedEntity): boolean {
  if (short.facet !== 'keywords' || long.signs !== 'name' || long.tokens.length <= short.tokens.length) return false;
  return short.tokens.every((token) => long.tokens.includes(token));
}

/**
 * Normalises the entities of a video: drops stop words, labels under 2 characters and bare numbers that are not
 * years; counts each entity once, in its most specific facet, with its highest weight. Strongest first.
 */
export function normalizeEntities(description: Pick<VideoDescription, 'entities'>): NormalizedEntity[] {
  const byKey = new Map<string, NormalizedEntity>();
  for (const facet of SPECIFICITY) {
    for (const raw of description.entities[facet] ?? []) {
      const entity = normalizeOne(facet, raw.label, raw.weight);
      if (!entity) continue;
      const existing = byKey.get(entity.key);
      if (!existing) byKey.set(entity.key, entity);
      else if (specificity(entity.facet) === specificity(existing.facet) && entity.weight > existing.weight) byKey.set(entity.key, entity);
      else existing.weight = Math.max(existing.weight, entity.weight);
    }
  }
  const entities = [...byKey.values()];
  for (const short of entities) {
    const name = entities.find((long) => isPartOfName(short, long));
    if (name) {
      name.weight = Math.max(name.weight, short.weight);
      byKey.delete(short.key);
    }
  }
  return [...byKey.values()].sort(compareEntities);
}
